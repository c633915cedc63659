using GraphBuilder.Report.Building;
using GraphBuilder.Report.Model;
using GraphBuilder.Store.Reading;
using static GraphBuilder.Report.Tests.Stored;

namespace GraphBuilder.Report.Tests.Building;

public class ContestedClaimFinderTests
{
    private static readonly StoredEntity Austin = Person("Lloyd Austin");
    private static readonly StoredEntity Kirby = Person("John Kirby");
    private static readonly StoredEntity Peskov = Person("Dmitry Peskov");
    private static readonly StoredEntity Kursk = Place("Kursk");
    private static readonly ArticleSummary One = Article("one");

    private static IReadOnlyList<ContestedClaim> Claims(params StoredStatement[] statements) =>
        ReportBuilder.Build(Graph(statements), 10, DateTimeOffset.UnixEpoch).Contested.Claims;

    [Fact]
    public void Find_StatedByOneDeniedByAnother_PutsBothSidesTogether()
    {
        var stated = Said(Austin, "troops are in Kursk", One, Kursk);
        var alsoStated = Said(Kirby, "they reached Kursk", One, Kursk);
        var denied = Denied(Peskov, "any troops in Kursk", One, Kursk);

        var claim = Claims(stated, alsoStated, denied).ShouldHaveSingleItem();

        claim.Subject.ShouldBe(Kursk.Id);
        claim.Stated.ShouldBe([stated.Id, alsoStated.Id]);
        claim.Denied.ShouldBe([denied.Id]);
        claim.Label.ShouldBe("2 statements against 1 denial");
    }

    [Fact]
    public void Find_ASpeakerWhoDeniesWhatTheyAlsoSaid_IsNotAContest() =>
        Claims(Said(Peskov, "Kursk is calm", One, Kursk), Denied(Peskov, "any troops in Kursk", One, Kursk)).ShouldBeEmpty();

    [Fact]
    public void Find_ADenialThatNamesNoSubject_IsAboutItsSpeaker() =>
        Claims(Said(Austin, "Peskov's office knows", One, Peskov), Denied(Peskov, "the accusations", One))
            .ShouldHaveSingleItem().Subject.ShouldBe(Peskov.Id);

    [Fact]
    public void Find_OnlyStatements_IsNoContest() =>
        Claims(Said(Austin, "a", One, Kursk), Said(Kirby, "b", One, Kursk)).ShouldBeEmpty();

    [Fact]
    public void Find_ManyStatementsOnASide_ShowsTheLatest_AndCountsThemAll()
    {
        var said = Enumerable.Range(1, 25).Select(i => Said(Austin, $"claim {i}", Article($"a{i:D2}", $"2024-10-{i:D2}"), Kursk)).ToArray();
        var claims = ReportBuilder.Build(Graph([.. said, Denied(Peskov, "none of it", One, Kursk)]), 10, DateTimeOffset.UnixEpoch).Contested;

        var claim = claims.Claims.ShouldHaveSingleItem();
        claim.Stated.ShouldBe(said[^ContestedClaimFinder.MaxPerSide..].Select(s => s.Id));
        claim.Label.ShouldBe("25 statements against 1 denial; the latest 10 of each side are shown");
        claims.Note.ShouldBe("");
    }

    [Fact]
    public void Find_MoreContestedSubjectsThanShown_KeepsTheMostDiscussed_AndSaysSo()
    {
        var towns = Enumerable.Range(1, ContestedClaimFinder.MaxClaims + 5).Select(i => Place($"Town {i}")).ToList();
        var statements = towns.SelectMany((town, i) => Enumerable.Range(0, i % 3 + 1).Select(_ => Said(Austin, "troops there", One, town)).Append(Denied(Peskov, "no troops", One, town)));

        var claims = ReportBuilder.Build(Graph([.. statements]), 10, DateTimeOffset.UnixEpoch).Contested;

        claims.Claims.Count.ShouldBe(ContestedClaimFinder.MaxClaims);
        claims.Note.ShouldBe("The 50 most discussed of 55 contested subjects are shown.");
        claims.Claims.Select(c => c.Stated.Count).ShouldBeInOrder(SortDirection.Descending);
    }
}
