namespace GraphBuilder.Store.Queries;

/// <summary>A parameter a stored query declares in its header: "// param: limit int = 50 — most rows".</summary>
public sealed record QueryParameter(string Name, string Type, string? Default, string Description);

/// <summary>A curated query from cypher/*.cypher: its header and its Cypher, as written in the file.</summary>
public sealed record StoredQuery(string Name, string Purpose, IReadOnlyList<QueryParameter> Parameters, IReadOnlyList<string> Returns, string Cypher, string File);
