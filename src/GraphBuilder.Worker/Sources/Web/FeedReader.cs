using System.ServiceModel.Syndication;
using System.Xml;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>An RSS 2.0 or Atom feed's title and items, read with System.ServiceModel.Syndication.</summary>
internal static class FeedReader
{
    /// <summary>Whether the body is a feed, whatever the server calls it: the first element is rss, feed or RDF.</summary>
    public static bool LooksLikeFeed(string text)
    {
        var start = text.AsSpan().TrimStart("\uFEFF \t\r\n");
        while (start.StartsWith("<?") || start.StartsWith("<!--"))
        {
            var end = start.IndexOf('>');
            if (end < 0)
                return false;
            start = start[(end + 1)..].TrimStart(" \t\r\n");
        }

        return start.StartsWith("<rss") || start.StartsWith("<feed") || start.StartsWith("<rdf:RDF");
    }

    /// <summary>The feed, or why it could not be read (not XML, cut short, not RSS or Atom).</summary>
    public static (Feed? Feed, string? Error) Read(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 1024 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            var feed = SyndicationFeed.Load(reader);
            var items = feed.Items.Select(i => new FeedItem(
                Link(i),
                i.Title?.Text,
                i.PublishDate != default ? i.PublishDate : i.LastUpdatedTime != default ? i.LastUpdatedTime : null,
                i.Authors.Select(a => a.Name ?? a.Email).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)))
            {
                Updated = i.LastUpdatedTime != default ? i.LastUpdatedTime : i.PublishDate != default ? i.PublishDate : null,
            }).ToList();
            return (new Feed(feed.Title?.Text, items), null);
        }
        catch (Exception ex) when (ex is XmlException or NotSupportedException or FormatException)
        {
            return (null, $"not a readable feed: {ex.Message}");
        }
    }

    private static Uri? Link(SyndicationItem item)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri;
        if (link is null && Uri.TryCreate(item.Id, UriKind.Absolute, out var id))
            link = id; // RSS guid isPermaLink
        return link is { IsAbsoluteUri: true, Scheme: "http" or "https" } ? link : null;
    }
}

internal sealed record Feed(string? Title, IReadOnlyList<FeedItem> Items);

internal sealed record FeedItem(Uri? Link, string? Title, DateTimeOffset? Published, string? Author)
{
    /// <summary>When the item says its page last changed (Atom updated, else the publication date).</summary>
    public DateTimeOffset? Updated { get; init; }
}
