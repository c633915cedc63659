using System.Globalization;
using System.Runtime.CompilerServices;
using GraphBuilder.Store;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// Articles from http(s) addresses: a feed (RSS or Atom, told by its content, not its label) gives
/// every item's page, read with what the item says; anything else is read as one article page. Each
/// failure is an item naming the address and what was wrong; the rest go on. Requests go one at a
/// time; an address reached twice (two feeds, or a feed and the page itself) is fetched once. With a
/// <see cref="FetchHistory"/> (the worker), what has not changed since the last poll is not read again.
/// </summary>
internal sealed class WebArticleSource(IReadOnlyList<Uri> addresses, WebFetcher fetcher, FetchHistory? history = null) : IArticleSource
{
    private static readonly IReadOnlyDictionary<string, FetchState> Nothing = new Dictionary<string, FetchState>();

    private readonly HashSet<string> _fetched = new(StringComparer.Ordinal);

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var address in addresses)
        {
            var known = (await RecallAsync([address], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(address.AbsoluteUri);
            var (body, text, error) = await FetchTextAsync(address, history?.ForAddress(known), cancellationToken).ConfigureAwait(false);
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

            var links = feed.Items.Select(i => i.Link).OfType<Uri>().ToList();
            history?.Listed(address, links);
            var pages = await RecallAsync(links, cancellationToken).ConfigureAwait(false);
            foreach (var item in feed.Items)
            {
                if (item.Link is null)
                {
                    yield return Failed(address, $"the item \"{item.Title}\" has no http(s) link");
                    continue;
                }

                var page = pages.GetValueOrDefault(item.Link.AbsoluteUri);
                if (history is not null && !history.NeedsFetch(page, item.Updated))
                    continue;
                var (fetched, pageText, pageError) = await FetchTextAsync(item.Link, page is null ? null : new Validators(page.ETag, page.LastModified), cancellationToken).ConfigureAwait(false);
                if (pageText is not null)
                    yield return WebPageReader.Read(item.Link.AbsoluteUri, pageText, fetched!.Address, new FeedHints(item.Title, feed.Title, item.Published?.ToString("o", CultureInfo.InvariantCulture), item.Author));
                else if (pageError is not null)
                    yield return Failed(item.Link, pageError);
            }
        }
    }

    private Task<IReadOnlyDictionary<string, FetchState>> RecallAsync(List<Uri> addresses, CancellationToken cancellationToken) =>
        history is null || addresses.Count == 0 ? Task.FromResult(Nothing) : history.RecallAsync([.. addresses.Select(a => a.AbsoluteUri)], cancellationToken);

    /// <summary>
    /// The body and its text; or why not; or nothing at all when the address was already fetched this
    /// run or has not changed since <paramref name="known"/>.
    /// </summary>
    private async Task<(Fetched?, string?, string?)> FetchTextAsync(Uri address, Validators? known, CancellationToken cancellationToken)
    {
        if (!_fetched.Add(address.GetLeftPart(UriPartial.Query)))
            return (null, null, null);
        var (body, error) = await fetcher.GetAsync(address, cancellationToken, known).ConfigureAwait(false);
        if (body is null)
            return (null, null, error);
        history?.Learn(address, body);
        if (body.NotModified)
            return (null, null, null);
        // PDFs, images, video: what a feed links to is not always a page.
        if (body.MediaType is { } type && !(type.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase)))
            return (null, null, $"not a web page or feed ({type}): skipped");
        var decoded = WebText.Decode(body.Body, body.Charset);
        return (body, decoded.Text, decoded.Error?.Replace("the file", "the response", StringComparison.Ordinal));
    }

    private static SourceItem Failed(Uri address, string error) => new(address.AbsoluteUri, null, error);
}
