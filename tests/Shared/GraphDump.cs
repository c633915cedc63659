using GraphBuilder.Store.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Tests.Neo4j;

/// <summary>A canonical text dump of GraphBuilder's part of the graph, to compare two graphs exactly.</summary>
public static class GraphDump
{
    public static async Task<List<string>> Of(IServiceProvider services)
    {
        var cypher = services.GetRequiredService<ICypherRunner>();
        var results = await cypher.RunAsync(
        [
            new CypherStatement("MATCH (n) WHERE n:Article OR n:Entity OR n:Statement RETURN labels(n), properties(n)"),
            new CypherStatement("MATCH (a)-[r]->(b) RETURN type(r), coalesce(a.id, ''), coalesce(b.id, ''), properties(r)"),
        ], CancellationToken.None);
        var lines = new List<string>();
        foreach (var result in results)
            lines.AddRange(result.Rows.Select(row => string.Join(" | ", row.Select(Canonical))));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Lists sorted and maps keyed in order, so that write order does not show.</summary>
    private static string Canonical(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.Array => "[" + string.Join(",", e.EnumerateArray().Select(Canonical).Order(StringComparer.Ordinal)) + "]",
        System.Text.Json.JsonValueKind.Object => "{" + string.Join(",", e.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => p.Name + ":" + Canonical(p.Value))) + "}",
        _ => e.GetRawText(),
    };
}
