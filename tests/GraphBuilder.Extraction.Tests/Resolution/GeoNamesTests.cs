using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests.Resolution;

/// <summary>GeoNames ids decide which place a name is: a region and a city of the same name stay two places.</summary>
public class GeoNamesTests
{
    private static Entity Place(CorpusSnapshot corpus, string alias) =>
        corpus.Entities.Single(e => e.Type is EntityType.Place or EntityType.Country && e.Aliases.Contains(alias));

    [Theory]
    [InlineData("Fighting went on in Russia's Kursk region on Monday.", "Russia's Kursk region", 538555, "Kursk Oblast")]
    [InlineData("Officials in Kursk Oblast ordered an evacuation.", "Kursk Oblast", 538555, "Kursk Oblast")]
    [InlineData("Drones struck the city of Kursk overnight, Russia said.", "Kursk", 538560, "Kursk")]
    [InlineData("Shelling was heard in Donetsk again, Ukraine's army said.", "Donetsk", 709717, "Donetsk")]
    [InlineData("The talks will be held in Paris next week.", "Paris", 2988507, "Paris")]
    [InlineData("Georgia said it would not join the alliance.", "Georgia", 614540, "Georgia")]
    [InlineData("Voters in Scotland went to the polls.", "Scotland", 2638360, "Scotland")]
    [InlineData("South Korea's spy agency said it had seen the troops.", "South Korea", 1835841, "South Korea")]
    public void Place_CarriesItsGeoNamesId(string text, string alias, int geoNamesId, string name)
    {
        var place = Place(Some.Corpus(text), alias);
        place.GeoNamesId.ShouldBe(geoNamesId);
        place.Name.ShouldBe(name);
    }

    [Fact]
    public void RegionAndCityOfOneName_AreTwoPlaces_AndTheRegionOneNodeHoweverNamed()
    {
        var corpus = Some.Corpus(
            "Troops were seen in the Kursk region, officials said.",
            "Officials in Kursk Oblast said the troops had left.",
            "Fighting reached Russia's Kursk region on Monday.",
            "Drones hit the city of Kursk overnight.");

        var region = Place(corpus, "Kursk Oblast");
        region.Aliases.ShouldContain("Russia's Kursk region");
        corpus.Entities.Count(e => e.GeoNamesId == 538555).ShouldBe(1);
        corpus.Entities.Count(e => e.GeoNamesId == 538560).ShouldBe(1);
        corpus.Entities.Single(e => e.GeoNamesId == 538560).Id.ShouldNotBe(region.Id);
    }

    [Theory]
    [InlineData("Drones hit the city of Kursk. The Kursk region was put on alert.", "Kursk", "place:kursk-oblast")] // city → its division
    [InlineData("Drones hit the city of Kursk, Russia said.", "Kursk", "country:russia")] // no division named: the country
    [InlineData("Troops were moved to Kursk Oblast, Russia said.", "Kursk Oblast", "country:russia")]
    [InlineData("Rain fell on Rome and on Milan.", "Rome", null)] // the country is never named
    public void Place_IsWithinTheNearestContainerTheCorpusNames(string text, string alias, string? within) =>
        Place(Some.Corpus(text), alias).Within.ShouldBe(within);

    /// <summary>A dateline writes its city in capitals; it is the same node as the city named in the text.</summary>
    [Theory]
    [InlineData("KYIV, Ukraine (AP) \u2014 Officials said power was back.", "In Kyiv, the mayor said the metro ran again.", "KYIV", "Kyiv")]
    [InlineData("WASHINGTON (Reuters) - The senator said the bill would pass.", "Officials in Washington said little.", "WASHINGTON", "Washington")]
    [InlineData("NAIROBI, Kenya, March 3 (Reuters) - The minister said fuel prices would fall.", "Traders in Nairobi said they doubted it.", "NAIROBI", "Nairobi")]
    [InlineData("LAGOS, Nigeria \u2014 The governor said the bridge would open.", "Residents of Lagos said they were relieved.", "LAGOS", "Lagos")]
    public void UppercaseDateline_IsTheCityTheTextNames(string dateline, string text, string alias, string name)
    {
        var corpus = Some.Corpus(dateline, text);

        var city = Place(corpus, alias);
        city.Name.ShouldBe(name);
        city.Aliases.ShouldContain(name);
        corpus.Entities.Count(e => e.Name == name).ShouldBe(1);
    }
}
