using System.Text.RegularExpressions;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace GraphBuilder.Worker.Tests.Local;

/// <summary>
/// Neo4j Browser as the local instance serves it (scripts/neo4j-local.sh), used in headless Chromium
/// as an analyst would: connect, see the style, open the guide, click a card, read the rows.
/// </summary>
[Collection(Neo4jServer.Name)]
public sealed class Neo4jBrowserTests(Neo4jFixture neo4j, ITestOutputHelper output)
{
    [LocalNeo4jFact]
    public async Task Browser_OnConnect_AppliesTheStyle_AndTheGuidesWhoSaidWhatCardRunsInOneClick()
    {
        await using var services = neo4j.Services();
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        using (var seeds = new TempFolder().WithSeeds())
            await services.GetRequiredService<IngestRunner>().RunAsync(seeds.Path, NoProgress.Instance, CancellationToken.None);
        using var chromium = new HeadlessChromium();
        var driver = chromium.Driver;
        driver.Navigate().GoToUrl(new Uri(neo4j.Uri, "browser/"));
        // The test instance runs without authentication, so Browser connects at once and then runs
        // its start guide; the post-connect command has run by the time that frame is there.
        chromium.WaitFor(d => d.FindElements(By.XPath("//*[contains(text(), ':play start')]")).Count > 0, "Browser to connect");

        Run(chromium, "MATCH (p:Person {name: 'Lloyd Austin'}) RETURN p");
        chromium.WaitFor(d => d.FindElements(By.CssSelector("svg g.node")).Count > 0, "the Person node to be drawn");
        var node = driver.FindElement(By.CssSelector("svg g.node"));
        // SVG text is not "displayed text" to WebDriver; what the node shows is its text content.
        node.GetDomProperty("textContent")!.Trim().ShouldBe("Lloyd Austin", "the Person caption should be its name, as the GraphBuilder style says");
        // A drawn node is a filled circle plus rings for hover and selection, which have no fill.
        node.FindElements(By.CssSelector("circle")).Select(c => c.GetCssValue("fill")).Where(f => f != "none")
            .ShouldBe([StyleColour("Person")], "the Person colour should be the style's");

        Run(chromium, ":play graphbuilder");
        chromium.WaitFor(d => d.FindElements(By.CssSelector("pre[data-query='who-said-what']")).Count == 1, "the GraphBuilder guide");
        var guide = driver.FindElement(By.XPath("//pre[@data-query='who-said-what']/ancestor::*[contains(concat(' ', normalize-space(@class), ' '), ' carousel ')][1]"));
        var slides = guide.FindElements(By.CssSelector("pre[data-query]")).Select(p => p.GetAttribute("data-query")).ToList();
        // Slide 1 is the introduction; the cards follow in the order of their files. A reader pages
        // with the carousel's arrows; a click while a slide is still sliding in may go unheeded, so
        // each click is judged by the card it shows.
        var target = slides.IndexOf("who-said-what");
        for (var clicks = 0; Shown(guide, slides) != target; clicks++)
        {
            clicks.ShouldBeLessThan(3 * slides.Count, "the carousel does not reach the who-said-what card");
            var before = Shown(guide, slides);
            var arrow = guide.FindElement(By.CssSelector(before < target ? "a.carousel-control.right" : "a.carousel-control.left"));
            chromium.WaitFor(_ => arrow.Displayed, "the carousel's arrow");
            arrow.Click();
            chromium.TryWaitFor(_ => Shown(guide, slides) != before, TimeSpan.FromSeconds(5));
        }

        var card = driver.FindElement(By.CssSelector("pre[data-query='who-said-what']"));
        card.Text.ShouldContain("'Austin'", customMessage: "the card should carry its header's example");

        card.Click();
        chromium.WaitFor(d => SpeakerCells(d).Count > 0, "the who-said-what rows");
        var speakers = SpeakerCells(driver).Select(c => c.Text).ToList();
        speakers.Count.ShouldBeGreaterThanOrEqualTo(5, "Austin speaks in all five seed articles");
        speakers.ShouldAllBe(s => s == "Lloyd Austin");

        driver.Manage().Window.Size = new System.Drawing.Size(1400, 1400);
        var screenshot = Path.Combine(Neo4jFixture.RepositoryRoot(), "artifacts", "neo4j-browser-guide.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        ((ITakesScreenshot)driver).GetScreenshot().SaveAsFile(screenshot);
        output.WriteLine($"Screenshot: {screenshot}");
    }

    /// <summary>The index of the card on show, or -1 for the introduction.</summary>
    private static int Shown(IWebElement guide, List<string?> slides) =>
        slides.FindIndex(name => guide.FindElement(By.CssSelector($"pre[data-query='{name}']")).Displayed);

    /// <summary>Types a command into Browser's editor and presses its run button.</summary>
    private static void Run(HeadlessChromium chromium, string command)
    {
        var driver = chromium.Driver;
        driver.FindElement(By.CssSelector(".CodeMirror")).Click();
        new OpenQA.Selenium.Interactions.Actions(driver).SendKeys(command).Perform();
        driver.FindElement(By.CssSelector("a[ng-click='editor.execScript(editor.content)']")).Click();
        chromium.WaitFor(d => d.FindElements(By.XPath($"//*[normalize-space(text())={XPathLiteral(command)}]")).Count > 0, $"a frame for '{command}'");
    }

    /// <summary>The cells of the newest result table's speaker column.</summary>
    private static List<IWebElement> SpeakerCells(IWebDriver driver)
    {
        var tables = driver.FindElements(By.CssSelector("table")).Where(t => t.FindElements(By.XPath(".//th[normalize-space(.)='speaker']")).Count > 0).ToList();
        if (tables.Count == 0)
            return [];
        var headers = tables[0].FindElements(By.CssSelector("th")).Select(h => h.Text.Trim()).ToList();
        var column = headers.IndexOf("speaker") + 1;
        return [.. tables[0].FindElements(By.XPath($".//tr/td[{column}]"))];
    }

    /// <summary>The label's colour in cypher/browser-style.grass, as Chromium reports a computed fill: "rgb(r, g, b)".</summary>
    private static string StyleColour(string label)
    {
        var grass = File.ReadAllText(Path.Combine(Neo4jFixture.RepositoryRoot(), "cypher", "browser-style.grass"));
        var hex = RuleColour(label).Match(grass) is { Success: true } m
            ? m.Groups["colour"].Value
            : throw new InvalidOperationException($"cypher/browser-style.grass has no colour for node.{label}.");
        var rgb = Convert.FromHexString(hex[1..]);
        return $"rgb({rgb[0]}, {rgb[1]}, {rgb[2]})";
    }

    private static Regex RuleColour(string label) => new($@"node\.{label}\s*\{{[^}}]*?\bcolor:\s*(?<colour>#[0-9A-Fa-f]{{6}})");

    private static string XPathLiteral(string text) => text.Contains('\'', StringComparison.Ordinal) ? $"\"{text}\"" : $"'{text}'";
}
