using System.Text.Json;

namespace GraphBuilder.Store.Http;

/// <summary>The rows one statement returned, as JSON values by column.</summary>
internal sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<JsonElement[]> Rows)
{
    public IEnumerable<IReadOnlyDictionary<string, JsonElement>> Records =>
        Rows.Select(row => (IReadOnlyDictionary<string, JsonElement>)Columns.Select((c, i) => (c, row[i])).ToDictionary(x => x.c, x => x.Item2));
}
