using GraphBuilder.Extraction.Model;
using GraphBuilder.Store.Http;

namespace GraphBuilder.Store.Writing;

/// <summary>
/// Writes article slices with batched UNWIND statements, all of one batch in one transaction. Articles
/// no earlier run stored are created with everything keyed by them; stored ones are merged, and what
/// their new version no longer holds is removed. It does not catch: a failure rolls the batch back and
/// reaches the caller, which decides about retrying.
/// </summary>
internal sealed class HttpCypherGraphWriter(ICypherRunner cypher) : IGraphWriter
{
    public PreparedBatch Prepare(GraphBatch batch) => new(batch, CypherRequest.Of(Statements(batch)));

    public async Task WriteAsync(PreparedBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await cypher.RunAsync(batch.Request, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex.Code == ConstraintFailed && batch.Batch.NewArticles.Count > 0)
        {
            // Another writer stored one of the "new" articles since the run looked: merge them all instead.
            await this.WriteAsync(batch.Batch with { NewArticles = new HashSet<string>() }, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex.Code == ConstraintFailed)
        {
            // With no article taken for new, every write MERGEs on a unique id, so a violation means
            // another writer created the same node at the same moment. Trying again merges into that node: safe to retry.
            throw new Neo4jException(ex.Code, "another writer created the same node concurrently: " + ex.Message, true, ex);
        }
    }

    private const string ConstraintFailed = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private static List<CypherStatement> Statements(GraphBatch batch)
    {
        var created = batch.Slices.Where(s => batch.NewArticles.Contains(s.Article.Id)).ToList();
        var merged = batch.Slices.Where(s => !batch.NewArticles.Contains(s.Article.Id)).ToList();
        var changes = merged.Select(Rows.Change).ToList();
        var createdStatements = created.SelectMany(s => s.Statements).ToList();
        var createdRelations = created.SelectMany(s => Rows.Distinct(s.Relations)).ToList();
        var kept = batch.Slices.ToDictionary(s => s.Article.Id, StoredForm.Kept, StringComparer.Ordinal);
        Dictionary<string, object?> Article(ArticleSlice s) => Rows.Article(s.Article, kept[s.Article.Id].Extraction);

        // Entities first, so every article finds the ones it uses. For merged articles, new facts are
        // merged before stale ones are removed: an entity the new version still names is never left
        // without relationships in between. Retired entities go once nothing points at them; marking
        // the articles done comes last, so an article is skipped next time only if all of it committed.
        List<CypherStatement?> statements =
        [
            Statement("write-entities", batch.Entities.Select(Rows.Entity)),
            Statement("create-articles", created.Select(Article)),
            Positional("create-mentions", created.SelectMany(s => s.Mentions), (p, m) => p.Mention(m)),
            Positional("create-stated", createdStatements.Where(s => s.Kind == StatementKind.Stated), (p, s) => p.Statement(s)),
            Positional("create-denied", createdStatements.Where(s => s.Kind == StatementKind.Denied), (p, s) => p.Statement(s)),
            Positional("create-located-in", createdRelations.Where(r => r.Type == RelationType.LocatedIn), (p, r) => p.Relation(r)),
            Positional("create-trained-at", createdRelations.Where(r => r.Type == RelationType.TrainedAt), (p, r) => p.Relation(r)),
            Positional("create-roles", created.SelectMany(Rows.Roles), (p, r) => p.Role(r)),
            Statement("write-articles", merged.Select(Article)),
            Statement("write-mentions", merged.SelectMany(s => s.Mentions).Select(Rows.Mention)),
            Statement("write-statements", merged.SelectMany(s => s.Statements).Select(Rows.Statement)),
            Statement("write-relations", merged.SelectMany(s => s.Relations).Select(Rows.Relation)),
            Statement("write-roles", merged.SelectMany(Rows.Roles).Select(Rows.Role)),
            Statement("remove-stale-facts", changes),
            Statement("remove-stale-statements", changes),
            Statement("remove-stale-mentions", changes),
            Statement("write-containment", batch.Containment.Select(Rows.Containment)),
            batch.Retired.Count == 0 ? null : new(CypherFiles.Get("retire-entities"), new Dictionary<string, object?> { ["ids"] = batch.Retired }),
            Statement("mark-done", batch.Slices.Select(s => Rows.Done(s.Article, kept[s.Article.Id].FactsHash))),
        ];
        return [.. statements.OfType<CypherStatement>()];
    }

    /// <summary>
    /// The file's statement over rows that name entities and articles by position in lists of its own:
    /// each statement looks up only what its rows use.
    /// </summary>
    private static CypherStatement? Positional<T>(string file, IEnumerable<T> items, Func<PositionalRows, T, Dictionary<string, object?>> row)
    {
        var positional = new PositionalRows();
        return Statement(file, items.Select(item => row(positional, item)), positional);
    }

    /// <summary>
    /// The file's statement over these rows (with the statement's lookup lists, for rows made by
    /// <paramref name="positional"/>), or none when there are no rows.
    /// </summary>
    private static CypherStatement? Statement(string file, IEnumerable<Dictionary<string, object?>> rows, PositionalRows? positional = null)
    {
        // Rows first: making them is what fills the positional lists.
        var list = rows.ToList();
        if (list.Count == 0)
            return null;
        var parameters = new Dictionary<string, object?> { ["rows"] = list };
        positional?.AddLists(parameters);
        return new(CypherFiles.Get(file), parameters);
    }
}
