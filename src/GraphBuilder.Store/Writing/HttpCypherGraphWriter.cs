using GraphBuilder.Store.Http;

namespace GraphBuilder.Store.Writing;

/// <summary>
/// Writes article slices with batched UNWIND statements, all of one batch in one transaction. It does
/// not catch: a failure rolls the batch back and reaches the caller, which decides about retrying.
/// </summary>
internal sealed class HttpCypherGraphWriter(ICypherRunner cypher) : IGraphWriter
{
    public Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken)
    {
        var slices = batch.Slices;
        var entities = slices.SelectMany(s => s.Entities).Concat(batch.Entities).DistinctBy(e => e.Id).Select(Rows.Entity).ToList();
        var changes = slices.Select(Rows.Change).ToList();

        // New facts are merged before stale ones are removed: an entity the new version still names
        // is never left without relationships in between, so nothing shared is lost on the way.
        // Retired entities go once nothing points at them; marking the articles done comes last, so
        // an article is skipped next time only if all of it committed.
        IReadOnlyList<CypherStatement> statements =
        [
            Statement("write-entities", entities),
            Statement("write-articles", slices.Select(Rows.Article).ToList()),
            Statement("write-mentions", slices.SelectMany(s => s.Mentions).Select(Rows.Mention).ToList()),
            Statement("write-statements", slices.SelectMany(s => s.Statements).Select(Rows.Statement).ToList()),
            Statement("write-relations", slices.SelectMany(s => s.Relations).Select(Rows.Relation).ToList()),
            Statement("write-roles", slices.SelectMany(s => s.Roles).Where(r => r.OrganizationId is not null).Select(Rows.Role).ToList()),
            Statement("remove-stale-facts", changes),
            Statement("remove-stale-statements", changes),
            Statement("remove-stale-mentions", changes),
            Statement("write-containment", batch.Containment.Select(Rows.Containment).ToList()),
            new(CypherFiles.Get("retire-entities"), new Dictionary<string, object?> { ["ids"] = batch.Retired }),
            Statement("mark-done", changes),
        ];
        return RunAsync(statements, cancellationToken);
    }

    private async Task RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        try
        {
            await cypher.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex) when (ex.Code == "Neo.ClientError.Schema.ConstraintValidationFailed")
        {
            // Every write here MERGEs on a unique id, so a violation means another writer created the
            // same node at the same moment. Trying again merges into that node: safe to retry.
            throw new Neo4jException(ex.Code, "another writer created the same node concurrently: " + ex.Message, true, ex);
        }
    }

    private static CypherStatement Statement(string file, IReadOnlyList<Dictionary<string, object?>> rows) =>
        new(CypherFiles.Get(file), new Dictionary<string, object?> { ["rows"] = rows });
}
