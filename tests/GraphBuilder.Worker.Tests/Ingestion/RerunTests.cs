using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Ingestion;

/// <summary>
/// A re-run costs a hash and a lookup per unchanged article: it extracts only what is new or changed
/// (all of it when the extractor is another version), and resolves again unless the last run
/// completed with the same extractor and curation.
/// </summary>
[Collection(Neo4jServer.Name)]
public sealed class RerunTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task Rerun_NothingChanged_ExtractsAndWritesNothing()
    {
        using var folder = new TempFolder().WithSeeds();
        var extractor = new CountingExtractor("v1");
        await using var services = await ServicesAsync(extractor);
        await TestIngest.RunAsync(services, folder.Path);
        var before = await GraphDump.Of(services);
        extractor.Calls.ShouldBe(5);

        var rerun = await TestIngest.RunAsync(services, folder.Path);

        extractor.Calls.ShouldBe(5, "no article extracted again");
        (rerun.Read, rerun.Written, rerun.Unchanged).ShouldBe((5, 0, 5));
        (await GraphDump.Of(services)).ShouldBe(before);
    }

    [Fact]
    public async Task Rerun_OneArticleChanged_ExtractsOnlyIt_AndGivesTheGraphOfACleanIngest()
    {
        using var folder = new TempFolder().WithSeeds();
        var extractor = new CountingExtractor("v1");
        await using var services = await ServicesAsync(extractor);
        await TestIngest.RunAsync(services, folder.Path);
        var changed = Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(changed);
        var firstBreak = text.IndexOf("\n\n", StringComparison.Ordinal) + 2;
        File.WriteAllText(changed, text.Insert(firstBreak, "\"We will not be drawn into this,\" said Maria Lindqvist, a spokeswoman for the Nordic Council.\n\n"));

        var rerun = await TestIngest.RunAsync(services, folder.Path);

        extractor.Calls.ShouldBe(6);
        (rerun.Written, rerun.Unchanged).ShouldBe((1, 4));
        var incremental = await GraphDump.Of(services);
        incremental.ShouldContain(line => line.Contains("Maria Lindqvist", StringComparison.Ordinal));
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        await TestIngest.RunAsync(services, folder.Path);
        (await GraphDump.Of(services)).ShouldBe(incremental);
    }

    [Fact]
    public async Task Rerun_AnotherExtractorVersion_ExtractsEverythingAgain()
    {
        using var folder = new TempFolder().WithSeeds();
        await using (var first = await ServicesAsync(new CountingExtractor("v1")))
            await TestIngest.RunAsync(first, folder.Path);
        var upgraded = new CountingExtractor("v2");
        await using var services = await ServicesAsync(upgraded, reset: false);

        var rerun = await TestIngest.RunAsync(services, folder.Path);

        upgraded.Calls.ShouldBe(5);
        (rerun.Written, rerun.Unchanged).ShouldBe((0, 5), "the same rules find the same facts");
        (await services.GetRequiredService<GraphStore>().IngestStateAsync(CancellationToken.None)).ShouldNotBeNull().Extractor.ShouldBe("v2");
        (await services.GetRequiredService<GraphStore>().ArticlesAsync(CancellationToken.None)).Values.ShouldAllBe(a => a.Extractor == "v2");
        await TestIngest.RunAsync(services, folder.Path);
        upgraded.Calls.ShouldBe(5, "once stamped with the new version, the kept extractions serve again");
    }

    [Fact]
    public async Task Rerun_AnArticleWrittenInAnotherFolderUnderAnOlderVersion_IsExtractedAgainWhenRead()
    {
        using var folder = new TempFolder().WithSeeds();
        using var other = new TempFolder();
        var moved = Directory.GetFiles(folder.Path).Order(StringComparer.Ordinal).First();
        await using (var first = await ServicesAsync(new CountingExtractor("v1")))
            await TestIngest.RunAsync(first, folder.Path);
        var upgraded = new CountingExtractor("v2");
        await using var services = await ServicesAsync(upgraded, reset: false);
        File.Move(moved, other.File(Path.GetFileName(moved)));

        await TestIngest.RunAsync(services, folder.Path);
        upgraded.Calls.ShouldBe(4, "the moved article is kept, as v1 extracted it");
        await TestIngest.RunAsync(services, other.Path);

        upgraded.Calls.ShouldBe(5, "read again, it is extracted by v2: the v1 extraction is not reused");
    }

    [Fact]
    public async Task Rerun_AfterARunCutShort_ResolvesAgain_AndCompletesTheGraph()
    {
        using var folder = new TempFolder().WithSeeds();
        List<string> clean;
        await using (var first = await ServicesAsync(new CountingExtractor("v1")))
        {
            await TestIngest.RunAsync(first, folder.Path);
            clean = await GraphDump.Of(first);
        }

        var extra = Path.Combine(folder.Path, "zz_extra.txt");
        File.WriteAllText(extra, "Talks stall\n\n\"There is no deal yet,\" said Tomas Varga, the Hungarian negotiator, on Monday.\n");
        await using (var cut = await ServicesAsync(new CountingExtractor("v1"), reset: false, s => s.AddSingleton<IGraphWriter>(new RefusingWriter())))
        {
            var interrupted = await TestIngest.RunAsync(cut, folder.Path, expectFailures: true);
            interrupted.Interrupted.ShouldBeTrue();
            (await cut.GetRequiredService<GraphStore>().IngestStateAsync(CancellationToken.None)).ShouldBeNull("a run cut short must not look complete");
        }

        File.Delete(extra);
        var extractor = new CountingExtractor("v1");
        await using var services = await ServicesAsync(extractor, reset: false);
        await TestIngest.RunAsync(services, folder.Path);

        extractor.Calls.ShouldBe(0, "the stored articles' extractions are still good");
        (await services.GetRequiredService<GraphStore>().IngestStateAsync(CancellationToken.None)).ShouldNotBeNull("resolved and written again, not taken as complete");
        (await GraphDump.Of(services)).ShouldBe(clean);
    }

    private async Task<ServiceProvider> ServicesAsync(IArticleExtractor extractor, bool reset = true, Action<IServiceCollection>? configure = null)
    {
        var services = neo4j.Services(maxAttempts: 1, configure: s =>
        {
            s.AddSingleton(extractor);
            configure?.Invoke(s);
        });
        if (reset)
            await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        return services;
    }

    /// <summary>The real extractor under a version of the test's choosing, counting its calls.</summary>
    private sealed class CountingExtractor(string version) : IArticleExtractor
    {
        private static readonly RuleBasedArticleExtractor Inner = new();
        private int _calls;

        public int Calls => _calls;

        public string Version => version;

        public ArticleGraph Extract(ArticleText article, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return Inner.Extract(article, cancellationToken);
        }
    }

    /// <summary>Neo4j gone for good: every batch fails as an outage would.</summary>
    private sealed class RefusingWriter : IGraphWriter
    {
        public PreparedBatch Prepare(GraphBatch batch) => new(batch, Store.Http.CypherRequest.Of([]));

        public Task WriteAsync(PreparedBatch batch, CancellationToken cancellationToken) =>
            throw new Neo4jException("Neo.TransientError.General.DatabaseUnavailable", "the server went away", true);
    }
}
