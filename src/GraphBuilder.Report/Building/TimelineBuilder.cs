using GraphBuilder.Report.Model;

namespace GraphBuilder.Report.Building;

/// <summary>The subjects statements are about, most discussed first, each with its statements in date order.</summary>
internal static class TimelineBuilder
{
    /// <summary>Beyond these a list is no longer read but scrolled, and the page slows down.</summary>
    public const int MaxSubjects = 200;
    public const int MaxStatements = 300;

    public static Timelines Build(IReadOnlyList<ReportStatement> statements, IReadOnlyDictionary<string, string> names)
    {
        // statements are in date order, so each subject's list is too.
        var bySubject = statements.SelectMany(s => s.About, (s, subject) => (subject, s.Id)).ToLookup(x => x.subject, x => x.Id, StringComparer.Ordinal);

        var subjects = bySubject
            .OrderByDescending(g => g.Count()).ThenBy(g => names[g.Key], StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxSubjects)
            .Select(g => new TimelineSubject(
                g.Key,
                $"{names[g.Key]} ({Phrase.Count(g.Count(), "statement")})",
                [.. g.TakeLast(MaxStatements)],
                Phrase.Kept(Math.Min(MaxStatements, g.Count()), g.Count(), "statement", "latest", "listed")))
            .ToList();
        return new Timelines(subjects, Phrase.Kept(subjects.Count, bySubject.Count, "subject", "most discussed", "offered"));
    }
}
