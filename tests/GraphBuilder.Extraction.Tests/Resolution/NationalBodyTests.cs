using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests.Resolution;

/// <summary>A country's own body is one node however the text names it, and two countries' bodies are two.</summary>
public class NationalBodyTests
{
    private static IReadOnlyList<string> Speakers(CorpusSnapshot corpus) => [.. corpus.Statements.Select(s => s.SpeakerId).Distinct()];

    [Theory]
    [InlineData("The Russian Defence Ministry said the drills were over.", "Russia's Defence Ministry said the drills had ended.")]
    [InlineData("The Defence Ministry of Russia said the drills were over.", "The Russian defence ministry said the drills had ended.")]
    [InlineData("The National Intelligence Service of South Korea said troops had moved.", "South Korea's National Intelligence Service said the troops were in Russia.")]
    [InlineData("The South Korean intelligence service said troops had moved.", "South Korea's National Intelligence Service said the troops were in Russia.")]
    [InlineData("The Central Bank of Nigeria said rates would hold.", "The Nigerian Central Bank said inflation had eased.")]
    [InlineData("The U.S. Supreme Court said the case was moot.", "The Supreme Court said it would not hear the appeal.")]
    [InlineData("The Kenyan Foreign Ministry said the envoy was recalled.", "The Kenyan foreign ministry said the talks had stalled.")]
    public void TwoNamings_AreOneBody(string first, string second) =>
        Speakers(Some.Corpus(first, second)).ShouldHaveSingleItem();

    [Theory]
    [InlineData("The Russian Defence Ministry said the drills were over.", "The Ukrainian Defence Ministry said the drills had ended.")]
    [InlineData("The Defence Ministry of Russia said the drills were over.", "Ukraine's Defence Ministry said the drills had ended.")]
    [InlineData("The U.S. Supreme Court said the case was moot.", "The Russian Supreme Court said the ban stood.")]
    [InlineData("The Russian Army said the town had fallen.", "The Ukrainian Army said the town still held.")]
    public void BodiesOfTwoCountries_AreTwo(string first, string second) =>
        Speakers(Some.Corpus(first, second)).Count.ShouldBe(2);

    [Fact]
    public void BareBodyName_WithTwoCountriesBodies_JoinsNeither()
    {
        var corpus = Some.Corpus(
            "The Russian Supreme Court said the ban stood.",
            "The U.S. Supreme Court said the case was moot.",
            "The Supreme Court said it would not hear the appeal.");

        Speakers(corpus).Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("British Airways said flights would resume.", "org:british-airways")] // a company, not a state body
    [InlineData("The Bank of England said rates would hold.", "org:bank-of-england")] // one word before "of": its own name
    public void NamesThatAreNoStateBody_KeepTheirOwnId(string text, string id) =>
        Speakers(Some.Corpus(text)).ShouldBe([id]);
}
