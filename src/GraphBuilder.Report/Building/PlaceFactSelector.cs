using GraphBuilder.Report.Model;
using GraphBuilder.Store.Reading;

namespace GraphBuilder.Report.Building;

/// <summary>
/// Orders place facts for the page: where troops trained first, then the facts most articles support.
/// A layered drawing of thousands of facts is unreadable and takes minutes to lay out, so only the
/// first ones are drawn and listed.
/// </summary>
internal static class PlaceFactSelector
{
    public const int MaxDrawn = 150;
    public const int MaxListed = 500;

    public static PlaceFacts Select(IReadOnlyList<StoredFact> facts, IReadOnlyDictionary<string, string> names)
    {
        var listed = facts
            .OrderBy(f => f.Type == "TRAINED_AT" ? 0 : 1)
            .ThenByDescending(f => f.Articles.Count)
            .ThenBy(f => names[f.From.Id], StringComparer.OrdinalIgnoreCase)
            .ThenBy(f => names[f.To.Id], StringComparer.OrdinalIgnoreCase)
            .Take(MaxListed)
            .Select(f => new ReportFact(f.From.Id, f.Type, f.To.Id, f.Evidence, f.Articles, f.Source))
            .ToList();
        var drawn = Math.Min(MaxDrawn, listed.Count);
        var note = drawn == facts.Count ? ""
            : $"The {Phrase.Number(drawn)} best supported of {Phrase.Count(facts.Count, "fact")} are drawn, and the first {Phrase.Number(listed.Count)} listed.";
        return new PlaceFacts(listed, drawn, note);
    }
}
