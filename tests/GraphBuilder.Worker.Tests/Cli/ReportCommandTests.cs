using System.Collections.ObjectModel;
using System.Globalization;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace GraphBuilder.Worker.Tests.Cli;

/// <summary>
/// The seeds plus one article with markup in its headline and quotes, ingested into the real Neo4j
/// and written by the real command, once for all the page tests; one Chromium serves them all.
/// </summary>
public sealed class SeedReport : IAsyncLifetime
{
    public const string HostileTitle = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> Pentagon answers the Kursk reports";
    public const string HostileQuote = "We will keep watching <script>window.pwned = 3</script> Kursk closely";

    private readonly TempFolder _folder = new();

    // The collection's fixture has started the server before any class fixture is made; this one
    // only borrows its address and settings.
    public Neo4jFixture Neo4j { get; } = new();

    public ServiceProvider Services { get; private set; } = null!;

    public HeadlessChromium Browser { get; private set; } = null!;

    public string File => _folder.File("report.html");

    public string Summary { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Services = Neo4j.Services();
        await Services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        using var articles = new TempFolder().WithSeeds();
        articles.Write("hostile.txt", $"""
            {HostileTitle}

            October 24, 2024

            Pentagon spokesman Pat Ryder said on Thursday that "the reports of troops near Kursk are <b>accurate</b> so far."

            Ryder added, "{HostileQuote}."
            """);
        await Services.GetRequiredService<IngestRunner>().RunAsync(articles.Path, NoProgress.Instance, CancellationToken.None);

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await ReportCommand.RunAsync(Services, File, 80, stdout, stderr, CancellationToken.None);
        exit.ShouldBe(ExitCodes.Success, stderr.ToString());
        Summary = stdout.ToString();
        Browser = new HeadlessChromium();
    }

    public async Task DisposeAsync()
    {
        Browser?.Dispose();
        _folder.Dispose();
        if (Services is not null)
            await Services.DisposeAsync();
    }
}

/// <summary>The report opened afresh for each test in headless Chromium and used as a reader would.</summary>
[Collection(Neo4jServer.Name)]
public sealed class ReportCommandTests(SeedReport report, ITestOutputHelper output) : IClassFixture<SeedReport>, IAsyncLifetime
{
    private const string HostileTitle = SeedReport.HostileTitle;
    private const string HostileQuote = SeedReport.HostileQuote;

    private readonly HeadlessChromium _browser = report.Browser;

