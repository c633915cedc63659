namespace GraphBuilder.Store.Http;

/// <summary>Runs statements in one transaction: all commit, or none does and it throws <see cref="Neo4jException"/>.</summary>
internal interface ICypherRunner
{
    Task<IReadOnlyList<CypherResult>> RunAsync(CypherRequest request, CancellationToken cancellationToken);

    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);
}
