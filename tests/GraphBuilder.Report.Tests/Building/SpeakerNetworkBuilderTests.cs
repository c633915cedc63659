using GraphBuilder.Report.Building;
using GraphBuilder.Report.Model;
using GraphBuilder.Store.Reading;
using static GraphBuilder.Report.Tests.Stored;

namespace GraphBuilder.Report.Tests.Building;

public class SpeakerNetworkBuilderTests
{
    private static readonly StoredEntity Austin = Person("Lloyd Austin");
    private static readonly StoredEntity Kirby = Person("John Kirby");
    private static readonly StoredEntity Peskov = Person("Dmitry Peskov");
    private static readonly StoredEntity Kursk = Place("Kursk");
    private static readonly StoredEntity Russia = Country("Russia");
    private static readonly ArticleSummary One = Article("one");
    private static readonly ArticleSummary Two = Article("two");

    private static SpeakerNetwork Network(int drawn, params StoredStatement[] statements) =>
        ReportBuilder.Build(Graph(statements), drawn, DateTimeOffset.UnixEpoch).Network;

    [Fact]
    public void Build_Speakers_AreRankedByStatements_WithTheirCountsAsAPhrase()
    {
        var network = Network(10,
            Said(Kirby, "a", One), Said(Austin, "b", One), Said(Austin, "c", Two), Denied(Austin, "d", Two));

        network.Speakers.Select(s => s.Entity).ShouldBe([Austin.Id, Kirby.Id]);
        network.Speakers[0].Label.ShouldBe("3 statements, including 1 denial, in 2 articles");
        network.Speakers[1].Label.ShouldBe("1 statement in 1 article");
        network.Note.ShouldBe("All 2 speakers are drawn.");
    }

    [Fact]
    public void Build_SpeakersWhoShareASubject_AreLinked_WithTheSharedSubjectsNamed()
    {
        var network = Network(10,
            Said(Austin, "a", One, Kursk, Russia), Said(Kirby, "b", One, Kursk, Russia), Said(Peskov, "c", One));

        var link = network.Links.ShouldHaveSingleItem();
        new[] { link.Source, link.Target }.ShouldBe(new[] { Austin.Id, Kirby.Id }, ignoreOrder: true);
        link.Shared.ShouldBe([Kursk.Id, Russia.Id]);
        link.Contested.ShouldBeFalse();
        link.Label.ShouldBe("2 shared subjects: Kursk and Russia");
    }

    [Fact]
    public void Build_OneDeniesWhatTheOtherStated_MakesTheLinkContested()
    {
        var network = Network(10, Said(Austin, "troops are in Kursk", One, Kursk), Denied(Peskov, "any troops in Kursk", Two, Kursk));

        network.Links.ShouldHaveSingleItem().Contested.ShouldBeTrue();
    }

    [Fact]
    public void Build_ADenialThatNamesNoSubject_IsAboutItsSpeaker()
    {
        var network = Network(10, Said(Austin, "Peskov's office knows", One, Peskov), Denied(Peskov, "the accusations", One));

        var link = network.Links.ShouldHaveSingleItem();
        link.Shared.ShouldBe([Peskov.Id]);
        link.Contested.ShouldBeTrue();
    }

    [Fact]
    public void Build_MoreSpeakersThanDrawn_LinksOnlyTheMostQuoted_AndSaysSo()
    {
        var network = Network(2,
            Said(Austin, "a", One, Kursk), Said(Austin, "b", One, Kursk), Said(Kirby, "c", One, Kursk), Said(Kirby, "d", One), Said(Peskov, "e", One, Kursk));

        network.Drawn.ShouldBe(2);
        network.Speakers.Count.ShouldBe(3, "every speaker is still listed");
        network.Links.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            l => l.Source.ShouldNotBe(Peskov.Id),
            l => l.Target.ShouldNotBe(Peskov.Id));
        network.Note.ShouldBe("The 2 most quoted of 3 speakers are drawn; the list has them all.");
    }

    [Fact]
    public void Build_ManySharedSubjects_NamesTheFirstFiveAndCountsTheRest()
    {
        var places = Enumerable.Range(1, 8).Select(i => Place($"Town {i}")).ToArray();
        var network = Network(10, Said(Austin, "a", One, places), Said(Kirby, "b", One, places));

        network.Links.ShouldHaveSingleItem().Label.ShouldBe("8 shared subjects: Town 1, Town 2, Town 3, Town 4, Town 5 and 3 more");
    }

    [Fact]
    public void Build_EveryoneTalksAboutEverything_KeepsEachSpeakersStrongestLinks_AndSaysSo()
    {
        var speakers = Enumerable.Range(0, 12).Select(i => Person($"Speaker {i}")).ToList();
        // Speakers 0 and 1 share three subjects; everyone shares Kursk.
        var statements = speakers.Select(p => Said(p, "Kursk", One, Kursk))
            .Concat(speakers.Take(2).Select(p => Said(p, "more", One, Russia, Place("Moscow"), Place("Rostov"))));

        var network = Network(20, [.. statements]);

        network.Links.Count.ShouldBeLessThanOrEqualTo(SpeakerNetworkBuilder.LinksPerSpeaker * 12);
        network.Links.ShouldContain(l => l.Shared.Count == 4, "the strongest pair is always kept");
        network.Speakers.Select(s => s.Entity).ShouldAllBe(id => network.Links.Any(l => l.Source == id || l.Target == id), "no speaker is cut off");
        network.Note.ShouldEndWith($"Each speaker's 4 strongest links are drawn ({network.Links.Count} of 66 links).");
    }
}
