using GraphBuilder.Report.Building;
using GraphBuilder.Report.Model;
using static GraphBuilder.Report.Tests.Stored;

namespace GraphBuilder.Report.Tests.Building;

public class TimelineBuilderTests
{
    private static Timelines Timelines(params GraphBuilder.Store.Reading.StoredStatement[] statements) =>
        ReportBuilder.Build(Graph(statements), 10, DateTimeOffset.UnixEpoch).Timelines;

    [Fact]
    public void Build_ASubjectWithVeryManyStatements_ListsTheLatest_InDateOrder()
    {
        var kursk = Place("Kursk");
        var said = Enumerable.Range(0, TimelineBuilder.MaxStatements + 20)
            .Select(i => Said(Person("Lloyd Austin"), $"s{i}", Article($"a{i:D4}", DateOnly.FromDayNumber(738000 + i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), kursk))
            .Reverse().ToArray();

        var subject = Timelines(said).Subjects.ShouldHaveSingleItem();

        subject.Statements.Count.ShouldBe(TimelineBuilder.MaxStatements);
        subject.Statements.ShouldBe(said.Reverse().Skip(20).Select(s => s.Id));
        subject.Note.ShouldBe("The 300 latest of 320 statements are listed.");
        subject.Label.ShouldBe("Kursk (320 statements)");
    }

    [Fact]
    public void Build_MoreSubjectsThanOffered_KeepsTheMostDiscussed_AndSaysSo()
    {
        var places = Enumerable.Range(0, TimelineBuilder.MaxSubjects + 1).Select(i => Place($"Town {i}")).ToArray();
        var timelines = Timelines(Said(Person("Lloyd Austin"), "everywhere", Article("a"), places), Said(Person("John Kirby"), "here", Article("a"), places[^1]));

        timelines.Subjects.Count.ShouldBe(TimelineBuilder.MaxSubjects);
        timelines.Subjects[0].Entity.ShouldBe(places[^1].Id);
        timelines.Note.ShouldBe("The 200 most discussed of 201 subjects are offered.");
    }
}
