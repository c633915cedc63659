using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction.Tests.Lexicons;

public class WordSetsTests
{
    private static readonly WordSets Sets = WordSets.Parse(["[nouns]", "agency office", "Firm", "[names] case-sensitive", "Far East", "[map]", "spy=intelligence"]);

    [Theory]
    [InlineData("nouns", "agency", true)]
    [InlineData("nouns", "AGENCY", true)]
    [InlineData("nouns", "firm", true)]
    [InlineData("nouns", "court", false)]
    [InlineData("names", "Far", true)]
    [InlineData("names", "far", false)]
    public void Set_HoldsItsWords_WithTheSectionsCase(string set, string word, bool expected) =>
        Sets.Set(set).Contains(word).ShouldBe(expected);

    [Fact]
    public void Map_ReadsPairs() =>
        Sets.Map("map")["SPY"].ShouldBe("intelligence");

    [Fact]
    public void Set_Unknown_NamesTheMissingSection() =>
        Should.Throw<KeyNotFoundException>(() => Sets.Set("verbs")).Message.ShouldBe("word-sets.txt has no [verbs] section.");

    [Fact]
    public void Parse_WordsBeforeAnySection_AreRefused() =>
        Should.Throw<InvalidOperationException>(() => WordSets.Parse(["agency"])).Message.ShouldBe("word-sets.txt: 'agency' stands before any [section].");

    [Fact]
    public void Default_HasEverySectionTheRulesRead()
    {
        foreach (var name in new[] { "institutions", "person-roles", "groups", "governments", "generic-institutions", "pronouns", "possessive-pronouns", "verb-modifiers", "prepositions", "shares-subject", "before-that", "subordinators", "adverbial-openers", "determiners", "name-connectors", "place-nouns", "compass", "directions", "name-suffixes", "title-modifiers", "locatives", "dotted-abbreviations", "role-modifiers", "aside-participles" })
            Lexicon.Default.Sets.Set(name).ShouldNotBeEmpty(name);
    }
}