    public Task InitializeAsync()
    {
        output.WriteLine(report.Summary);
        _browser.Open(report.File);
        _browser.WaitFor(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true", "the report's layouts");
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private ReadOnlyCollection<object> Labels(string graph) =>
        (ReadOnlyCollection<object>)_browser.Script($"return graphReport.{graph}.nodes().map(function (n) {{ return n.data('label'); }});")!;

    private void ClickSpeaker(string name)
    {
        var position = (IReadOnlyDictionary<string, object>)_browser.Script(
            "var name = arguments[0]; var node = graphReport.speakers.nodes().filter(function (n) { return n.data('label') === name; })[0];" +
            "var p = node.renderedPosition(); return { x: p.x, y: p.y };", name)!;
        _browser.ClickAt(_browser.Driver.FindElement(By.Id("network")), Number(position["x"]), Number(position["y"]));
        _browser.WaitFor(d => d.FindElement(By.CssSelector("#speaker-panel h3")).Text == name, $"{name}'s statements");
    }

    // Script numbers come back as long or double, whichever the value happens to be.
    private static double Number(object? value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private async Task<long> Count(string cypher, string name) =>
        (long)(await report.Neo4j.Query(report.Services, cypher, new() { ["name"] = name }))[0][0]!;

    [Fact]
    public void Page_Loads_WithoutScriptErrorsOrBlockedScripts()
    {
        _browser.Errors().ShouldBeEmpty();
        _browser.Driver.FindElement(By.Id("headline")).Text.ShouldStartWith("6 articles, ");
    }

    [Fact]
    public void Network_HasTheSeedSpeakers()
    {
        var labels = Labels("speakers").Cast<string>().ToList();
        foreach (var speaker in new[] { "Lloyd Austin", "John Kirby", "South Korea's National Intelligence Service", "Kyrylo Budanov", "Volodymyr Zelenskyy", "Dmitry Peskov" })
            labels.ShouldContain(speaker);
        ((long)_browser.Script("return graphReport.speakers.edges('[contested = 1]').length;")!).ShouldBeGreaterThan(0, "a denial should be drawn as a contested link");
    }

    [Fact]
    public async Task ClickingAustin_ListsHisStatementsWithOutletAndDate()
    {
        ClickSpeaker("Lloyd Austin");

        var items = _browser.Driver.FindElements(By.CssSelector("#speaker-panel li.statement"));
        var stored = await Count("MATCH (:Entity {name: $name})-[:STATED|DENIED]->(s:Statement) RETURN count(s)", "Lloyd Austin");
        items.Count.ShouldBe((int)stored);
        items.ShouldContain(i => i.FindElement(By.TagName("q")).Text == "There is evidence of DPRK troops in Russia"
            && i.FindElement(By.CssSelector(".source")).Text.StartsWith("CNBC, 23 October 2024 \u00b7 ", StringComparison.Ordinal));
        items.ShouldAllBe(i => i.FindElement(By.TagName("cite")).Text.Length > 0);

        var shots = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "report-screenshots")).FullName;
        var shot = Path.Combine(shots, "speaker-network.png");
        ((ITakesScreenshot)_browser.Driver.FindElement(By.Id("speakers"))).GetScreenshot().SaveAsFile(shot);
        new FileInfo(shot).Length.ShouldBeGreaterThan(10_000);
        output.WriteLine($"screenshot: {shot}");
    }

    [Fact]
    public void MarkupInAnArticle_IsShownAsText_AndNeverRun()
    {
        ClickSpeaker("Pat Ryder");

        var panel = _browser.Driver.FindElement(By.Id("speaker-panel"));
        panel.Text.ShouldContain(HostileTitle);
        panel.Text.ShouldContain(HostileQuote);
        panel.FindElements(By.CssSelector("script, img, b")).ShouldBeEmpty();
        _browser.Script("return typeof window.pwned;").ShouldBe("undefined");
        _browser.Driver.FindElements(By.XPath("//body//script")).Count.ShouldBe(4, "only the data, the graph library, its layout and the page script");
    }

    [Fact]
    public void ContestedClaims_PutNorthKoreasDenialBesideStatementsAboutIt()
    {
        var claim = _browser.Driver.FindElements(By.CssSelector("#claims .claim")).Single(c => c.FindElement(By.TagName("h3")).Text == "North Korea");
        claim.FindElement(By.CssSelector(".denied")).Text.ShouldContain("groundless rumors");
        claim.FindElements(By.CssSelector(".stated li.statement")).Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Timeline_ForKursk_ListsEveryStatementAboutIt_InDateOrder()
    {
        var option = _browser.Driver.FindElements(By.CssSelector("#timeline-subject option")).Single(o => o.Text.StartsWith("Kursk Oblast (", StringComparison.Ordinal));
        option.Click();

        var items = _browser.Driver.FindElements(By.CssSelector("#timeline-list li.statement"));
        items.Count.ShouldBe((int)await Count("MATCH (s:Statement)-[:ABOUT]->(:Entity {name: $name}) RETURN count(s)", "Kursk Oblast"));
        var dates = _browser.Driver.FindElements(By.CssSelector("#timeline-list time")).Select(t => t.Text).ToList();
        var dated = dates.TakeWhile(d => d != "date not given").Select(d => DateOnly.ParseExact(d, "d MMMM yyyy", CultureInfo.InvariantCulture)).ToList();
        dated.ShouldBe(dated.Order().ToList());
        dated.ShouldContain(new DateOnly(2024, 10, 24), "the Pentagon article's statement about Kursk");
        dates.Skip(dated.Count).ShouldAllBe(d => d == "date not given");
    }

    [Fact]
    public void Places_EveryArrowClimbs_FromTroopsToSitesAndFromPlacesToCountries()
    {
        Labels("places").ShouldContain("Russia");
        var arrows = ((ReadOnlyCollection<object>)_browser.Script(
            "return graphReport.places.edges().map(function (e) { return [e.data('type'), e.source().position('y'), e.target().position('y')]; });")!)
            .Cast<ReadOnlyCollection<object>>().ToList();
        arrows.Select(a => (string)a[0]).Distinct().Order().ShouldBe(["LOCATED_IN", "TRAINED_AT"]);
        arrows.ShouldAllBe(a => Number(a[1]) > Number(a[2]));
        _browser.Driver.FindElement(By.Id("facts")).Text.ShouldContain(" trained at ");
    }
}
