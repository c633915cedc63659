using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// Reads a web page as an article: SmartReader (a port of Mozilla's Readability) finds the main text,
/// whose blocks become paragraphs, under the headline as its first line, the way the .txt articles
/// are laid out. Metadata comes from the page's own tags, then from what the feed said of it
/// (<see cref="FeedHints"/>), then from the address: outlet from og:site_name, the feed's title or
/// the host; date from article:published_time, JSON-LD datePublished or the feed item; the canonical
/// address names the article.
/// </summary>
internal static class WebPageReader
{
    // Fewer words than this is a paywall stub, a cookie wall or an index page, not an article.
    public const int MinWords = 80;

    // What SmartReader resolves a saved page's relative links against: they are not followed.
    private const string SavedPage = "http://localhost/";

    private static readonly char[] HtmlWhitespace = [' ', '\t', '\n', '\f', '\r'];

    private static readonly string[] Blocks = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "td", "dd"];

    /// <summary>
    /// The page's article, or why it has none. <paramref name="address"/> is where the page was fetched
    /// from: null for a saved page, which has an address only if it declares its canonical one.
    /// </summary>
    public static SourceItem Read(string name, string html, Uri? address, FeedHints? hints = null)
    {
        var page = new HtmlParser().ParseDocument(html);
        // Read before SmartReader, which prunes the document it is given.
        var tags = new ArticleMetadata(
            Meta(page, "og:title"),
            Meta(page, "og:site_name"),
            Date(Meta(page, "article:published_time")) ?? Date(LinkedData(page, "datePublished")),
            Meta(page, "author") ?? LinkedData(page, "author"),
            Canonical(page, address));
        var pageTitle = page.Title;
        using var reader = new SmartReader.Reader(address?.AbsoluteUri ?? SavedPage, page);
        var found = reader.GetArticle();
        // Not IsReadable: that is Readability's guess whether a reader view is worth offering, which
        // a short wire story fails; the word count below is the test that matters here.
        var paragraphs = string.IsNullOrEmpty(found.Content) ? [] : Paragraphs(found.Content);
        var words = paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        if (words < MinWords)
            return new SourceItem(name, null, $"only {words} words of article text (under {MinWords}): a paywall, a stub or not an article");

        var title = Clean(tags.Title ?? hints?.Title ?? found.Title ?? pageTitle);
        var metadata = new ArticleMetadata(
            title,
            Clean(tags.Outlet ?? hints?.FeedTitle ?? found.SiteName) ?? address?.Host,
            tags.Published ?? Date(hints?.Published) ?? Date(found.PublicationDate?.ToString("o", CultureInfo.InvariantCulture)),
            Clean(tags.Author ?? found.Author ?? hints?.Author),
            tags.Url);
        var text = new StringBuilder();
        if (title is not null)
            text.Append(title).Append("\n\n");
        text.AppendJoin("\n\n", paragraphs.Where(p => p != title));
        return new SourceItem(name, new ArticleText(name, text.ToString()) { Metadata = metadata }, null);
    }

    /// <summary>The text of each innermost block of the main content, whitespace collapsed.</summary>
    private static List<string> Paragraphs(string contentHtml)
    {
        var content = new HtmlParser().ParseDocument(contentHtml);
        var selector = string.Join(',', Blocks);
        return [.. content.QuerySelectorAll(selector)
            .Where(e => e.QuerySelector(selector) is null)
            .Select(e => Clean(e.TextContent))
            .OfType<string>()];
    }

    private static string? Meta(IDocument page, string name) =>
        page.QuerySelectorAll("meta").FirstOrDefault(m => string.Equals(m.GetAttribute("property") ?? m.GetAttribute("name"), name, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");

    /// <summary>The canonical http(s) address the page declares, else the one it was fetched from; null for a saved page that declares none.</summary>
    private static string? Canonical(IDocument page, Uri? address)
    {
        var declared = page.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(page, "og:url");
        // A relative address resolves against the fetched one; a saved page has none to resolve it against.
        Uri? canonical = null;
        if (declared is not null)
            _ = address is null ? Uri.TryCreate(declared, UriKind.Absolute, out canonical) : Uri.TryCreate(address, declared, out canonical);
        var url = canonical is { Scheme: "http" or "https" } ? canonical : address;
        return url?.GetLeftPart(UriPartial.Query);
    }

    /// <summary>A property of the page's schema.org JSON-LD (an author's name for an author object); broken JSON-LD is ignored.</summary>
    private static string? LinkedData(IDocument page, string property)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (Find(json.RootElement, property) is { } value)
                    return value;
            }
            catch (JsonException)
            {
            }
        }

        return null;

        static string? Find(JsonElement element, string property) => element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().Select(e => Find(e, property)).FirstOrDefault(v => v is not null),
            JsonValueKind.Object when element.TryGetProperty(property, out var value) => Value(value),
            JsonValueKind.Object when element.TryGetProperty("@graph", out var graph) => Find(graph, property),
            _ => null,
        };

        static string? Value(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("name", out var name) => Value(name),
            JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(Value).OfType<string>()) is { Length: > 0 } all ? all : null,
            _ => null,
        };
    }

    /// <summary>The calendar date of a timestamp, as the graph keeps dates; null when it is not one.</summary>
    private static string? Date(string? value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>Whitespace collapsed as a browser collapses it: ASCII whitespace only, so a no-break space stays one.</summary>
    private static string? Clean(string? text) =>
        string.Join(' ', (text ?? "").Split(HtmlWhitespace, StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } clean ? clean : null;
}

/// <summary>What a feed says of an item, used where its page says nothing.</summary>
internal sealed record FeedHints(string? Title, string? FeedTitle, string? Published, string? Author);
