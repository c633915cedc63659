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
        var bySubject = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var s in statements)
        {
            foreach (var subject in s.About)
            {
                if (!bySubject.TryGetValue(subject, out var list))
                    bySubject[subject] = list = [];
                list.Add(s.Id);
            }
        }

        var subjects = bySubject
            .OrderByDescending(x => x.Value.Count).ThenBy(x => names[x.Key], StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Key, StringComparer.Ordinal)
            .Take(MaxSubjects)
            .Select(x => new TimelineSubject(
                x.Key,
                $"{names[x.Key]} ({Phrase.Count(x.Value.Count, "statement")})",
                x.Value[Math.Max(0, x.Value.Count - MaxStatements)..],
                Phrase.Kept(Math.Min(MaxStatements, x.Value.Count), x.Value.Count, "statement", "latest", "listed")))
            .ToList();
        return new Timelines(subjects, Phrase.Kept(subjects.Count, bySubject.Count, "subject", "most discussed", "offered"));
    }
}
