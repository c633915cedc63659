namespace GraphBuilder.Store.Queries;

/// <summary>
/// A parameter a stored query declares in its header: "// param: limit int = 50 — most rows (example: 20)".
/// The example, where the description ends with one, is kept apart from it: the Browser guide fills it in.
/// </summary>
public sealed record QueryParameter(string Name, string Type, string? Default, string Description, string? Example = null);

/// <summary>A curated query from cypher/*.cypher: its header and its Cypher, as written in the file.</summary>
public sealed record StoredQuery(string Name, string Purpose, IReadOnlyList<QueryParameter> Parameters, IReadOnlyList<string> Returns, string Cypher, string File);
