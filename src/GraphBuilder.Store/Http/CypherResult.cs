using System.Text.Json;

namespace GraphBuilder.Store.Http;

/// <summary>The rows one statement returned, as JSON values by column.</summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows)
{
    public IEnumerable<IReadOnlyDictionary<string, JsonElement>> Records =>
        Rows.Select(row => (IReadOnlyDictionary<string, JsonElement>)Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2));
}

/// <summary>Reading values out of result rows.</summary>
internal static class CypherValue
{
    /// <summary>A string property, or null where the node has none (Cypher returns null for a missing property).</summary>
    public static string? TextOrNull(this JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
