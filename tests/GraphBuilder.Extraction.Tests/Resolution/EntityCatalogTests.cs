using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;

namespace GraphBuilder.Extraction.Tests.Resolution;

public class EntityCatalogTests
{
    private static Entity E(string id, string name, EntityType type, params string[] aliases) => new(id, name, type, [name, .. aliases]);

    [Fact]
    public void Build_SurnameAlone_JoinsTheUniqueFullName()
    {
        var catalog = new EntityCatalog();
        catalog.Add([E("person:volodymyr-zelensky", "Volodymyr Zelenskyy", EntityType.Person), E("country:ukraine", "Ukraine", EntityType.Country)]);
        catalog.Add([E("person:zelensky", "Zelensky", EntityType.Person), E("country:ukraine", "Ukraine", EntityType.Country)]);
        var (entities, canonical) = catalog.Build();
        canonical["person:zelensky"].ShouldBe("person:volodymyr-zelensky");
        entities.Single(e => e.Type == EntityType.Person).Aliases.ShouldBe(["Volodymyr Zelenskyy", "Zelensky"]);
    }

    /// <summary>
    /// A surname alone joins a full name of another article only with evidence beyond the surname:
    /// Adaeze Okonkwo is mayor in a story naming Lagos and the Federal Roads Agency (FRA); Emeka
    /// Okonkwo is a lawyer in a story naming Abuja.
    /// </summary>
    [Theory]
    [InlineData("Lagos", null, "person:adaeze-okonkwo")] // the same city around both
    [InlineData("FRA", null, "person:adaeze-okonkwo")] // an acronym the other article expands
    [InlineData("Kano", "Mayor", "person:adaeze-okonkwo")] // the same title
    [InlineData("Abuja", null, "person:emeka-okonkwo")] // the other one's city
    [InlineData("Kano", null, "person:okonkwo")] // nothing but the surname
    [InlineData("Kano", "governor", "person:okonkwo")]
    public void Build_SurnameAloneInAnotherArticle_JoinsOnlyWithSharedEvidence(string around, string? title, string expected)
    {
        var catalog = new EntityCatalog();
        catalog.Add(
            [E("person:adaeze-okonkwo", "Adaeze Okonkwo", EntityType.Person), E("place:lagos", "Lagos", EntityType.Place), E("org:federal-roads-agency", "Federal Roads Agency", EntityType.Organization, "FRA")],
            [new Role("person:adaeze-okonkwo", "mayor", null, "article:1")]);
        catalog.Add(
            [E("person:emeka-okonkwo", "Emeka Okonkwo", EntityType.Person), E("place:abuja", "Abuja", EntityType.Place)],
            [new Role("person:emeka-okonkwo", "lawyer", null, "article:2")]);
        var context = around == "FRA" ? E("org:fra", "FRA", EntityType.Organization) : E("place:" + around.ToLowerInvariant(), around, EntityType.Place);
        catalog.Add([E("person:okonkwo", "Okonkwo", EntityType.Person), context], title is null ? [] : [new Role("person:okonkwo", title, null, "article:3")]);

        catalog.Build().Canonical["person:okonkwo"].ShouldBe(expected);
    }

    [Fact]
    public void Build_SurnameShared_StaysApart()
    {
        var catalog = new EntityCatalog();
        catalog.Add([E("person:bill-clinton", "Bill Clinton", EntityType.Person), E("person:hilary-clinton", "Hillary Clinton", EntityType.Person), E("person:clinton", "Clinton", EntityType.Person)]);
        catalog.Build().Canonical["person:clinton"].ShouldBe("person:clinton");
    }

    [Fact]
    public void Build_LoneWordAnotherArticleShowsToBeAnOrganisation_JoinsIt()
    {
        var catalog = new EntityCatalog();
        catalog.Add([E("person:vantrix", "Vantrix", EntityType.Person)]);
        catalog.Add([E("org:vantrix", "Vantrix", EntityType.Organization)]);
        catalog.Build().Canonical["person:vantrix"].ShouldBe("org:vantrix");
    }

