using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Ingestion;

/// <summary>
/// The graph is a function of the articles stored, not of the order or batches they came in. The
/// arrivals (Ingestion/Arrivals) are short articles of our own that link and unlink entities of
/// each other: a surname alone ("Okonkwo") that a full name later claims and a second Okonkwo makes
/// ambiguous again; an acronym ("FRA") that one article defines and the deleted or changed article
/// takes away again.
/// </summary>
[Collection(Neo4jServer.Name)]
public sealed class IncrementalIngestTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private readonly ServiceProvider _services = neo4j.Services(batchSize: 2);

    public async Task InitializeAsync() => await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    /// <summary>
    /// Steps: "+04" adds lagos_04.txt, "~02" replaces lagos_02.txt by its changed version, "-04"
    /// deletes lagos_04.txt; the worker ingests after each. Every row ends with the same files.
    /// </summary>
    [Theory]
    [InlineData("+01 +02 +03 +04 ~02 -04")]
    [InlineData("+04 +03 +02 +01 -04 ~02")]
    [InlineData("+02 +04 ~02 +01 -04 +03")]
    [InlineData("+03 +01 +04 -04 +02 ~02")]
    public async Task ArticlesArrivingOneByOne_GiveTheGraphOfOneCleanIngest(string steps)
    {
        using var folder = new TempFolder().WithSeeds();
        await Watch(folder.Path);
        foreach (var step in steps.Split(' '))
        {
            var name = $"lagos_{step[1..]}.txt";
            switch (step[0])
            {
                case '+': File.Copy(Arrivals.File(name), folder.File(name)); break;
                case '~': File.Copy(Arrivals.File($"lagos_{step[1..]}_changed.txt"), folder.File(name), overwrite: true); break;
                default: File.Delete(folder.File(name)); break;
            }

            var result = await Watch(folder.Path);
            result.Failures.ShouldBeEmpty();
        }

        var incremental = await GraphDump.Of(_services);
        await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        await _services.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None);
        var clean = await GraphDump.Of(_services);

        incremental.Count.ShouldBeGreaterThan(100);
        incremental.Except(clean).ShouldBeEmpty("in the incremental graph only");
        clean.Except(incremental).ShouldBeEmpty("in the clean graph only");
    }

    [Fact]
    public async Task TwoFoldersInEitherOrder_GiveTheSameGraph()
    {
        using var seeds = new TempFolder().WithSeeds();
        using var arrivals = new TempFolder();
        foreach (var n in new[] { "01", "02", "03", "04" })
            File.Copy(Arrivals.File($"lagos_{n}.txt"), arrivals.File($"lagos_{n}.txt"));
        var runner = _services.GetRequiredService<IngestRunner>();

        await runner.RunAsync(seeds.Path, NoProgress.Instance, CancellationToken.None);
        await runner.RunAsync(arrivals.Path, NoProgress.Instance, CancellationToken.None);
        var seedsFirst = await GraphDump.Of(_services);
        await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        await runner.RunAsync(arrivals.Path, NoProgress.Instance, CancellationToken.None);
        await runner.RunAsync(seeds.Path, NoProgress.Instance, CancellationToken.None);

        (await GraphDump.Of(_services)).ShouldBe(seedsFirst);
    }

    /// <summary>One pass of the hosted worker over the folder: every file ready, deleted files removed.</summary>
    private Task<IngestResult> Watch(string folder)
    {
        var present = Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal)!;
        return _services.GetRequiredService<IngestRunner>().RunAsync(folder, NoProgress.Instance, CancellationToken.None, new WatchScope(present!, present!));
    }
}
