using System.Net;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Sources;

namespace GraphBuilder.Worker.Tests.Sources;

public sealed class FolderArticleSourceTests
{
    [Fact]
    public async Task Read_SavedWebPagesOfTheSeeds_GiveTheSameStatementsAsTheirText()
    {
        using var folder = new TempFolder().WithSeeds();
        var extractor = new RuleBasedArticleExtractor();
        var texts = Directory.GetFiles(folder.Path, "*.txt");
        foreach (var text in texts)
        {
            var content = await File.ReadAllTextAsync(text);
            var title = extractor.Extract(new ArticleText(Path.GetFileName(text), content)).Article.Title.ShouldNotBeNull();
            folder.Write(Path.GetFileNameWithoutExtension(text) + ".html", AsWebPage(content, title));
        }

        var items = new List<SourceItem>();
        await foreach (var item in new FolderArticleSource(folder.Path, FolderArticleSource.DefaultMaxBytes).ReadAsync(CancellationToken.None))
            items.Add(item);

        items.Count.ShouldBe(texts.Length * 2);
        foreach (var text in texts.Select(Path.GetFileNameWithoutExtension))
        {
            var plain = extractor.Extract(items.Single(i => i.File == text + ".txt").Article!);
            var page = extractor.Extract(items.Single(i => i.File == text + ".html").Article.ShouldNotBeNull());
            plain.Statements.Count.ShouldBeGreaterThan(0);
            Said(page).ShouldBe(Said(plain), $"{text}.html");
        }
    }

    [Fact]
    public async Task Read_SavedPageInALegacyCharset_IsDecodedAsItsMetaTagSays()
    {
        using var folder = new TempFolder();
        var story = string.Concat(Enumerable.Range(1, 8).Select(i => $"<p>Les propriétaires de café ont dit mardi que la rue resterait ouverte, paragraphe {i} d'un long reportage.</p>"));
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var windows1252 = System.Text.Encoding.GetEncoding(1252);
        folder.Write("cafe.htm", windows1252.GetBytes($"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Café owners’ “plan”</title></head><body><article>{story}</article></body></html>"));

        var items = new List<SourceItem>();
        await foreach (var item in new FolderArticleSource(folder.Path, FolderArticleSource.DefaultMaxBytes).ReadAsync(CancellationToken.None))
            items.Add(item);

        var article = items.ShouldHaveSingleItem().Article.ShouldNotBeNull();
        article.Metadata!.Title.ShouldBe("Café owners’ “plan”", "0x92-0x94 are quotes in windows-1252, control codes in Latin-1");
        article.Text.ShouldContain("Les propriétaires de café");
    }

    private static List<string> Said(ArticleGraph graph) =>
        [.. graph.Statements.Select(s => $"{s.SpeakerId} {s.Kind} {s.Text}").Order(StringComparer.Ordinal)];

    /// <summary>
    /// The article as an outlet would serve it: the lines above the headline as navigation, the
    /// headline, each line after it as a paragraph, amid a cookie banner, share buttons, related
    /// stories and comments.
    /// </summary>
    private static string AsWebPage(string text, string title)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var headline = Array.FindIndex(lines, l => l.Contains(title, StringComparison.Ordinal));
        headline.ShouldBeGreaterThanOrEqualTo(0);
        return $"""
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>{Enc(title)}</title></head><body>
            <div class="cookie-consent">We value your privacy. Accept all cookies</div>
            <nav>{string.Join(" | ", lines[..headline].Select(Enc))}</nav>
            <main><article><h1>{Enc(lines[headline])}</h1>
            <div class="share-buttons"><a>Facebook</a><a>X</a><a>Email</a></div>
            {string.Join("\n", lines[(headline + 1)..].Select(l => $"<p>{Enc(l)}</p>"))}
            </article>
            <aside><h2>Related</h2><ul><li><a href="/1">Markets close higher</a></li><li><a href="/2">Weather warning</a></li></ul></aside></main>
            <footer><section class="comments"><p>Great piece.</p></section>© Outlet</footer>
            </body></html>
            """;

        static string Enc(string s) => WebUtility.HtmlEncode(s);
    }
}
