using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests.Relations;

public class RelationExtractorTests
{
    private static List<string> Relations(string text)
    {
        var graph = Some.Graph("Headline of the test story\n" + text);
        string Name(string id) => graph.Entities.First(e => e.Id == id).Name;
        return [.. graph.Relations.Select(r => $"{r.Type} {Name(r.FromId)} -> {Name(r.ToId)}")];
    }

    [Theory]
    [InlineData("Troops could arrive in Russia's Kursk region soon.", "LocatedIn Kursk Oblast -> Russia")]
    [InlineData("Soldiers moved from Wonsan, North Korea, to the coast.", "LocatedIn Wonsan -> North Korea")]
    [InlineData("He spoke at a press conference in Rome, Italy, on Monday.", "LocatedIn Rome -> Italy")]
    [InlineData("Troops expected to be in Kursk, a Russian territory, soon.", "LocatedIn Kursk Oblast -> Russia")]
    [InlineData("A video showed a base in Russia's eastern Primorye region.", "LocatedIn Primorye -> Russia")]
    [InlineData("The missile was launched in Ukraine's Donetsk region.", "LocatedIn Donetsk -> Ukraine")]
    [InlineData("North Korean soldiers moved to training facilities in eastern Russia.", "TrainedAt North Korean troops -> Eastern Russia")]
    [InlineData("North Korean troops were sent to training sites in Vladivostok.", "TrainedAt North Korean troops -> Vladivostok")]
    [InlineData("North Korean troops had traveled to Russia for military training.", "TrainedAt North Korean troops -> Russia")]
    [InlineData("Images showed a training ground in Russia's Far East with hundreds of North Korean soldiers.", "TrainedAt North Korean troops -> Russian Far East")]
    [InlineData("The minister will also visit Aceh in Indonesia next week.", "LocatedIn Aceh -> Indonesia")]
    [InlineData("The firm owns the Olympic Dam mine in South Australia.", "LocatedIn Olympic Dam -> South Australia")]
    [InlineData("He lost both singles on the clay of Seville's Olympic Stadium.", "LocatedIn Olympic Stadium -> Seville")]
    [InlineData("Next he will visit the Thai beach resort of Phuket.", "LocatedIn Phuket -> Thailand")]
    [InlineData("Staff work at the headquarters in Edgware in north London.", "LocatedIn Edgware -> London")]
    [InlineData("Seventeen staff work at its offices in Kentish Town, London, and five in Leeds.", "LocatedIn Kentish Town -> London")]
    [InlineData("BOISE, Idaho (AP) \u2014 Rain closed three highways.", "LocatedIn Boise -> Idaho")]
    public void Extract_SupportedFact_IsFound(string text, string expected) =>
        Relations(text).ShouldContain(expected);

    [Theory]
    [InlineData("Troops trained hard and then rested.")]
    [InlineData("The minister visited Rome and then Italy's north.")]
    [InlineData("North Korean troops are in Russia, officials say.")]
    [InlineData("The soldiers boarded a train in Vladivostok with North Korean troops.")]
    public void Extract_NoSupport_EmitsNoRelation(string text) =>
        Relations(text).Where(r => r.StartsWith("TrainedAt", StringComparison.Ordinal) || r.Contains("Rome", StringComparison.Ordinal)).ShouldBeEmpty();

    [Theory]
    [InlineData("He visits Manchester, Liverpool, Leicester, Somerset, Shrewsbury and Dorset this week.")]
    [InlineData("Offices in Leeds, York and Sheffield will close.")]
    [InlineData("By selling the unit to Vantrix, Norway is able to avoid a fine.")]
    public void Extract_ListOfTowns_PairsNothing(string text) =>
        Relations(text).ShouldBeEmpty();

    [Fact]
    public void Extract_Relation_CarriesItsEvidenceSentence() =>
        Some.Graph("Headline of the test story\nFirst sentence here. Troops reached Russia's Kursk region today.")
            .Relations.ShouldHaveSingleItem().Evidence.ShouldBe("Troops reached Russia's Kursk region today.");
}
