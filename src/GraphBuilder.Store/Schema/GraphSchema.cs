using GraphBuilder.Store.Http;

namespace GraphBuilder.Store.Schema;

/// <summary>The uniqueness constraints and indexes, in the syntax the server's version accepts.</summary>
internal sealed class GraphSchema(HttpCypherRunner cypher)
{
    /// <summary>Creates what is missing of the schema.</summary>
    public Task EnsureAsync(CancellationToken cancellationToken) => RunFileAsync("schema-{0}", cancellationToken);

    /// <summary>
    /// Drops the constraints and index on articles, entities and statements. Every deleted node is also
    /// taken out of them, which was a fifth of a reset's time on Neo4j 3.1; an empty graph gets them back
    /// from <see cref="EnsureAsync"/> in moments. Call <see cref="EnsureAsync"/> first: 3.x cannot drop
    /// only if present.
    /// </summary>
    public Task DropAsync(CancellationToken cancellationToken) => RunFileAsync("schema-drop-{0}", cancellationToken);

    private async Task RunFileAsync(string nameFormat, CancellationToken cancellationToken)
    {
        var server = await cypher.ServerAsync(cancellationToken).ConfigureAwait(false);
        var file = CypherFiles.Get(string.Format(System.Globalization.CultureInfo.InvariantCulture, nameFormat, server.HasModernSchemaSyntax ? "modern" : "legacy"));
        // Schema changes cannot share a transaction with each other on older servers: one request each.
        foreach (var statement in SplitStatements(file))
            await cypher.RunAsync([new CypherStatement(statement)], cancellationToken).ConfigureAwait(false);
    }

    private static string[] SplitStatements(string file) =>
        string.Join('\n', file.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
