using GraphBuilder.Report.Model;
using Humanizer;

namespace GraphBuilder.Report.Building;

/// <summary>Subjects that some speakers stated things about and others denied, most discussed first.</summary>
internal static class ContestedClaimFinder
{
    public static List<ContestedClaim> Find(IReadOnlyList<ReportStatement> statements, IReadOnlyDictionary<string, string> names)
    {
        var stated = statements.Where(s => !s.Denial).SelectMany(s => s.About.Select(subject => (subject, s))).ToLookup(x => x.subject, x => x.s, StringComparer.Ordinal);
        var denied = statements.Where(s => s.Denial).SelectMany(s => ReportBuilder.Subjects(s).Select(subject => (subject, s))).ToLookup(x => x.subject, x => x.s, StringComparer.Ordinal);

        var claims = new List<ContestedClaim>();
        foreach (var denials in denied)
        {
            // A speaker does not contest their own denial.
            var deniers = denials.Select(d => d.Speaker).ToHashSet(StringComparer.Ordinal);
            var statedByOthers = stated[denials.Key].Where(s => !deniers.Contains(s.Speaker)).Select(s => s.Id).ToList();
            if (statedByOthers.Count == 0)
                continue;
            var deniedIds = denials.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList();
            claims.Add(new ContestedClaim(denials.Key, statedByOthers, deniedIds,
                $"{"statement".ToQuantity(statedByOthers.Count)} against {"denial".ToQuantity(deniedIds.Count)}"));
        }

        return [.. claims.OrderByDescending(c => c.Stated.Count + c.Denied.Count).ThenBy(c => names[c.Subject], StringComparer.OrdinalIgnoreCase)];
    }
}
