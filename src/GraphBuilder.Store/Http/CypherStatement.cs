namespace GraphBuilder.Store.Http;

/// <summary>A Cypher statement and its parameters. Values always travel as parameters, never in the text.</summary>
internal sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public CypherStatement(string text)
        : this(text, new Dictionary<string, object?>())
    {
    }
}
