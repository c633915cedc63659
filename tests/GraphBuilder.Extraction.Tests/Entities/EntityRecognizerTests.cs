using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests.Entities;

public class EntityRecognizerTests
{
    private static Entity? Find(string text, string name) => Some.Graph("Headline of the test story\n" + text).Entity(name);

    [Theory]
    [InlineData("Defense Secretary Lloyd Austin spoke on Monday.", "Lloyd Austin", EntityType.Person)]
    [InlineData("Kremlin spokesperson Dmitry Peskov spoke on Monday.", "Dmitry Peskov", EntityType.Person)]
    [InlineData("Lt. Gen. Kyrylo Budanov spoke on Monday.", "Kyrylo Budanov", EntityType.Person)]
    [InlineData("Secretary of State Antony Blinken spoke on Monday.", "Antony Blinken", EntityType.Person)]
    [InlineData("The talks with Chancellor Olaf Scholz ended on Monday.", "Olaf Scholz", EntityType.Person)]
    [InlineData("Mr. Holtz-Eakin spoke on Monday.", "Holtz-Eakin", EntityType.Person)]
    [InlineData("The Council on Foreign Relations published a study.", "Council on Foreign Relations", EntityType.Organization)]
    [InlineData("The State Department published a study.", "State Department", EntityType.Organization)]
    [InlineData("Troops of the Storm Corps moved on Monday.", "Storm Corps", EntityType.MilitaryUnit)]
    [InlineData("Vessels from Russia's Pacific Fleet arrived.", "Russia's Pacific Fleet", EntityType.MilitaryUnit)]
    [InlineData("Soldiers moved to Wonsan, North Korea, on Monday.", "Wonsan", EntityType.Place)]
    [InlineData("Troops could arrive in Russia's Kursk region soon.", "Kursk Oblast", EntityType.Place)]
    [InlineData("Shelling hit Ukraine's Donetsk region again.", "Donetsk", EntityType.Place)]
    [InlineData("Ships moved to training sites in Vladivostok on Monday.", "Vladivostok", EntityType.Place)]
    [InlineData("The DPRK sent troops on Monday.", "North Korea", EntityType.Country)]
    [InlineData("North Korean soldiers arrived on Monday.", "North Korea", EntityType.Country)]
    [InlineData("North Korean troops arrived on Monday.", "North Korean troops", EntityType.Group)]
    [InlineData("Thousands of Russian soldiers arrived on Monday.", "Russian troops", EntityType.Group)]
    [InlineData("Brokers at Tokai Securities expect a rally.", "Tokai Securities", EntityType.Organization)]
    [InlineData("BOISE, Idaho (AP) \u2014 Rain closed three highways.", "Boise", EntityType.Place)]
    [InlineData("WASHINGTON, D.C. (AP) \u2014 Rain closed three highways.", "Washington", EntityType.Place)]
    [InlineData("President Obama said the bill would pass. Critics say the president is wrong.", "Obama", EntityType.Person)]
    [InlineData("Relief workers from Harbour Aid reached the town.", "Harbour Aid", EntityType.Organization)]
    [InlineData("Shares in Northfield Resources fell on Tuesday.", "Northfield Resources", EntityType.Organization)]
    [InlineData("The Welsh Executive announced new funding.", "Welsh Executive", EntityType.Organization)]
    [InlineData("A spokesman for Granite Capital declined to comment.", "Granite Capital", EntityType.Organization)]
    [InlineData("Shares in rival Vantrix rose. Vantrix said it would bid again.", "Vantrix", EntityType.Organization)]
    [InlineData("The offer came from Oslo-based Brennhold on Monday.", "Brennhold", EntityType.Organization)]
    [InlineData("Tom Ruddock of the Courier said the remark was odd.", "Courier", EntityType.Organization)]
    [InlineData("Ina Moss runs the mobile content firm Zorbit in Leeds.", "Zorbit", EntityType.Organization)]
    [InlineData("Keeper Petr Cech made a fine save.", "Petr Cech", EntityType.Person)]
    [InlineData("Last week I met Larry King at the studio.", "Larry King", EntityType.Person)]
    [InlineData("Mr. King said the show would go on.", "King", EntityType.Person)]
    [InlineData("Staff at games developer Argonaut Games were told on Monday.", "Argonaut Games", EntityType.Organization)]
    [InlineData("Police officials said the road would stay closed.", "Police", EntityType.Organization)]
    [InlineData("The Marlow campaign spent little. Ina Marlow said it was fine.", "Ina Marlow", EntityType.Person)]
    [InlineData("She spoke at the Harlan County library.", "Harlan County", EntityType.Place)]
    [InlineData("Rallies at the Harlan County Republican headquarters drew crowds.", "Harlan County", EntityType.Place)]
    [InlineData("Orleans Parish Sheriff Tom Kane said the jail was full.", "Tom Kane", EntityType.Person)]
    [InlineData("Orleans Parish Sheriff Tom Kane said the jail was full.", "Orleans Parish", EntityType.Place)]
    [InlineData("The Harlan County Council voted on Monday.", "Harlan County Council", EntityType.Organization)]
    [InlineData("President Lee Park met the envoy on Monday.", "Lee Park", EntityType.Person)]
    [InlineData("Referee Graham Poll sent him off on Saturday.", "Graham Poll", EntityType.Person)]
    [InlineData("Britain said it would send more aid.", "United Kingdom", EntityType.Country)]
    [InlineData("Turkey closed the strait to warships.", "T\u00fcrkiye", EntityType.Country)]
    [InlineData("Peacekeepers left Bosnia in the spring.", "Bosnia and Herzegovina", EntityType.Country)]
    [InlineData("The Soviet Union tested a new missile on Tuesday.", "Soviet Union", EntityType.Country)]
    [InlineData("Tass said the USSR would answer in kind.", "Soviet Union", EntityType.Country)]
    [InlineData("Talks between East Germany and West Germany resumed.", "East Germany", EntityType.Country)]
    [InlineData("Talks between East Germany and West Germany resumed.", "West Germany", EntityType.Country)]
    [InlineData("Yugoslavia and Czechoslovakia signed the accord.", "Czechoslovakia", EntityType.Country)]
    [InlineData("Soviet troops crossed the border at dawn.", "Soviet troops", EntityType.Group)]
    public void Recognize_NameInContext_HasType(string text, string name, EntityType type) =>
        Find(text, name).ShouldNotBeNull().Type.ShouldBe(type);

