using GraphBuilder.Store;
using GraphBuilder.Store.Writing;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Bench.Tests;

/// <summary>
/// The fast write path (new articles created, entities written once, rows by position) against the
/// merging one every article took before: the same graph, for the seeds plus generated articles,
/// whether they come in one run or two.
/// </summary>
[Collection(Neo4jServer.Name)]
public sealed class WritePathTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task FastPath_InOneRunOrTwo_WritesTheGraphTheMergingPathWrites()
    {
        using var folder = new TempFolder().WithSeeds();
        ScaleBenchTests.Generator.Value.Write(folder.Path, 3, 300);
        using var half = new TempFolder();
        foreach (var file in Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).Take(160))
            File.Copy(file, half.File(Path.GetFileName(file)));

        var merged = await IngestAsync(merging: true, folder.Path);
        var oneRun = await IngestAsync(merging: false, folder.Path);
        var twoRuns = await IngestAsync(merging: false, half.Path, folder.Path);

        merged.Count.ShouldBeGreaterThan(5_000);
        merged.ShouldContain(line => line.StartsWith("\"LOCATED_IN\"", StringComparison.Ordinal));
        merged.ShouldContain(line => line.StartsWith("\"DENIED\"", StringComparison.Ordinal));
        oneRun.ShouldBe(merged);
        twoRuns.ShouldBe(merged);
    }

    /// <summary>Resets, ingests the folders in turn (each a whole run) and dumps the graph.</summary>
    private async Task<List<string>> IngestAsync(bool merging, params string[] folders)
    {
        await using var services = neo4j.Services(configure: s =>
        {
            if (merging)
                s.AddSingleton<IGraphWriter>(sp => new MergingWriter(ActivatorUtilities.CreateInstance<HttpCypherGraphWriter>(sp)));
        });
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        var runner = services.GetRequiredService<IngestRunner>();
        foreach (var folder in folders)
            (await runner.RunAsync(folder, NoProgress.Instance, CancellationToken.None)).Failures.ShouldBeEmpty();
        var dump = await GraphDump.Of(services);
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        return dump;
    }

    /// <summary>Every batch the way all batches were written before: each article merged, with all its entities.</summary>
    private sealed class MergingWriter(IGraphWriter inner) : IGraphWriter
    {
        public PreparedBatch Prepare(GraphBatch batch) =>
            inner.Prepare(GraphBatch.Merging(batch.Slices) with
            {
                Entities = [.. batch.Slices.SelectMany(s => s.Entities).Concat(batch.Entities).DistinctBy(e => e.Id)],
                Containment = batch.Containment,
                Retired = batch.Retired,
            });

        public Task WriteAsync(PreparedBatch batch, CancellationToken cancellationToken) => inner.WriteAsync(batch, cancellationToken);
    }
}
