using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Tests.Sources.Web;
using Microsoft.Extensions.DependencyInjection;

using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Worker.Tests.Ingestion;

/// <summary>Ingestion into the real Neo4j: the seed facts, idempotence, changed articles and an outage.</summary>
[Collection(Neo4jServer.Name)]
public sealed class IngestIntoNeo4jTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private readonly ServiceProvider _services = neo4j.Services();

    public async Task InitializeAsync() => await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _services.DisposeAsync();

    private Task<IngestResult> Ingest(string folder, ServiceProvider? services = null) =>
        (services ?? _services).GetRequiredService<IngestRunner>().RunAsync(folder, NoProgress.Instance, CancellationToken.None);

    private async Task<long> Scalar(string cypher, Dictionary<string, object?>? parameters = null) =>
        (long)(await neo4j.Query(_services, cypher, parameters))[0][0]!;

    private async Task<(long Nodes, long Relationships)> Counts() =>
        (await Scalar("MATCH (n) RETURN count(n)"), await Scalar("MATCH ()-[r]->() RETURN count(r)"));

    [Theory]
    [InlineData("Lloyd Austin", "there is evidence")]
    [InlineData("John Kirby", "first tranche")]
    [InlineData("Kyrylo Budanov", "could arrive as early as Wednesday")]
    [InlineData("Frank Ledwidge", "artillery power")]
    [InlineData("Phillips O'Brien", "Korean formations")]
    [InlineData("Dmitry Peskov", "South Korea says one thing")]
    public async Task Ingest_Seeds_SpeakersHaveTheirStatements(string speaker, string words)
    {
        using var folder = new TempFolder().WithSeeds();
        await Ingest(folder.Path);
        (await Scalar(
            "MATCH (p:Person)-[:STATED]->(s:Statement)-[:REPORTED_IN]->(:Article) WHERE (p.name = $name OR $name IN p.aliases) AND s.text CONTAINS $words RETURN count(s)",
            new() { ["name"] = speaker, ["words"] = words })).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ingest_Seeds_StoresTheFactsExtractionPins()
    {
        using var folder = new TempFolder().WithSeeds();
        var result = await Ingest(folder.Path);

        result.Written.ShouldBe(5);
        result.Failures.ShouldBeEmpty();
        (await Scalar("MATCH (:Country {name: 'North Korea'})-[:DENIED]->(s:Statement) WHERE s.text CONTAINS 'groundless rumors' RETURN count(s)")).ShouldBeGreaterThan(0);
        (await Scalar("MATCH (:Place {name: 'Kursk Oblast'})-[r:LOCATED_IN {source: 'text'}]->(:Country {name: 'Russia'}) WHERE r.evidence IS NOT NULL RETURN count(*)")).ShouldBeGreaterThan(0);
        (await Scalar("MATCH (:Place {geonamesId: 538555})-[r:LOCATED_IN {source: 'gazetteer'}]->(:Country {geonamesId: 2017370}) WHERE r.article IS NULL RETURN count(*)")).ShouldBe(1);
        (await Scalar("MATCH (p:Place) WHERE p.geonamesId IS NOT NULL AND NOT (p)-[:LOCATED_IN {source: 'gazetteer'}]->() RETURN count(p)")).ShouldBe(0);
        (await Scalar("MATCH (:Group {name: 'North Korean troops'})-[r:TRAINED_AT]->(p) WHERE p.name IN ['Eastern Russia', 'Vladivostok', 'Russian Far East'] AND r.evidence IS NOT NULL RETURN count(r)")).ShouldBeGreaterThan(0);
        (await Scalar("MATCH (s:Statement) WHERE NOT (s)-[:REPORTED_IN]->(:Article) RETURN count(s)")).ShouldBe(0);
        (await Scalar("MATCH (s:Statement) WHERE NOT ()-[:STATED|DENIED]->(s) RETURN count(s)")).ShouldBe(0);
        (await Scalar("MATCH (a:Article) WHERE a.contentHash IS NULL RETURN count(a)")).ShouldBe(0);
        (await Scalar("MATCH (p:Person {name: 'Dmitry Peskov'})-[:HOLDS_ROLE]->(:Organization {name: 'Kremlin'}) RETURN count(*)")).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Ingest_SavedWebPage_TheArticleCarriesThePagesAddressAuthorOutletAndDate()
    {
        using var folder = new TempFolder();
        var story = string.Concat(Enumerable.Range(1, 8).Select(i =>
            $"<p>The port authority said on Monday that the northern channel would reopen in April, in the {i}th paragraph of the report.</p>"));
        folder.Write("saved page.html", $"""
            <html><head><meta property="og:site_name" content="Harbour Gazette"><meta name="author" content="Maria Okafor">
            <meta property="article:published_time" content="2003-07-14T09:00:00+02:00"><link rel="canonical" href="https://gazette.example/2003/channel">
            </head><body><nav>Home | News</nav><article><h1>Channel to reopen</h1>{story}</article></body></html>
            """);

        (await Ingest(folder.Path)).Written.ShouldBe(1);

        var rows = await neo4j.Query(_services, "MATCH (a:Article) RETURN a.id, a.file, a.url, a.author, a.outlet, a.published, a.title");
        rows.Count.ShouldBe(1);
        rows[0].ShouldBe(new object?[] { "article:gazette-example-2003-channel", "saved page.html", "https://gazette.example/2003/channel", "Maria Okafor", "Harbour Gazette", "2003-07-14", "Channel to reopen" });
    }

    [Fact]
    public async Task Ingest_FeedAddress_WritesEveryItemWithOutletDateAndAddress_AndAgainChangesNothing()
    {
        await using var server = await LocalWebServer.StartAsync();
        server.Serve("/world/port", "text/html", NewsPages.Styled("Port to reopen", "The Harbour Gazette", "2021-06-01T08:00:00Z"));
        server.Serve("/wire/budget", "text/html", NewsPages.Bare("Budget passes"));
        server.Serve("/feed.xml", "application/rss+xml", NewsPages.Rss("City Wire", ("/world/port", "Port", null), ("/wire/budget", "Budget passes", "Wed, 02 Jun 2021 09:30:00 GMT")));
        var feed = server.Url("/feed.xml").AbsoluteUri;

        var first = await Ingest(feed);
        var second = await Ingest(feed);

        first.Written.ShouldBe(2);
        (second.Written, second.Unchanged).ShouldBe((0, 2));
        var rows = await neo4j.Query(_services, "MATCH (a:Article) RETURN a.outlet, a.published, a.url, a.folder ORDER BY a.url");
        rows.Select(r => string.Join(" | ", r)).ShouldBe([
            $"City Wire | 2021-06-02 | {server.Url("/wire/budget")} | ",
            $"The Harbour Gazette | 2021-06-01 | {server.Url("/world/port")} | ",
        ]);
        (await Scalar("MATCH (:Person {name: 'Ana Ribeiro'})-[:STATED]->(s:Statement) RETURN count(s)")).ShouldBe(2L, "her quote, once in each article");
    }

    [Fact]
    public async Task Ingest_MixOfFolderFileAndFeed_WritesEachArticleOnceWithItsFolder_AndAgainChangesNothing()
    {
        using var seeds = new TempFolder().WithSeeds();
        using var folder = new TempFolder();
        using var other = new TempFolder();
        foreach (var name in Directory.GetFiles(seeds.Path).Order().Take(2))
            File.Copy(name, folder.File(Path.GetFileName(name)));
        var single = other.Write("single.txt", File.ReadAllText(Directory.GetFiles(seeds.Path).Order().Last()));
        await using var server = await LocalWebServer.StartAsync();
        server.Serve("/world/port", "text/html", NewsPages.Styled("Port to reopen", "The Harbour Gazette", "2021-06-01T08:00:00Z"));
        server.Serve("/feed.xml", "application/rss+xml", NewsPages.Rss("City Wire", ("/world/port", "Port", null)));
        string[] inputs = [folder.Path, single, server.Url("/feed.xml").AbsoluteUri, folder.File(Path.GetFileName(Directory.GetFiles(folder.Path).Order().First()))];

        var first = await _services.GetRequiredService<IngestRunner>().RunAsync(inputs, NoProgress.Instance, CancellationToken.None);
        var second = await _services.GetRequiredService<IngestRunner>().RunAsync(inputs, NoProgress.Instance, CancellationToken.None);

        first.Failures.ShouldBeEmpty();
        (first.Read, first.Written).ShouldBe((4, 4));
        (second.Written, second.Unchanged).ShouldBe((0, 4));
        var folders = (await neo4j.Query(_services, "MATCH (a:Article) RETURN a.folder")).Select(r => (string?)r[0]).ToList();
        folders.ShouldBe([null, other.Path, folder.Path, folder.Path], ignoreOrder: true);
    }

    [Fact]
    public async Task Ingest_Twice_LeavesCountsUnchangedAndSkipsUnchangedArticles()
    {
        using var folder = new TempFolder().WithSeeds();
        await Ingest(folder.Path);
        var before = await Counts();

        var second = await Ingest(folder.Path);

        second.Written.ShouldBe(0);
        second.Unchanged.ShouldBe(5);
        (await Counts()).ShouldBe(before);
    }

    [Fact]
    public async Task Ingest_ChangedArticle_ReplacesItsStatementsAndKeepsTheOthers()
    {
        using var folder = new TempFolder().WithSeeds();
        await Ingest(folder.Path);
        var othersBefore = await Scalar("MATCH (s:Statement) WHERE s.article <> 'article:004-82a9f5469afd3e09' RETURN count(s)");

        File.WriteAllText(folder.File("004_82a9f5469afd3e09.txt"),
            "North Korean troops have been sent to Russia\n\"The drills are routine,\" Defense Minister Andrei Belousov said on Tuesday.\n");
        var result = await Ingest(folder.Path);

        result.Written.ShouldBe(1);
        var texts = (await neo4j.Query(_services, "MATCH (s:Statement)-[:REPORTED_IN]->(:Article {id: 'article:004-82a9f5469afd3e09'}) RETURN s.text")).Select(r => (string)r[0]!).ToList();
        texts.ShouldBe(["The drills are routine"]);
        (await Scalar("MATCH (s:Statement) WHERE s.article <> 'article:004-82a9f5469afd3e09' RETURN count(s)")).ShouldBe(othersBefore);
        (await Scalar("MATCH (:Person {name: 'Phillips O\\'Brien'}) RETURN count(*)")).ShouldBe(0);
        (await Scalar("MATCH (:Place {name: 'Donetsk'})-[r:LOCATED_IN]->() RETURN count(r)")).ShouldBe(0);
        (await Scalar("MATCH (p:Person {name: 'Lloyd Austin'})-[:STATED]->() RETURN count(*)")).ShouldBeGreaterThan(0);
    }

    [LocalNeo4jFact]
    public async Task Ingest_ServerStoppedMidway_ReportsNotWrittenAndARerunCompletes()
    {
        using var folder = new TempFolder().WithSeeds();
        await using var services = neo4j.Services(batchSize: 2, configure: s => s.AddSingleton<IGraphWriter>(sp =>
            new StopServerAfterFirstBatch(ActivatorUtilities.CreateInstance<HttpCypherGraphWriter>(sp))));

        IngestResult interrupted;
        try
        {
            interrupted = await Ingest(folder.Path, services);
        }
        finally
        {
            await Neo4jFixture.Script("start");
        }

        interrupted.Written.ShouldBe(2);
        interrupted.Failures.Count.ShouldBe(3);
        interrupted.Failures.ShouldAllBe(f => f.Reason.StartsWith("not written: GraphBuilder.ServerUnreachable", StringComparison.Ordinal));
        (await Scalar("MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN count(a)")).ShouldBe(2);

        var rerun = await Ingest(folder.Path);
        rerun.Written.ShouldBe(3);
        rerun.Unchanged.ShouldBe(2);
        var afterRerun = await Counts();
        await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        await Ingest(folder.Path);
        (await Counts()).ShouldBe(afterRerun);
    }

    /// <summary>Writes the first batch, then stops the test server so the rest meet an outage.</summary>
    private sealed class StopServerAfterFirstBatch(IGraphWriter inner) : IGraphWriter
    {
        private int _batches;

        public PreparedBatch Prepare(GraphBatch batch) => inner.Prepare(batch);

        public async Task WriteAsync(PreparedBatch batch, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _batches) == 2)
                await Neo4jFixture.Script("stop");
            await inner.WriteAsync(batch, cancellationToken);
        }
    }
}