    [Fact]
    public void Recognize_Gaza_IsTheStripNotMozambiquesProvince() =>
        Find("Rockets were fired from Gaza overnight.", "Gaza").ShouldNotBeNull().GeoNamesId.ShouldNotBe(1046058);

    [Fact]
    public void Recognize_AcronymWithExpansion_IsOneOrganization()
    {
        var graph = Some.Graph("Headline of the test story\nSouth Korea's National Intelligence Service (NIS) briefed lawmakers. The NIS said more would come.");
        var nis = graph.Entity("NIS").ShouldNotBeNull();
        nis.Type.ShouldBe(EntityType.Organization);
        nis.Aliases.ShouldContain("South Korea's National Intelligence Service");
    }

    [Fact]
    public void Recognize_SurnameThatIsAlsoACity_IsThePerson()
    {
        var graph = Some.Graph("Headline of the test story\nDefense Secretary Lloyd Austin spoke in Rome. Later, Austin met allies.");
        graph.Entities.ShouldNotContain(e => e.Type == EntityType.Place && e.Name == "Austin");
        graph.Entity("Lloyd Austin").ShouldNotBeNull().Aliases.ShouldContain("Austin");
    }

    [Theory]
    [InlineData("Pundits have described the video as fake.", "Pundits")]
    [InlineData("Compiling reports from many sources, the paper went to print.", "Compiling")]
    [InlineData("A New York-based think tank published a report.", "New York-based")]
    [InlineData("Some commentators say the West reacts slowly.", "West")]
    [InlineData("Keeper Petr Cech made a fine save.", "Keeper Petr Cech")]
    [InlineData("Called Zoomly, the site reads the news aloud.", "Called Zoomly")]
    [InlineData("Research has found that old phones help.", "Research")]
    public void Recognize_CapitalisedOrdinaryWord_IsNoEntity(string text, string word) =>
        Find(text, word).ShouldBeNull();

    [Fact]
    public void Recognize_NameQualifyingANoun_IsNoOrganisation() =>
        Some.Graph("Headline of the test story\nThe Marlow campaign spent little. Ina Marlow said it was fine. Marlow said so again.")
            .Entities.ShouldNotContain(e => e.Type == EntityType.Organization);

    [Fact]
    public void Recognize_Demonym_IsAnAliasOfItsCountry() =>
        Find("American officials briefed reporters. The United States agreed.", "United States").ShouldNotBeNull().Aliases.ShouldContain("American");
}
