using GraphBuilder.Report.Model;

namespace GraphBuilder.Report.Building;

/// <summary>Subjects that some speakers stated things about and others denied, most discussed first.</summary>
internal static class ContestedClaimFinder
{
    public const int MaxClaims = 50;
    public const int MaxPerSide = 10;

    public static ContestedClaims Find(IReadOnlyList<ReportStatement> statements, IReadOnlyDictionary<string, string> names)
    {
        var stated = statements.Where(s => !s.Denial).SelectMany(s => s.About.Select(subject => (subject, s))).ToLookup(x => x.subject, x => x.s, StringComparer.Ordinal);
        var denied = statements.Where(s => s.Denial).SelectMany(s => ReportBuilder.Subjects(s).Select(subject => (subject, s))).ToLookup(x => x.subject, x => x.s, StringComparer.Ordinal);

        var claims = new List<(string Subject, List<string> Stated, List<string> Denied)>();
        foreach (var denials in denied)
        {
            // A speaker does not contest their own denial.
            var deniers = denials.Select(d => d.Speaker).ToHashSet(StringComparer.Ordinal);
            var statedByOthers = stated[denials.Key].Where(s => !deniers.Contains(s.Speaker)).Select(s => s.Id).ToList();
            if (statedByOthers.Count > 0)
                claims.Add((denials.Key, statedByOthers, denials.Select(d => d.Id).Distinct(StringComparer.Ordinal).ToList()));
        }

        var shown = claims
            .OrderByDescending(c => c.Stated.Count + c.Denied.Count).ThenBy(c => names[c.Subject], StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Subject, StringComparer.Ordinal)
            .Take(MaxClaims)
            // Statements arrive in date order, so the last ones are the latest.
            .Select(c => new ContestedClaim(c.Subject, [.. c.Stated.TakeLast(MaxPerSide)], [.. c.Denied.TakeLast(MaxPerSide)], Label(c.Stated.Count, c.Denied.Count)))
            .ToList();
        return new ContestedClaims(shown, Phrase.Kept(shown.Count, claims.Count, "contested subject", "most discussed", "shown"));
    }

    private static string Label(int stated, int denied) =>
        $"{Phrase.Count(stated, "statement")} against {Phrase.Count(denied, "denial")}" +
        (stated > MaxPerSide || denied > MaxPerSide ? $"; the latest {MaxPerSide} of each side are shown" : "");
}
