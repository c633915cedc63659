using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphBuilder.Report.Building;
using GraphBuilder.Report.Rendering;
using static GraphBuilder.Report.Tests.Stored;

namespace GraphBuilder.Report.Tests.Rendering;

public partial class HtmlReportRendererTests
{
    private const string Markup = "</script><script>alert(1)</script><img src=x onerror=alert(2)> <!-- {{script}} {{data}}";

    private static string Render(string text)
    {
        var model = ReportBuilder.Build(Graph(Said(Person("Lloyd Austin"), text, Article("a1", title: text), Place("Kursk"))), 10, DateTimeOffset.UnixEpoch);
        using var output = new MemoryStream();
        HtmlReportRenderer.WriteAsync(model, output, CancellationToken.None).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Fact]
    public void Render_MarkupInArticles_ReachesThePageOnlyAsEscapedData()
    {
        var html = Render(Markup);

        ScriptOpening().Count(html).ShouldBe(4, "the data, the graph library, its layout and the page script");
        html.ShouldNotContain("<img");
        html.ShouldNotContain("<!--");
        using var data = JsonDocument.Parse(DataScript().Match(html).Groups[1].Value);
        data.RootElement.GetProperty("articles")[0].GetProperty("title").GetString().ShouldBe(Markup);
        data.RootElement.GetProperty("statements")[0].GetProperty("text").GetString().ShouldBe(Markup);
    }

    [Fact]
    public void Render_PlaceholdersInArticles_AreNotFilledIn()
    {
        var html = Render("Officials said {{script}} and {{graph-library}} twice.");

        Regex.Count(html, Regex.Escape("window.graphReport = ")).ShouldBe(1);
        Regex.Count(html, Regex.Escape("version=\"3.34.4\"")).ShouldBe(1);
        html.ShouldContain("Officials said {{script}} and {{graph-library}} twice.");
    }

    [Fact]
    public void Render_ContentSecurityPolicy_AllowsExactlyTheInlineScripts()
    {
        var html = Render("plain text");

        var policy = Policy().Match(html).Groups[1].Value;
        policy.ShouldStartWith("default-src 'none'; ");
        var scripts = InlineScript().Matches(html).Select(m => m.Groups[1].Value).ToList();
        scripts.Count.ShouldBe(3);
        foreach (var script in scripts)
            policy.ShouldContain($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'");
        Regex.Count(policy, "'sha256-").ShouldBe(3);
    }

    [Fact]
    public void Render_NeedsNothingFromTheNetwork()
    {
        var html = Render("plain text");

        html.ShouldNotContain("<link", Case.Insensitive);
        html.ShouldNotContain("@import", Case.Insensitive);
        Regex.IsMatch(html, @"\bsrc\s*=\s*[""']?https?:", RegexOptions.IgnoreCase).ShouldBeFalse();
        html.ShouldContain("cytoscape-dagre");
    }

    [GeneratedRegex("<script[ >]")]
    private static partial Regex ScriptOpening();

    [GeneratedRegex("""<script type="application/json" id="report-data">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex DataScript();

    [GeneratedRegex("<script>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("""http-equiv="Content-Security-Policy" content="([^"]*)">""")]
    private static partial Regex Policy();
}
