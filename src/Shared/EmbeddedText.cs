using System.Reflection;

namespace GraphBuilder;

/// <summary>
/// Reads a file embedded in an assembly (data lists, Cypher, the report's page). Linked into each
/// library that embeds files, so each reads its own resources the same way.
/// </summary>
internal static class EmbeddedText
{
    public static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"'{name}' is not embedded in {assembly.GetName().Name}.");

    public static string Read(Assembly assembly, string name)
    {
        using var reader = new StreamReader(Open(assembly, name));
        return reader.ReadToEnd();
    }
}
