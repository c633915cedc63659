using GraphBuilder.Report.Building;
using GraphBuilder.Report.Model;
using GraphBuilder.Store.Reading;
using static GraphBuilder.Report.Tests.Stored;

namespace GraphBuilder.Report.Tests.Building;

public class ReportBuilderTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 22, 12, 5, 0, TimeSpan.Zero);

    private static readonly StoredEntity Austin = Person("Lloyd Austin");
    private static readonly StoredEntity Kirby = Person("John Kirby");
    private static readonly StoredEntity Kursk = Place("Kursk");
    private static readonly StoredEntity Russia = Country("Russia");

    private static ReportModel Build(StoredGraph graph, int drawn = ReportBuilder.DefaultSpeakersDrawn) => ReportBuilder.Build(graph, drawn, Noon);

    [Fact]
    public void Build_Statements_AreInDateOrder_UndatedLast_AndInTextOrderWithinAnArticle()
    {
        var late = Article("late", "2024-10-24");
        var early = Article("early", "2024-10-23");
        var undated = Article("undated");
        var model = Build(Graph(
            Said(Austin, "undated one", undated),
            Said(Austin, "late one", late),
            Said(Kirby, "early first", early),
            Said(Austin, "early second", early)));

        model.Statements.Select(s => s.Text).ShouldBe(["early first", "early second", "late one", "undated one"]);
    }

    [Fact]
    public void Build_Articles_ShowOutletAndDateAsOnePhrase_WithReadableFallbacks()
    {
        var model = Build(Graph(
            Said(Austin, "a", Article("full", "2024-10-23", "CNBC")),
            Said(Austin, "b", Article("dated", "2024-10-23")),
            Said(Austin, "c", Article("bare", title: "  "))));

        var articles = model.Articles.ToDictionary(a => a.Id);
        articles["full"].Byline.ShouldBe("CNBC, 23 October 2024");
        articles["dated"].Byline.ShouldBe("23 October 2024");
        articles["bare"].Byline.ShouldBe("outlet and date not given");
        articles["bare"].Date.ShouldBe("date not given");
        articles["bare"].Title.ShouldBe("bare.txt", "an article without a headline is known by its file");
    }

    [Fact]
    public void Build_Headline_CountsArticlesSpeakersStatementsAndDenials()
    {
        var article = Article("a1");
        var model = Build(Graph(Said(Austin, "x", article, Kursk), Denied(Kirby, "y", article, Kursk), Said(Austin, "z", article)));

        model.Summary.Headline.ShouldBe("1 article, 2 speakers, 3 statements (1 denial)");
        Build(Graph([.. Enumerable.Range(0, 1234).Select(i => Said(Austin, "x", article))])).Summary.Headline.ShouldStartWith("1 article, 1 speaker, 1,234 statements");
        model.Summary.Generated.ShouldBe("Generated on 22 November 2026 at 12:05 UTC");
    }

    [Fact]
    public void Build_Timelines_OfferSubjectsMostDiscussedFirst()
    {
        var article = Article("a1");
        var model = Build(Graph(Said(Austin, "x", article, Kursk, Russia), Said(Kirby, "y", article, Kursk), Said(Kirby, "z", article)));

        model.Timelines.Subjects.Select(t => t.Label).ShouldBe(["Kursk (2 statements)", "Russia (1 statement)"]);
        model.Timelines.Subjects[0].Statements.Count.ShouldBe(2);
        model.Timelines.Note.ShouldBe("");
    }

    [Fact]
    public void Build_Entities_AreEverySpeakerSubjectAndPlaceNamed_Once()
    {
        var article = Article("a1");
        var graph = new StoredGraph(
            [Said(Austin, "x", article, Kursk), Said(Kirby, "y", article, Kursk, Austin)],
            [new StoredFact(Kursk, "LOCATED_IN", Russia, "Kursk, Russia", ["Title of a1"])]);

        var model = Build(graph);

        model.Entities.Select(e => e.Name).ShouldBe(["John Kirby", "Kursk", "Lloyd Austin", "Russia"]);
        var fact = model.Places.Facts.ShouldHaveSingleItem();
        (fact.From, fact.Type, fact.To, fact.Evidence).ShouldBe((Kursk.Id, "LOCATED_IN", Russia.Id, "Kursk, Russia"));
        fact.Articles.ShouldBe(["Title of a1"]);
    }

    [Fact]
    public void Build_NoSpeakersToDraw_IsRefused() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Build(Graph(), drawn: 0));

    [Fact]
    public void Subjects_OfADenialThatNamesNone_IsItsSpeaker()
    {
        var denial = new ReportStatement("d", Kirby.Id, Denial: true, "deny", "the accusations", "a1", []);
        ReportBuilder.Subjects(denial).ShouldBe([Kirby.Id]);
        ReportBuilder.Subjects(denial with { Denial = false }).ShouldBeEmpty();
    }
}
