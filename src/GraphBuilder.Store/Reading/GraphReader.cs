using System.Text.Json;
using GraphBuilder.Store.Http;

namespace GraphBuilder.Store.Reading;

/// <summary>Reads the who-said-what graph back whole: statements with speakers and subjects, and place facts.</summary>
internal sealed class GraphReader(ICypherRunner cypher)
{
    /// <summary>Both reads run in one transaction, so the report never mixes two states of the graph.</summary>
    public async Task<StoredGraph> ReadAsync(CancellationToken cancellationToken)
    {
        var results = await cypher.RunAsync(
            [new CypherStatement(CypherFiles.Get("read-statements")), new CypherStatement(CypherFiles.Get("read-places"))],
            cancellationToken).ConfigureAwait(false);
        return new StoredGraph(
            [.. results[0].Records.Select(r => new StoredStatement(
                r["id"].GetString()!, Entity(r["speaker"]), r["kind"].GetString()!, Text(r["verb"]), r["text"].GetString()!,
                Article(r["article"]), [.. r["about"].EnumerateArray().Select(Entity)]))],
            [.. results[1].Records.Select(r => new StoredFact(
                Entity(r["fromEntity"]), r["type"].GetString()!, Entity(r["toEntity"]), Text(r["evidence"]),
                [.. r["articles"].EnumerateArray().Select(t => t.GetString()).OfType<string>()]))]);
    }

    private static StoredEntity Entity(JsonElement e) => new(e[0].GetString()!, e[1].GetString()!, e[2].GetString()!);

    private static ArticleSummary Article(JsonElement e) => new(e[0].GetString()!, Text(e[1]), Text(e[2]), Text(e[3]), Text(e[4]));

    private static string? Text(JsonElement e) => e.ValueKind == JsonValueKind.String ? e.GetString() : null;
}

/// <summary>The statements and place facts of the whole graph.</summary>
internal sealed record StoredGraph(IReadOnlyList<StoredStatement> Statements, IReadOnlyList<StoredFact> Facts);

/// <summary>An entity as the report names it.</summary>
internal sealed record StoredEntity(string Id, string Name, string Type);

/// <summary>An article's identity and byline; any of them may be missing from the text.</summary>
internal sealed record ArticleSummary(string Id, string? Title, string? Outlet, string? Published, string? File);

/// <summary>A statement (<see cref="Kind"/> "stated" or "denied") with its speaker, article and subjects.</summary>
internal sealed record StoredStatement(string Id, StoredEntity Speaker, string Kind, string? Verb, string Text, ArticleSummary Article, IReadOnlyList<StoredEntity> About)
{
    public bool IsDenial => Kind == "denied";
}

/// <summary>A LOCATED_IN or TRAINED_AT fact between two entities, with its evidence and the titles of its articles.</summary>
internal sealed record StoredFact(StoredEntity From, string Type, StoredEntity To, string? Evidence, IReadOnlyList<string> Articles);
