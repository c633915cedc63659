using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Ingestion;

/// <summary>Two workers on one graph: writes are safe to run concurrently.</summary>
[Collection(Neo4jServer.Name)]
public sealed class ConcurrentIngestTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task TwoWorkers_SameArticles_GiveTheGraphOneWorkerGives()
    {
        using var folder = new TempFolder();
        folder.CopySeeds();
        await using var first = neo4j.Services(batchSize: 1, maxAttempts: 10);
        await using var second = neo4j.Services(batchSize: 1, maxAttempts: 10);
        var store = first.GetRequiredService<GraphStore>();

        await store.ResetAsync(CancellationToken.None);
        await first.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None);
        var alone = await Counts(first);

        await store.ResetAsync(CancellationToken.None);
        var results = await Task.WhenAll(
            first.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None),
            second.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None));

        results.ShouldAllBe(r => r.Failures.Count == 0);
        (await Counts(first)).ShouldBe(alone);
        (await neo4j.Query(first, "MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN id")).ShouldBeEmpty();
    }

    private async Task<(long, long)> Counts(ServiceProvider services) =>
        ((long)(await neo4j.Query(services, "MATCH (n) RETURN count(n)"))[0][0]!, (long)(await neo4j.Query(services, "MATCH ()-[r]->() RETURN count(r)"))[0][0]!);
}
