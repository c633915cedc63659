using Shouldly;

namespace GraphBuilder.Extraction.Tests.Resolution;

public sealed class EntityResolverTests
{
    [Theory]
    [InlineData("The Lawn Tennis Association raised fees. The LTA said courts would close.", "LTA", "Lawn Tennis Association")]
    [InlineData("Harbour Freight Systems made a bid. HFS said the offer was final.", "HFS", "Harbour Freight Systems")]
    [InlineData("CEC Systems made a bid. CEC said the offer was final.", "CEC", "CEC Systems")]
    [InlineData("The Mobile Games Forum met in May. The MGF said sales had doubled.", "MGF", "Mobile Games Forum")]
    public void Resolve_AcronymOfOneOrganisation_IsThatOrganisation(string text, string acronym, string name)
    {
        var graph = Some.Graph("Headline of the test story\n" + text);
        graph.Entities.ShouldNotContain(e => e.Name == acronym);
        graph.Entity(name).ShouldNotBeNull().Aliases.ShouldContain(acronym);
    }

    [Fact]
    public void Resolve_AcronymOfTwoOrganisations_StaysApart()
    {
        var graph = Some.Graph("Headline of the test story\nHarbour Freight Systems made a bid. Hill Farm Society objected. HFS said the offer was final.");
        graph.Entities.ShouldContain(e => e.Name == "HFS");
    }
}
