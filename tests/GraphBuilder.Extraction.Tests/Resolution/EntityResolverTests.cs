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

    /// <summary>A lone word the article gives as a person's surname is that person, even when alone it reads as an organisation word.</summary>
    [Theory]
    [InlineData("Referee Martin Post said the goal stood. \"I saw it clearly,\" said Post.", "Post", "Martin Post")]
    [InlineData("Umpire Joanna Survey called the ball out. \"It was long,\" said Survey.", "Survey", "Joanna Survey")]
    [InlineData("Coach Dana Express said the team was tired. Express added that two players were hurt.", "Express", "Dana Express")]
    public void Resolve_OrganisationWordThatIsASurnameOfTheArticle_IsThePerson(string text, string surname, string person)
    {
        var graph = Some.Graph("Headline of the test story\n" + text);

        graph.Entities.ShouldNotContain(e => e.Name == surname);
        graph.Statements.Select(graph.SpeakerName).Distinct().ShouldBe([person]);
    }

    [Theory]
    [InlineData("Tennis star Lena Holmgren won again. \"I was lucky,\" said Holmgen.", "Holmgen", "Lena Holmgren")] // a letter dropped
    [InlineData("Senator Ruth Abernathy spoke first. \"We will vote no,\" said Abernethy.", "Abernethy", "Ruth Abernathy")] // a letter changed, and a Scottish town
    [InlineData("Coach Ivan Petrovic arrived late. \"We are fit,\" said Petrovich.", "Petrovich", "Ivan Petrovic")]
    [InlineData("Minister Karl Brandt spoke first. \"We will act,\" said Brandtt.", "Brandtt", "Karl Brandt")] // a letter doubled
    public void Resolve_SurnameMisspeltByOneLetter_IsThePerson(string text, string misspelt, string person)
    {
        var graph = Some.Graph("Headline of the test story\n" + text);

        graph.SpeakerName(graph.Statements.ShouldHaveSingleItem()).ShouldBe(person);
        graph.Entity(person).ShouldNotBeNull().Aliases.ShouldContain(misspelt);
    }

    [Theory]
    [InlineData("Judge Anna Larsen and Judge Erik Larson ruled. \"It is settled,\" said Larsan.")] // one letter from both
    [InlineData("Minister Karl Brandt spoke first. \"We will act,\" said Brant.")] // too short to tell
    [InlineData("Minister Karl Brandt spoke first. \"We will act,\" said Grandt.")] // another first letter
    [InlineData("Tennis star Marta Kowalczyk won again. \"I was lucky,\" said Kowalcyzk.")] // two letters swapped are two edits
    public void Resolve_MisspellingThatCouldBeAnyone_StaysItsOwnName(string text)
    {
        var graph = Some.Graph("Headline of the test story\n" + text);

        graph.SpeakerName(graph.Statements[^1]).ShouldBe(text[(text.LastIndexOf("said ", StringComparison.Ordinal) + 5)..^1]);
    }
}
