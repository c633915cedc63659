using GraphBuilder.Store.Http;

namespace GraphBuilder.Store.Schema;

/// <summary>Creates the uniqueness constraints and indexes, in the syntax the server's version accepts.</summary>
internal sealed class SchemaInitializer(HttpCypherRunner cypher)
{
    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        var server = await cypher.ServerAsync(cancellationToken).ConfigureAwait(false);
        var file = CypherFiles.Get(server.HasModernSchemaSyntax ? "schema-modern" : "schema-legacy");
        // Schema changes cannot share a transaction with each other on older servers: one request each.
        foreach (var statement in SplitStatements(file))
            await cypher.RunAsync([new CypherStatement(statement)], cancellationToken).ConfigureAwait(false);
    }

    private static string[] SplitStatements(string file) =>
        string.Join('\n', file.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
