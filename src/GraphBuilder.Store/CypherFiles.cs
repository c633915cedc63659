using System.Collections.Concurrent;

namespace GraphBuilder.Store;

/// <summary>The store's Cypher, kept as .cypher files (embedded) and loaded as written.</summary>
internal static class CypherFiles
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    public static string Get(string name) => Cache.GetOrAdd(name, static name => EmbeddedText.Read(typeof(CypherFiles).Assembly, name + ".cypher"));
}
