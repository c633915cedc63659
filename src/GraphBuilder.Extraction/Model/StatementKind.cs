namespace GraphBuilder.Extraction.Model;

public enum StatementKind
{
    Stated,
    Denied,
}

/// <summary>The one spelling of a statement's kind in the graph, the export and the report: "stated" or "denied".</summary>
public static class StatementKinds
{
    public const string Stated = "stated";
    public const string Denied = "denied";

    public static string Name(this StatementKind kind) => kind == StatementKind.Denied ? Denied : Stated;
}
