using System.Globalization;
using GraphBuilder.Report.Model;
using GraphBuilder.Store.Reading;
using Humanizer;

namespace GraphBuilder.Report.Building;

/// <summary>Turns the graph as stored into what the page shows. Pure: the same graph and time give the same model.</summary>
internal static class ReportBuilder
{
    public const int DefaultSpeakersDrawn = 80;

    public static ReportModel Build(StoredGraph graph, int speakersDrawn, DateTimeOffset generatedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(speakersDrawn, 1);

        var articles = graph.Statements.Select(s => s.Article).DistinctBy(a => a.Id).ToDictionary(a => a.Id, Article, StringComparer.Ordinal);

        // Date order, undated last; within an article, the order the reader returned (position in the text).
        var statements = graph.Statements
            .Select((s, index) => (s, index))
            .OrderBy(x => x.s.Article.Published is null)
            .ThenBy(x => x.s.Article.Published, StringComparer.Ordinal)
            .ThenBy(x => x.s.Article.Id, StringComparer.Ordinal)
            .ThenBy(x => x.index)
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
            $"{"article".ToQuantity(articles.Count)}, {"speaker".ToQuantity(network.Speakers.Count)}, " +
            $"{"statement".ToQuantity(statements.Count)} ({"denial".ToQuantity(statements.Count(s => s.Denial))})",
            string.Create(CultureInfo.InvariantCulture, $"Generated on {generatedAt.UtcDateTime:d MMMM yyyy} at {generatedAt.UtcDateTime:HH:mm} UTC"));

        return new ReportModel(
            summary,
            entities,
            [.. articles.Values.OrderBy(a => a.Published is null).ThenBy(a => a.Published, StringComparer.Ordinal).ThenBy(a => a.Title, StringComparer.Ordinal)],
            statements,
            network,
            ContestedClaimFinder.Find(statements, names),
            Timelines(statements, names),
            [.. graph.Facts.Select(f => new ReportFact(f.From.Id, f.Type, f.To.Id, f.Evidence, f.Articles))]);
    }

    /// <summary>
    /// What a statement is about when claims are compared: its subjects, or, for a denial that names
    /// none ("dismissed the reports"), its speaker, the same rule as the contested-claims query.
    /// </summary>
    public static IReadOnlyList<string> Subjects(ReportStatement s) => s.About.Count == 0 && s.Denial ? [s.Speaker] : s.About;

    private static List<TimelineSubject> Timelines(List<ReportStatement> statements, Dictionary<string, string> names) =>
        [.. statements.SelectMany(s => s.About).CountBy(id => id)
            .OrderByDescending(x => x.Value).ThenBy(x => names[x.Key], StringComparer.OrdinalIgnoreCase)
            .Select(x => new TimelineSubject(x.Key, $"{names[x.Key]} ({"statement".ToQuantity(x.Value)})"))];

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