    [Theory]
    [InlineData("org:green", "Green", EntityType.Organization)]
    [InlineData("person:greens", "Greens", EntityType.Person)]
    [InlineData("org:tories", "Tories", EntityType.Organization)]
    public void Build_PartyShortFormInAnotherArticle_JoinsTheParty(string id, string name, EntityType type)
    {
        var catalog = new EntityCatalog();
        catalog.Add([E(id, name, type)]);
        catalog.Add([E("org:green-party", "Green Party", EntityType.Organization), E("org:conservative-party", "Conservative Party", EntityType.Organization)]);
        var expected = name == "Tories" ? "org:conservative-party" : "org:green-party";
        catalog.Build().Canonical[id].ShouldBe(expected);
    }

    [Fact]
    public void Build_ShortFormOfTwoParties_StaysApart()
    {
        var catalog = new EntityCatalog();
        catalog.Add([E("org:green-party", "Green Party", EntityType.Organization), E("org:green-partei", "Green Partei", EntityType.Organization)]);
        catalog.Add([E("org:green", "Green", EntityType.Organization)]);
        catalog.Build().Canonical["org:green"].ShouldBe("org:green");
    }

    [Fact]
    public void Build_Acronym_JoinsItsExpansion()
    {
        var catalog = new EntityCatalog();
        catalog.Add([E("org:nis", "NIS", EntityType.Organization)]);
        catalog.Add([E("org:south-korea-s-national-intelligence-service", "South Korea's National Intelligence Service", EntityType.Organization, "NIS")]);
        catalog.Build().Canonical["org:nis"].ShouldBe("org:south-korea-s-national-intelligence-service");
    }

    [Fact]
    public void Build_Description_JoinsTheOneMatchingOrganizationOfItsCountry()
    {
        var catalog = new EntityCatalog();
        catalog.Add([new Entity("org:nis", "South Korea's National Intelligence Service", EntityType.Organization, ["NIS"]) { CountryId = "country:south-korea" }]);
        catalog.Add([new Entity("org:south-korean-spy-agency", "South Korean spy agency", EntityType.Organization, []) { CountryId = "country:south-korea", IsDescription = true }]);
        catalog.Add([new Entity("org:ukrainian-spy-agency", "Ukrainian spy agency", EntityType.Organization, []) { CountryId = "country:ukraine", IsDescription = true }]);
        var canonical = catalog.Build().Canonical;
        canonical["org:south-korean-spy-agency"].ShouldBe("org:nis");
        canonical["org:ukrainian-spy-agency"].ShouldBe("org:ukrainian-spy-agency");
    }

    [Fact]
    public void Build_ArticlesInAnyOrder_GiveTheSameEntitiesAndMerges()
    {
        // The same ids arrive with other names, countries and description flags in different articles.
        Entity[][] articles =
        [
            [new Entity("org:nis", "South Korea's National Intelligence Service", EntityType.Organization, ["NIS"]) { CountryId = "country:south-korea" }],
            [new Entity("org:spy-agency", "South Korean spy agency", EntityType.Organization, []) { CountryId = "country:south-korea", IsDescription = true }],
            [new Entity("org:spy-agency", "Spy Agency", EntityType.Organization, []) { CountryId = "country:north-korea" }],
            [E("person:kim", "Kim", EntityType.Person), E("person:kim", "KIM", EntityType.Person)],
        ];
        string Snapshot(IEnumerable<int> order)
        {
            var catalog = new EntityCatalog();
            foreach (var i in order)
                catalog.Add(articles[i]);
            var (entities, canonical) = catalog.Build();
            return string.Join("\n", entities.Select(e => $"{e.Id}|{e.Name}|{e.CountryId}|{string.Join(",", e.Aliases)}")
                .Concat(canonical.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}->{c.Value}")));
        }

        var expected = Snapshot([0, 1, 2, 3]);
        Snapshot([3, 2, 1, 0]).ShouldBe(expected);
        Snapshot([2, 0, 3, 1]).ShouldBe(expected);
        Snapshot([1, 3, 0, 2]).ShouldBe(expected);
    }
}
