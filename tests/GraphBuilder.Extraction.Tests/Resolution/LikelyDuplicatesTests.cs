using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;

namespace GraphBuilder.Extraction.Tests.Resolution;

public class LikelyDuplicatesTests
{
    private static Entity E(string id, string name, EntityType type) => new(id, name, type, [name]);

    [Theory]
    [InlineData("person:kowalczyk", "Kowalczyk", "person:anna-kowalczyk", "Anna Kowalczyk", "'Kowalczyk' is part of 'Anna Kowalczyk'")]
    [InlineData("org:harlow", "Harlow", "person:jim-harlow", "Jim Harlow", "'Harlow' is part of 'Jim Harlow'")]
    [InlineData("org:meridia", "Meridia", "org:meridia-holdings", "Meridia Holdings", "'Meridia' is part of 'Meridia Holdings'")]
    [InlineData("person:van-dorn", "Van Dorn", "person:lucy-van-dorn", "Lucy Van Dorn", "'Van Dorn' is part of 'Lucy Van Dorn'")]
    [InlineData("org:nwa", "NWA", "org:northern-water-authority", "Northern Water Authority", "'NWA' are the initials of 'Northern Water Authority'")]
    [InlineData("person:tremblay", "Tremblay", "person:marc-tremblai", "Marc Tremblai", "'Marc Tremblai' and 'Tremblay' differ by one letter")]
    [InlineData("person:josephine-adeyemi", "Josephine Adeyemi", "person:josephine-adeyami", "Josephine Adeyami", "'Josephine Adeyami' and 'Josephine Adeyemi' differ by one letter")]
    [InlineData("org:harbour-watch", "Harbour Watch", "person:harbour-watch", "Harbour Watch", "'Harbour Watch' is both an organization and a person")]
    public void Find_LookAlikes_AreListedWithTheirEvidence(string firstId, string first, string secondId, string second, string evidence)
    {
        var a = E(firstId, first, firstId.StartsWith("org", StringComparison.Ordinal) ? EntityType.Organization : EntityType.Person);
        var b = E(secondId, second, secondId.StartsWith("org", StringComparison.Ordinal) ? EntityType.Organization : EntityType.Person);

        var pair = LikelyDuplicates.Find([a, b, E("person:someone-else", "Someone Else", EntityType.Person)]).ShouldHaveSingleItem();

        pair.Evidence.ShouldBe(evidence);
        new[] { pair.First.Id, pair.Second.Id }.ShouldBe([firstId, secondId], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Anna Kowalczyk", "Piotr Kowalczyk")] // two people of one family
    [InlineData("Marc Tremblay", "Luc Tremblai")] // surnames one letter apart, both with first names
    [InlineData("Anna Kowal", "Anna Kowalczyk")] // a shared start is not a part, word for word
    [InlineData("Abel", "Mabel")] // too short to tell a misspelling
    public void Find_NamesThatOnlyResembleEachOther_AreNotListed(string first, string second)
    {
        LikelyDuplicates.Find([E("person:a", first, EntityType.Person), E("person:b", second, EntityType.Person)]).ShouldBeEmpty();
    }

    [Fact]
    public void Find_Places_AreLeftToTheGazetteer()
    {
        LikelyDuplicates.Find([E("country:south-korea", "South Korea", EntityType.Country), E("place:korea", "Korea", EntityType.Place)]).ShouldBeEmpty();
    }
}
