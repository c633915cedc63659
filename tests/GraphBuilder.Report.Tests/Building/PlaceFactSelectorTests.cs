using GraphBuilder.Report.Building;
using GraphBuilder.Store.Reading;
using static GraphBuilder.Report.Tests.Stored;

namespace GraphBuilder.Report.Tests.Building;

public class PlaceFactSelectorTests
{
    private static readonly StoredEntity Troops = new("group:troops", "North Korean troops", "MilitaryUnit");
    private static readonly StoredEntity Russia = Country("Russia");

    private static StoredFact LocatedIn(StoredEntity place, StoredEntity parent, int articles = 1) =>
        new(place, "LOCATED_IN", parent, $"{place.Name}, {parent.Name}", [.. Enumerable.Range(0, articles).Select(i => $"article {i}")]);

    private static GraphBuilder.Report.Model.PlaceFacts Select(params StoredFact[] facts) =>
        ReportBuilder.Build(new StoredGraph([], facts), 10, DateTimeOffset.UnixEpoch).Places;

    [Fact]
    public void Select_TrainingFirst_ThenTheBestSupported_AllDrawnWhenFew()
    {
        var kursk = LocatedIn(Place("Kursk"), Russia, articles: 1);
        var primorye = LocatedIn(Place("Primorye"), Russia, articles: 3);
        var trained = new StoredFact(Troops, "TRAINED_AT", Place("Primorye"), "trained in Primorye", ["a"]);

        var places = Select(kursk, primorye, trained);

        places.Facts.Select(f => (f.From, f.To)).ShouldBe([(Troops.Id, "place:primorye"), ("place:primorye", Russia.Id), ("place:kursk", Russia.Id)]);
        places.Drawn.ShouldBe(3);
        places.Note.ShouldBe("");
    }

    [Fact]
    public void Select_GazetteerContainment_KeepsItsSource()
    {
        var gazetteer = new StoredFact(Place("Kursk"), "LOCATED_IN", Russia, null, []) { Source = "gazetteer" };

        var places = Select(gazetteer, LocatedIn(Place("Primorye"), Russia));

        places.Facts.Select(f => f.Source).ShouldBe(["text", "gazetteer"]);
        places.Facts[1].Evidence.ShouldBeNull();
    }

    [Fact]
    public void Select_ThousandsOfFacts_DrawsAndListsTheFirst_AndSaysSo()
    {
        var facts = Enumerable.Range(0, 600).Select(i => LocatedIn(Place($"Village {i}"), Russia, articles: i % 4 + 1)).ToArray();

        var places = Select(facts);

        places.Drawn.ShouldBe(PlaceFactSelector.MaxDrawn);
        places.Facts.Count.ShouldBe(PlaceFactSelector.MaxListed);
        places.Facts.Take(places.Drawn).ShouldAllBe(f => f.Articles.Count == 4);
        places.Note.ShouldBe("The 150 best supported of 600 facts are drawn, and the first 500 listed.");
    }
}
