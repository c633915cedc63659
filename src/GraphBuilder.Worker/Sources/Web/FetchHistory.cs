using GraphBuilder.Store;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// The worker's memory of its fetches, and what one poll learns. An address is asked conditionally
/// (If-None-Match, If-Modified-Since) with what was remembered, except that once every
/// <c>recheckAfter</c> a feed is read in full, so that its pages can be checked too. A page already
/// read is asked again only when its feed item says it was updated since, or when that read is older
/// than <c>recheckAfter</c>.
/// </summary>
internal sealed class FetchHistory(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, FetchState>>> recall, TimeSpan recheckAfter, TimeProvider time)
{
    private readonly Dictionary<string, FetchState> _learnt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _feedOf = new(StringComparer.Ordinal);

    public Task<IReadOnlyDictionary<string, FetchState>> RecallAsync(IReadOnlyCollection<string> addresses, CancellationToken cancellationToken) =>
        recall(addresses, cancellationToken);

    /// <summary>What to ask a feed (or page given on its own) with: nothing when it was never read, or its full read is due.</summary>
    public Validators? ForAddress(FetchState? known) => known is null || Due(known) ? null : new Validators(known.ETag, known.LastModified);

    /// <summary>Whether a feed's page is fetched, conditionally when known.</summary>
    public bool NeedsFetch(FetchState? known, DateTimeOffset? itemUpdated) => known is null || Due(known) || itemUpdated > known.Fetched;

    private bool Due(FetchState known) => time.GetUtcNow() - known.Fetched >= recheckAfter;

    /// <summary>Notes which feed listed these pages: a feed is remembered only when all its pages made it.</summary>
    public void Listed(Uri feed, IEnumerable<Uri> pages)
    {
        foreach (var page in pages)
            _feedOf.TryAdd(page.AbsoluteUri, feed.AbsoluteUri);
    }

    public void Learn(Uri address, Fetched body)
    {
        // A feed or page given on its own that had not changed keeps the time of its last full read,
        // so that its full read still comes due; a feed's page that had not changed was just checked.
        if (body.NotModified && !_feedOf.ContainsKey(address.AbsoluteUri))
            return;
        _learnt[address.AbsoluteUri] = new FetchState(address.AbsoluteUri, body.Validators?.ETag, body.Validators?.LastModified, time.GetUtcNow());
    }

    /// <summary>
    /// What to remember once the articles are written. A page that was fetched is remembered even when
    /// it was skipped (a PDF, a paywall stub): asking again would give the same. One that could not be
    /// fetched is not, and neither is its feed, so the next poll reads the feed in full and tries it again.
    /// </summary>
    public IReadOnlyList<FetchState> ToKeep(IEnumerable<string> failed)
    {
        var retried = failed.Where(a => !_learnt.ContainsKey(a)).Select(a => _feedOf.GetValueOrDefault(a)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. _learnt.Values.Where(s => !retried.Contains(s.Address))];
    }
}
