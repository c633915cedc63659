using System.Globalization;
using GraphBuilder.Report.Model;
using GraphBuilder.Store.Reading;

namespace GraphBuilder.Report.Building;

/// <summary>Turns the graph as stored into what the page shows. Pure: the same graph and time give the same model.</summary>
internal static class ReportBuilder
{
    public const int DefaultSpeakersDrawn = 80;

    public static ReportModel Build(StoredGraph graph, int speakersDrawn, DateTimeOffset generatedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speakersDrawn, 1);

        // Articles in date order, undated last; statements in their articles' order and, within an
        // article, in the order the reader returned them (position in the text).
        var articles = graph.Statements.Select(s => s.Article).DistinctBy(a => a.Id)
            .OrderBy(a => a.Published is null).ThenBy(a => a.Published, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var rank = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var statements = graph.Statements
            .Select((s, index) => (s, index))
            .OrderBy(x => rank[x.s.Article.Id]).ThenBy(x => x.index)
            .Select(x => Statement(x.s))
            .ToList();

        var entities = graph.Statements.SelectMany(s => s.About.Prepend(s.Speaker))
            .Concat(graph.Facts.SelectMany(f => new[] { f.From, f.To }))
            .DistinctBy(e => e.Id)
            .OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(e => new ReportEntity(e.Id, e.Name, e.Type))
            .ToList();
        var names = entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);

        var network = SpeakerNetworkBuilder.Build(statements, names, speakersDrawn);
        var summary = new ReportSummary(
            $"{Phrase.Count(articles.Count, "article")}, {Phrase.Count(network.Speakers.Count, "speaker")}, " +
            $"{Phrase.Count(statements.Count, "statement")} ({Phrase.Count(statements.Count(s => s.Denial), "denial")})",
            string.Create(CultureInfo.InvariantCulture, $"Generated on {generatedAt.UtcDateTime:d MMMM yyyy} at {generatedAt.UtcDateTime:HH:mm} UTC"));

        return new ReportModel(
            summary,
            entities,
            [.. articles.Select(Article)],
            statements,
            network,
            ContestedClaimFinder.Find(statements, names),
            TimelineBuilder.Build(statements, names),
            PlaceFactSelector.Select(graph.Facts, names));
    }

    /// <summary>
    /// What a statement is about when claims are compared: its subjects, or, for a denial that names
    /// none ("dismissed the reports"), its speaker, the same rule as the contested-claims query.
    /// </summary>
    public static IReadOnlyList<string> Subjects(ReportStatement s) => s.About.Count == 0 && s.Denial ? [s.Speaker] : s.About;

    private static ReportStatement Statement(StoredStatement s) => new(
        s.Id, s.Speaker.Id, s.IsDenial, s.Verb ?? (s.IsDenial ? "denied" : "said"), s.Text, s.Article.Id, [.. s.About.Select(e => e.Id)]);

    private static ReportArticle Article(ArticleSummary a)
    {
        var date = a.Published is null ? null
            : DateOnly.TryParseExact(a.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
                : a.Published;
        var byline = string.Join(", ", new[] { a.Outlet, date }.OfType<string>());
        return new ReportArticle(
            a.Id,
            string.IsNullOrWhiteSpace(a.Title) ? a.File ?? a.Id : a.Title,
            a.Published,
            date ?? "date not given",
            byline.Length > 0 ? byline : "outlet and date not given");
    }
}
