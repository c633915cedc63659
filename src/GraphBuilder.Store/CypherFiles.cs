using System.Collections.Concurrent;

namespace GraphBuilder.Store;

/// <summary>The store's Cypher, kept as .cypher files (embedded) and loaded as written.</summary>
internal static class CypherFiles
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, Load);

    private static string Load(string name)
    {
        using var stream = typeof(CypherFiles).Assembly.GetManifestResourceStream(name + ".cypher")
            ?? throw new InvalidOperationException($"Cypher file '{name}.cypher' is not embedded in GraphBuilder.Store.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
