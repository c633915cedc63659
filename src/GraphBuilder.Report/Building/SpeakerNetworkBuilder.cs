using GraphBuilder.Report.Model;
using Humanizer;

namespace GraphBuilder.Report.Building;

/// <summary>Speakers ranked by statements, and links between drawn speakers who spoke about the same entities.</summary>
internal static class SpeakerNetworkBuilder
{
    private const int NamesInLinkLabel = 5;
    public const int LinksPerSpeaker = 4;

    [Flags]
    private enum Voice
    {
        Stated = 1,
        Denied = 2,
    }

    public static SpeakerNetwork Build(IReadOnlyList<ReportStatement> statements, IReadOnlyDictionary<string, string> names, int speakersDrawn)
    {
        var speakers = statements.GroupBy(s => s.Speaker, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Statements: g.Count(), Denials: g.Count(s => s.Denial), Articles: g.Select(s => s.Article).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(x => x.Statements).ThenBy(x => names[x.Id], StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => new NetworkSpeaker(x.Id, x.Statements, x.Denials, Label(x.Statements, x.Denials, x.Articles)))
            .ToList();
        var drawn = Math.Min(speakersDrawn, speakers.Count);
        var note = drawn == speakers.Count
            ? $"All {Phrase.Count(drawn, "speaker")} are drawn."
            : $"The {Phrase.Number(drawn)} most quoted of {Phrase.Count(speakers.Count, "speaker")} are drawn; the list has them all.";
        var links = Links(statements, [.. speakers.Take(drawn).Select(s => s.Entity)], names);
        var kept = Strongest(links);
        if (kept.Count < links.Count)
            note += $" Each speaker's {LinksPerSpeaker} strongest links are drawn ({Phrase.Number(kept.Count)} of {Phrase.Count(links.Count, "link")}).";
        return new SpeakerNetwork(speakers, drawn, note, kept);
    }

    /// <summary>
    /// When everyone talks about the same few subjects, every pair is linked and the drawing is a
    /// solid mass; then each speaker keeps only its strongest links (most shared subjects, contested
    /// first among equals), which still shows who clusters with whom.
    /// </summary>
    private static List<NetworkLink> Strongest(List<NetworkLink> links)
    {
        var speakers = links.SelectMany(l => new[] { l.Source, l.Target }).Distinct(StringComparer.Ordinal).Count();
        if (links.Count <= LinksPerSpeaker * speakers)
            return links;
        var kept = links.SelectMany(l => new[] { (Speaker: l.Source, Link: l), (Speaker: l.Target, Link: l) })
            .GroupBy(x => x.Speaker, StringComparer.Ordinal)
            .SelectMany(g => g.Select(x => x.Link).OrderByDescending(l => l.Shared.Count).ThenByDescending(l => l.Contested).Take(LinksPerSpeaker))
            .ToHashSet();
        return [.. links.Where(kept.Contains)];
    }

    private static List<NetworkLink> Links(IReadOnlyList<ReportStatement> statements, HashSet<string> drawn, IReadOnlyDictionary<string, string> names)
    {
        // subject → speaker → whether they stated, denied or both; pairs are only formed within a
        // subject, so the work grows with the speakers per subject, not with all pairs of speakers.
        var voices = new Dictionary<string, SortedDictionary<string, Voice>>(StringComparer.Ordinal);
        foreach (var s in statements.Where(s => drawn.Contains(s.Speaker)))
        {
            foreach (var subject in ReportBuilder.Subjects(s))
            {
                if (!voices.TryGetValue(subject, out var bySpeaker))
                    voices[subject] = bySpeaker = new SortedDictionary<string, Voice>(StringComparer.Ordinal);
                bySpeaker[s.Speaker] = bySpeaker.GetValueOrDefault(s.Speaker) | (s.Denial ? Voice.Denied : Voice.Stated);
            }
        }

        var pairs = new SortedDictionary<(string, string), (List<string> Shared, bool Contested)>();
        foreach (var (subject, bySpeaker) in voices.OrderBy(v => names[v.Key], StringComparer.OrdinalIgnoreCase))
        {
            var list = bySpeaker.ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    var key = (list[i].Key, list[j].Key);
                    var link = pairs.GetValueOrDefault(key, ([], false));
                    link.Shared.Add(subject);
                    pairs[key] = (link.Shared, link.Contested || Opposed(list[i].Value, list[j].Value));
                }
            }
        }

        return [.. pairs.Select(p => new NetworkLink(p.Key.Item1, p.Key.Item2, p.Value.Shared, p.Value.Contested, LinkLabel(p.Value.Shared, names)))];
    }

    private static bool Opposed(Voice a, Voice b) =>
        (a.HasFlag(Voice.Stated) && b.HasFlag(Voice.Denied)) || (a.HasFlag(Voice.Denied) && b.HasFlag(Voice.Stated));

    private static string Label(int statements, int denials, int articles) =>
        $"{Phrase.Count(statements, "statement")}{(denials > 0 ? $", including {Phrase.Count(denials, "denial")}," : "")} in {Phrase.Count(articles, "article")}";

    private static string LinkLabel(List<string> shared, IReadOnlyDictionary<string, string> names)
    {
        var shown = shared.Take(NamesInLinkLabel).Select(id => names[id]).ToList();
        if (shared.Count > NamesInLinkLabel)
            shown.Add($"{shared.Count - NamesInLinkLabel} more");
        return $"{Phrase.Count(shared.Count, "shared subject")}: {shown.Humanize("and")}";
    }
}
