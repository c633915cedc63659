using System.Threading.Channels;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Hosting;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Tests.Sources.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GraphBuilder.Worker.Tests.Hosting;

/// <summary>
/// The hosted services of <c>run</c> following a feed on a local web server and the real local Neo4j,
/// with a clock the test moves: news arrives, a page changes, the server fails and recovers, the
/// worker restarts; every page is fetched no more often than the rules allow.
/// </summary>
[Collection(Neo4jServer.Name)]
public sealed class FeedPollServiceTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Recheck = TimeSpan.FromHours(6);
    private readonly FakeTimeProvider _clock = new();
    private readonly Channel<IngestResult> _polls = Channel.CreateUnbounded<IngestResult>();
    private LocalWebServer _server = null!;
    private ServiceProvider _services = null!;
    private List<IHostedService> _worker = [];

    public async Task InitializeAsync()
    {
        _server = await LocalWebServer.StartAsync();
        _services = Services();
        await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await StopWorker();
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private ServiceProvider Services() => neo4j.Services(configure: s => s.AddSingleton<TimeProvider>(_clock).AddGraphBuilderWorker(), settings: new()
    {
        ["GraphBuilder:Worker:Sources:0"] = _server.Url("/feed.xml").AbsoluteUri,
        ["GraphBuilder:Worker:FeedInterval"] = Interval.ToString(),
        ["GraphBuilder:Worker:PageRecheck"] = Recheck.ToString(),
        ["GraphBuilder:Web:DelayPerHost"] = "00:00:00",
        ["GraphBuilder:Web:FirstRetryDelay"] = "00:00:00",
        ["GraphBuilder:Web:MaxRetryDelay"] = "00:00:00",
        ["GraphBuilder:Web:Retries"] = "1",
    });

    /// <summary>Starts every hosted service of <c>run</c> and waits for the poll at start.</summary>
    private async Task<IngestResult> StartWorker()
    {
        _worker = [.. _services.GetServices<IHostedService>()];
        _worker.OfType<FeedPollService>().Single().Polled += (_, result) => _polls.Writer.TryWrite(result);
        foreach (var service in _worker)
            await service.StartAsync(CancellationToken.None);
        return await NextPoll();
    }

    private async Task StopWorker()
    {
        foreach (var service in _worker)
        {
            await service.StopAsync(CancellationToken.None);
            (service as IDisposable)?.Dispose();
        }

        _worker = [];
    }

    private async Task<IngestResult> NextPoll()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        return await _polls.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Moves the clock on; the poll that comes due runs and is awaited (the worker sets its next wait before it reports one).</summary>
    private Task<IngestResult> After(TimeSpan time)
    {
        _clock.Advance(time);
        return NextPoll();
    }

    private static readonly Dictionary<string, string> Headlines = new()
    {
        ["/news/port"] = "Port to reopen", ["/news/budget"] = "Budget passes", ["/news/strike"] = "Dock strike ends", ["/news/ferry"] = "Ferry returns", ["/files/accounts.pdf"] = "The accounts",
    };

    private void Feed(params string[] paths) =>
        _server.Serve("/feed.xml", "application/rss+xml", NewsPages.Rss("Harbour Wire", [.. paths.Select(p => (p, Headlines[p], (string?)null))]));

    private async Task<List<string>> Titles() =>
        [.. (await neo4j.Query(_services, "MATCH (a:Article) RETURN a.title ORDER BY a.title")).Select(r => (string)r[0]!)];

    [Fact]
    public async Task News_Changes_AnOutage_AndARestart_EndInACompleteGraph_FetchingEachPageNoMoreThanTheRulesAllow()
    {
        _server.Serve("/news/port", "text/html", NewsPages.Styled("Port to reopen", "The Harbour Gazette", "2021-06-01T08:00:00Z"));
        _server.Serve("/news/budget", "text/html", NewsPages.Bare("Budget passes"));
        _server.Serve("/news/strike", "text/html", NewsPages.Bare("Dock strike ends"));
        _server.Serve("/news/ferry", "text/html", NewsPages.Bare("Ferry returns"));
        _server.Serve("/files/accounts.pdf", "application/pdf", "%PDF-1.4 the harbour's accounts"u8.ToArray());
        Feed("/news/port", "/news/budget", "/files/accounts.pdf");

        var start = await StartWorker();
        start.Written.ShouldBe(2);
        start.Failures.ShouldHaveSingleItem().Reason.ShouldBe("not a web page or feed (application/pdf): skipped");

        // News: a new item is fetched; the pages already read (and the PDF already skipped) are not.
        Feed("/news/port", "/news/budget", "/files/accounts.pdf", "/news/strike");
        (await After(Interval)).Written.ShouldBe(1);
        (_server.Requests("/news/port"), _server.Requests("/news/budget")).ShouldBe((1, 1));

        // Nothing new: one conditional request for the feed, answered 304, and nothing else.
        var quiet = await After(Interval);
        (quiet.Read, quiet.Written).ShouldBe((0, 0));
        _server.NotModified("/feed.xml").ShouldBe(1);

        // A page changes: it is found when its recheck comes due, the unchanged ones answer 304.
        _server.Serve("/news/budget", "text/html", NewsPages.Bare("Budget passes after recount", "<meta property=\"og:title\" content=\"Budget passes after recount\">"));
        (await After(Interval)).Written.ShouldBe(0, "the page is trusted until its recheck is due");
        (await After(Recheck)).Written.ShouldBe(1);
        (_server.NotModified("/news/port"), _server.NotModified("/news/strike")).ShouldBe((1, 1));

        // An outage: the polls fail and nothing stored is lost; then the server recovers.
        Feed("/news/budget", "/news/strike", "/files/accounts.pdf", "/news/ferry");
        _server.Failing = true;
        var failed = await After(Interval);
        failed.Failures.ShouldHaveSingleItem().Reason.ShouldStartWith("HTTP 503");
        (await After(Interval)).Failures.Count.ShouldBe(1);
        (await Titles()).Count.ShouldBe(3, "nothing stored is lost");
        _server.Failing = false;
        (await After(Interval)).Written.ShouldBe(1);

        // A restart remembers the feed's validators: one 304 and no page fetched.
        await StopWorker();
        await _services.DisposeAsync();
        _services = Services();
        (await StartWorker()).Read.ShouldBe(0);
        _server.NotModified("/feed.xml").ShouldBe(3, "the two quiet polls, and the one after the restart");

        (await Titles()).ShouldBe(["Budget passes after recount", "Dock strike ends", "Ferry returns", "Port to reopen"], "the port story left the feed and stays");
        // Each page: once when new, once more at most per recheck (port, budget, strike reached theirs once).
        (_server.Requests("/news/port"), _server.Requests("/news/budget"), _server.Requests("/news/strike"), _server.Requests("/news/ferry")).ShouldBe((2, 2, 2, 1));
        (_server.Requests("/files/accounts.pdf"), _server.NotModified("/files/accounts.pdf")).ShouldBe((2, 1), "a skipped PDF is remembered like a page");
        // The feed: once per poll (eight, and one after the restart), and the retry of each of the two that failed.
        _server.Requests("/feed.xml").ShouldBe(9 + 2);
        _server.Requests("/robots.txt").ShouldBe(2, "kept a day in memory: read at the start and after the restart");
    }
}
