using GraphBuilder.Extraction.Model;
using GraphBuilder.Store.Http;

namespace GraphBuilder.Store.Reading;

/// <summary>Reads the who-said-what graph back whole: statements with speakers and subjects, and place facts.</summary>
public sealed class GraphReader
{
    private static readonly string[] Files = ["read-entities", "read-articles", "read-statements", "read-places"];
    private readonly ICypherRunner _cypher;

    internal GraphReader(ICypherRunner cypher) => _cypher = cypher;

    /// <summary>All reads run in one transaction, so the report never mixes two states of the graph.</summary>
    public async Task<StoredGraph> ReadAsync(CancellationToken cancellationToken)
    {
        var results = await _cypher.RunAsync(
            [.. Files.Select(file => new CypherStatement(CypherFiles.Get(file)))],
            cancellationToken).ConfigureAwait(false);

        // Statements and facts name entities and articles by id, so each name and byline travels once.
        var entities = results[0].Rows.Select(r => new StoredEntity(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var articles = results[1].Rows.Select(r => new ArticleSummary(r[0].GetString()!, r[1].TextOrNull(), r[2].TextOrNull(), r[3].TextOrNull(), r[4].TextOrNull())).ToDictionary(a => a.Id, StringComparer.Ordinal);
        return new StoredGraph(
            [.. results[2].Records.Select(r => new StoredStatement(
                r["id"].GetString()!, entities[r["speaker"].GetString()!], r["kind"].GetString()!, r["verb"].TextOrNull(), r["text"].GetString()!,
                articles[r["article"].GetString()!], [.. r["about"].EnumerateArray().Select(id => entities[id.GetString()!])]))],
            [.. results[3].Records.Select(r => new StoredFact(
                entities[r["fromEntity"].GetString()!], r["type"].GetString()!, entities[r["toEntity"].GetString()!], r["evidence"].TextOrNull(),
                [.. r["articles"].EnumerateArray().Select(t => t.GetString()).OfType<string>()]) { Source = r["source"].GetString()! })]);
    }
}

/// <summary>The statements and place facts of the whole graph.</summary>
public sealed record StoredGraph(IReadOnlyList<StoredStatement> Statements, IReadOnlyList<StoredFact> Facts);

/// <summary>An entity as the report names it.</summary>
public sealed record StoredEntity(string Id, string Name, string Type);

/// <summary>An article's identity and byline; any of them may be missing from the text.</summary>
public sealed record ArticleSummary(string Id, string? Title, string? Outlet, string? Published, string? File);

/// <summary>A statement (<see cref="Kind"/> "stated" or "denied") with its speaker, article and subjects.</summary>
public sealed record StoredStatement(string Id, StoredEntity Speaker, string Kind, string? Verb, string Text, ArticleSummary Article, IReadOnlyList<StoredEntity> About)
{
    public bool IsDenial => Kind == StatementKinds.Denied;
}

/// <summary>A LOCATED_IN or TRAINED_AT fact between two entities, with its evidence and the titles of its articles.</summary>
public sealed record StoredFact(StoredEntity From, string Type, StoredEntity To, string? Evidence, IReadOnlyList<string> Articles)
{
    /// <summary>"text" when articles say so, "gazetteer" when GeoNames does.</summary>
    public string Source { get; init; } = "text";
}
