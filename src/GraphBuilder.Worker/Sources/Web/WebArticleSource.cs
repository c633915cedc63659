using System.Globalization;
using System.Runtime.CompilerServices;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// Articles from http(s) addresses: a feed (RSS or Atom, told by its content, not its label) gives
/// every item's page, read with what the item says; anything else is read as one article page. Each
/// failure is an item naming the address and what was wrong; the rest go on. Requests go one at a
/// time; an address reached twice (two feeds, or a feed and the page itself) is fetched once.
/// </summary>
internal sealed class WebArticleSource(IReadOnlyList<Uri> addresses, WebFetcher fetcher) : IArticleSource
{
    private readonly HashSet<string> _fetched = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var address in addresses)
        {
            var (body, text, error) = await FetchTextAsync(address, cancellationToken).ConfigureAwait(false);
            if (text is null)
            {
                if (error is not null)
                    yield return Failed(address, error);
                continue;
            }

            if (!FeedReader.LooksLikeFeed(text))
            {
                yield return WebPageReader.Read(address.AbsoluteUri, text, body!.Address);
                continue;
            }

            var (feed, unreadable) = FeedReader.Read(text);
            if (feed is null)
            {
                yield return Failed(address, unreadable!);
                continue;
            }

            foreach (var item in feed.Items)
            {
                if (item.Link is null)
                {
                    yield return Failed(address, $"the item \"{item.Title}\" has no http(s) link");
                    continue;
                }

                var (page, pageText, pageError) = await FetchTextAsync(item.Link, cancellationToken).ConfigureAwait(false);
                if (pageText is not null)
                    yield return WebPageReader.Read(item.Link.AbsoluteUri, pageText, page!.Address, new FeedHints(item.Title, feed.Title, item.Published?.ToString("o", CultureInfo.InvariantCulture), item.Author));
                else if (pageError is not null)
                    yield return Failed(item.Link, pageError);
            }
        }
    }

    /// <summary>The body and its text; or why not; or nothing at all when the address was already fetched this run.</summary>
    private async Task<(Fetched?, string?, string?)> FetchTextAsync(Uri address, CancellationToken cancellationToken)
    {
        var (body, error) = await FetchAsync(address, cancellationToken).ConfigureAwait(false);
        if (body is null)
            return (null, null, error);
        // PDFs, images, video: what a feed links to is not always a page.
        if (body.MediaType is { } type && !(type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase)))
            return (null, null, $"not a web page or feed ({type}): skipped");
        var decoded = WebText.Decode(body.Body, body.Charset);
        return (body, decoded.Text, decoded.Error?.Replace("the file", "the response", StringComparison.Ordinal));
    }

    private static SourceItem Failed(Uri address, string error) => new(address.AbsoluteUri, null, error);

    /// <summary>The body, or an error; neither when the address was already fetched this run.</summary>
    private async Task<(Fetched?, string?)> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        if (!_fetched.Add(address.GetLeftPart(UriPartial.Query)))
            return (null, null);
        return await fetcher.GetAsync(address, cancellationToken).ConfigureAwait(false);
    }
}
