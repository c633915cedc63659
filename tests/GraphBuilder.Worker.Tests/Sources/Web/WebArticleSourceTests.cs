using System.Text;
using Microsoft.AspNetCore.Http;
using GraphBuilder.Worker.Sources;
using GraphBuilder.Worker.Sources.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Sources.Web;

/// <summary>Feeds and pages fetched from a real local HTTP server, good and bad.</summary>
public sealed class WebArticleSourceTests : IAsyncLifetime
{
    private LocalWebServer _server = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalWebServer.StartAsync();
        _services = Services();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private static ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["DelayPerHost"] = "00:00:00",
            ["FirstRetryDelay"] = "00:00:00.050",
            ["MaxRetryDelay"] = "00:00:02",
            ["AttemptTimeout"] = "00:00:02",
            ["Retries"] = "2",
        };
        foreach (var (key, value) in settings)
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddSingleton(TimeProvider.System).AddWebSources(configuration).BuildServiceProvider();
    }

    private async Task<List<SourceItem>> Read(params string[] paths) => await Read(_services, paths);

    private async Task<List<SourceItem>> Read(ServiceProvider services, params string[] paths)
    {
        var items = new List<SourceItem>();
        await foreach (var item in services.GetRequiredService<WebSources>().Open([.. paths.Select(_server.Url)]).ReadAsync(CancellationToken.None))
            items.Add(item);
        return items;
    }

    [Fact]
    public async Task Rss_EveryItemsPageIsAnArticle_WithTheFeedFillingWhatThePageLacks()
    {
        _server.Serve("/a", "text/html; charset=utf-8", NewsPages.Styled("Port to reopen", "The Harbour Gazette", "2021-06-01T08:00:00Z"));
        _server.Serve("/b", "text/html", NewsPages.Bare("Budget passes"));
        _server.Serve("/feed.xml", "application/rss+xml", NewsPages.Rss("City Wire", ("/a", "Port", "Tue, 01 Jun 2021 08:00:00 GMT"), ("/b", "Budget passes", "Wed, 02 Jun 2021 09:30:00 +0200")));

        var items = await Read("/feed.xml");

        items.Select(i => i.Error).ShouldAllBe(e => e == null);
        var a = items.Single(i => i.File.EndsWith("/a", StringComparison.Ordinal)).Article!.Metadata!;
        (a.Title, a.Outlet, a.Published, a.Url).ShouldBe(("Port to reopen", "The Harbour Gazette", "2021-06-01", _server.Url("/a").AbsoluteUri));
        var b = items.Single(i => i.File.EndsWith("/b", StringComparison.Ordinal)).Article!.Metadata!;
        (b.Title, b.Outlet, b.Published).ShouldBe(("Budget passes", "City Wire", "2021-06-02"));
    }

    [Fact]
    public async Task Atom_ServedAsHtml_IsStillReadAsAFeed()
    {
        _server.Serve("/a", "text/html", NewsPages.Bare("Storm closes schools"));
        _server.Serve("/atom", "text/html", NewsPages.Atom("Weather Desk", "/a"));

        var item = (await Read("/atom")).ShouldHaveSingleItem();

        item.Article.ShouldNotBeNull().Metadata!.Outlet.ShouldBe("Weather Desk");
    }

    [Fact]
    public async Task OneBadItem_IsReportedWithItsAddress_AndTheOthersGoOn()
    {
        _server.Serve("/good", "text/html", NewsPages.Bare("Bridge opens"));
        _server.Serve("/gone", "text/html", "gone", 410);
        _server.Serve("/paper.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46, 0x2D, 0x00, 0x01]);
        _server.Serve("/photo.jpg", "image/jpeg", [0xFF, 0xD8, 0xFF, 0x00]);
        _server.Serve("/stub", "text/html", "<html><body><article><p>Subscribe to read the rest of this story.</p></article></body></html>");
        _server.Serve("/feed", "application/rss+xml", NewsPages.Rss("Wire", ("/missing", "a", null), ("/gone", "b", null), ("/paper.pdf", "c", null), ("/photo.jpg", "d", null), ("/stub", "e", null), ("/good", "f", null)));

        var items = await Read("/feed");

        items.Count.ShouldBe(6);
        Error(items, "/missing").ShouldStartWith("HTTP 404");
        Error(items, "/gone").ShouldStartWith("HTTP 410");
        Error(items, "/paper.pdf").ShouldBe("not a web page or feed (application/pdf): skipped");
        Error(items, "/photo.jpg").ShouldBe("not a web page or feed (image/jpeg): skipped");
        Error(items, "/stub").ShouldContain("words of article text");
        items.Single(i => i.File.EndsWith("/good", StringComparison.Ordinal)).Article.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("not xml at all {")]
    [InlineData("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut</title><item><title>a</title><link>http://x.example/a</li")]
    public async Task BrokenFeed_IsOneClearError(string body)
    {
        _server.Serve("/feed", "application/rss+xml", body.StartsWith('<') ? body : "<rss>" + body);

        var item = (await Read("/feed")).ShouldHaveSingleItem();

        item.Article.ShouldBeNull();
        item.Error.ShouldStartWith("not a readable feed: ");
    }

    [Fact]
    public async Task HtmlServedAsAFeed_IsReadAsThePageItIs()
    {
        _server.Serve("/feed", "application/rss+xml", NewsPages.Bare("Mislabelled"));

        (await Read("/feed")).ShouldHaveSingleItem().Article.ShouldNotBeNull().Metadata!.Title.ShouldBe("Mislabelled");
    }

    [Fact]
    public async Task ServerErrors_AreRetried_AndA503WithRetryAfterRecovers()
    {
        var calls = 0;
        _server.Handle("/busy", async context =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 503;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(NewsPages.Bare("Back again"));
        });
        _server.Serve("/broken", "text/html", "oops", 500);

        var items = await Read("/busy", "/broken");

        items[0].Article.ShouldNotBeNull();
        calls.ShouldBe(2);
        items[1].Error.ShouldStartWith("HTTP 500");
        _server.Requests("/broken").ShouldBe(3, "the first try and two retries");
    }

    [Fact]
    public async Task RedirectLoop_IsStoppedAndNamed()
    {
        _server.Handle("/loop-a", context => { context.Response.Redirect("/loop-b"); return Task.CompletedTask; });
        _server.Handle("/loop-b", context => { context.Response.Redirect("/loop-a"); return Task.CompletedTask; });

        (await Read("/loop-a")).ShouldHaveSingleItem().Error.ShouldStartWith("too many redirects");
    }

    [Fact]
    public async Task ServerThatNeverAnswers_TimesOutWithAClearLine()
    {
        _server.Handle("/silent", async context => await Task.Delay(Timeout.Infinite, context.RequestAborted));
        await using var services = Services(("AttemptTimeout", "00:00:01"), ("Retries", "1"));

        (await Read(services, "/silent")).ShouldHaveSingleItem().Error.ShouldBe("no answer within 1 second, 2 attempts");
    }

    [Fact]
    public async Task HugePage_IsRefusedAtTheCap_DeclaredOrNot()
    {
        var fifty = new byte[50 * 1024 * 1024];
        _server.Serve("/declared", "text/html", fifty);
        _server.Handle("/undeclared", async context =>
        {
            context.Response.ContentType = "text/html";
            for (var i = 0; i < 50; i++)
                await context.Response.Body.WriteAsync(fifty.AsMemory(0, 1024 * 1024));
        });

        var items = await Read("/declared", "/undeclared");

        items[0].Error.ShouldBe("50 MB, over the 5 MB limit (GraphBuilder:Web:MaxBytes)");
        items[1].Error.ShouldBe("over the 5 MB limit (GraphBuilder:Web:MaxBytes): stopped reading");
    }

    [Fact]
    public async Task Encodings_DeclaredInTheHeaderOrAMetaTag_OrMixed_AllRead()
    {
        var latin = Encoding.Latin1;
        var cp1252 = CodePagesEncoding(1252);
        _server.Serve("/header", "text/html; charset=windows-1252", cp1252.GetBytes(NewsPages.Bare("The mayor\u2019s \u201Cplan\u201D")));
        _server.Serve("/meta", "text/html", latin.GetBytes(NewsPages.Bare("Caf\u00E9 owners", "<meta charset=\"iso-8859-1\">")));
        _server.Serve("/wrong", "text/html; charset=utf-8", latin.GetBytes(NewsPages.Bare("Na\u00EFve label")));
        _server.Serve("/unknown", "text/html; charset=klingon", Encoding.UTF8.GetBytes(NewsPages.Bare("Z\u00FCrich talks")));

        var titles = (await Read("/header", "/meta", "/wrong", "/unknown")).Select(i => i.Article.ShouldNotBeNull().Metadata!.Title).ToList();

        titles.ShouldBe(["The mayor\u2019s \u201Cplan\u201D", "Caf\u00E9 owners", "Na\u00EFve label", "Z\u00FCrich talks"]);
    }

    [Fact]
    public async Task SameItemInTwoFeeds_IsFetchedOnce()
    {
        _server.Serve("/shared", "text/html", NewsPages.Bare("Shared story"));
        _server.Serve("/one", "application/rss+xml", NewsPages.Rss("One", ("/shared", "s", null)));
        _server.Serve("/two", "application/atom+xml", NewsPages.Atom("Two", "/shared"));

        var items = await Read("/one", "/two");

        items.ShouldHaveSingleItem().Article.ShouldNotBeNull();
        _server.Requests("/shared").ShouldBe(1);
    }

    [Fact]
    public async Task RobotsTxt_DisallowedPage_IsSkippedWithAReason_AndRobotsTxtIsAskedOnce()
    {
        _server.Serve("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\nUser-agent: GraphBuilder\nDisallow: /members/\nAllow: /members/open$\n");
        _server.Serve("/news/a", "text/html", NewsPages.Bare("Open story"));
        _server.Serve("/members/b", "text/html", NewsPages.Bare("Members only"));
        _server.Serve("/members/open", "text/html", NewsPages.Bare("Opened to all"));
        _server.Serve("/feed.xml", "application/rss+xml", NewsPages.Rss("Wire", ("/news/a", "a", null), ("/members/b", "b", null), ("/members/open", "c", null)));

        var items = await Read("/feed.xml");

        items.Count(i => i.Article is not null).ShouldBe(2);
        Error(items, "/members/b").ShouldBe("127.0.0.1's robots.txt does not allow GraphBuilder to fetch it: skipped");
        _server.Requests("/members/b").ShouldBe(0);
        _server.Requests("/robots.txt").ShouldBe(1);
    }

    [Fact]
    public async Task RobotsTxtUnreadable_NothingOfTheSiteIsFetched_AndItIsAskedAgainNextTime()
    {
        _server.Serve("/robots.txt", "text/plain", "down", 503);
        _server.Serve("/news/a", "text/html", NewsPages.Bare("Open story"));

        (await Read("/news/a")).ShouldHaveSingleItem().Error.ShouldBe("its site's robots.txt could not be read (HTTP 503 Service Unavailable): not fetched, asked again next time");
        _server.Serve("/robots.txt", "text/plain", "User-agent: *\nDisallow:\n");
        (await Read("/news/a")).ShouldHaveSingleItem().Article.ShouldNotBeNull();
        _server.Requests("/news/a").ShouldBe(1);
    }

    [Fact]
    public async Task OneHost_GetsOneRequestAtATime_DelayPerHostApart_WhateverAsksForIt()
    {
        var delay = TimeSpan.FromMilliseconds(300);
        await using var services = Services(("DelayPerHost", delay.ToString()));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var open = 0;
        var overlapped = false;
        var visits = new List<(TimeSpan Start, TimeSpan End)>();
        foreach (var path in new[] { "/p1", "/p2", "/p3", "/p4" })
        {
            _server.Handle(path, async context =>
            {
                var start = clock.Elapsed;
                overlapped |= Interlocked.Increment(ref open) > 1;
                await Task.Delay(50);
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(NewsPages.Bare("Story " + path));
                Interlocked.Decrement(ref open);
                lock (visits)
                    visits.Add((start, clock.Elapsed));
            });
        }

        // Two readers at once, as the worker's feeds and a command may be.
        await Task.WhenAll(Read(services, "/p1", "/p2"), Read(services, "/p3", "/p4"));

        overlapped.ShouldBeFalse();
        var ordered = visits.OrderBy(v => v.Start).ToList();
        ordered.Count.ShouldBe(4);
        for (var i = 1; i < ordered.Count; i++)
            (ordered[i].Start - ordered[i - 1].End).ShouldBeGreaterThanOrEqualTo(delay - TimeSpan.FromMilliseconds(20), $"the gap before request {i + 1}");
    }

    private static string Error(List<SourceItem> items, string path) =>
        items.Single(i => i.File.EndsWith(path, StringComparison.Ordinal)).Error.ShouldNotBeNull();

    private static Encoding CodePagesEncoding(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
