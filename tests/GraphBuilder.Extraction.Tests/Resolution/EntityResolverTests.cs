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

    [Theory]
    [InlineData("The Vantrix Party launched its plan. Vantrix said taxes would fall.", "Vantrix")]
    [InlineData("The Conservative Party replied. The Tories said the plan was wrong.", "Tories")]
    [InlineData("The Conservative Party replied. The Conservatives said the plan was wrong.", "Conservatives")]
    public void Resolve_ShortFormOfAParty_IsTheParty(string text, string shortForm)
    {
        var graph = Some.Graph("Headline of the test story\n" + text);
        graph.Entities.ShouldNotContain(e => e.Name == shortForm);
        graph.Entities.ShouldContain(e => e.Aliases.Contains(shortForm) && e.Name.EndsWith(" Party"));
    }

    [Fact]
    public void Resolve_AcronymOfTwoOrganisations_StaysApart()
    {
        var graph = Some.Graph("Headline of the test story\nHarbour Freight Systems made a bid. Hill Farm Society objected. HFS said the offer was final.");
        graph.Entities.ShouldContain(e => e.Name == "HFS");
    }
}
