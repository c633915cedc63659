namespace GraphBuilder.Extraction.Model;

public enum StatementKind
{
    Stated,
    Denied,
}
