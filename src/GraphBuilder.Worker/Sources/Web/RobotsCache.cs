using System.Collections.Concurrent;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// Each site's robots.txt rules, kept a day (RFC 9309 asks no longer). A site without one (4xx) allows
/// everything; one whose robots.txt cannot be read (5xx, no answer) is not crawled until it can be,
/// and that is not kept: it is asked again next time.
/// </summary>
internal sealed class RobotsCache(TimeProvider time)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset Until)> _sites = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The site's rules, or null with why they could not be had.</summary>
    public async Task<(RobotsRules? Rules, string? Error)> RulesAsync(Uri address, Func<Uri, CancellationToken, Task<(RobotsRules? Rules, string? Error)>> fetch, CancellationToken cancellationToken)
    {
        var site = address.GetLeftPart(UriPartial.Authority);
        if (_sites.TryGetValue(site, out var kept) && kept.Until > time.GetUtcNow())
            return (kept.Rules, null);
        var (rules, error) = await fetch(new Uri(site + "/robots.txt"), cancellationToken).ConfigureAwait(false);
        if (rules is not null)
            _sites[site] = (rules, time.GetUtcNow() + KeptFor);
        return (rules, error);
    }
}
