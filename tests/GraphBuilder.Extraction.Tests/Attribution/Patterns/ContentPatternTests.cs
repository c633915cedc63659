using GraphBuilder.Extraction.Attribution.Patterns;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Tests.Attribution.Patterns;

/// <summary>Each content pattern on its own, with the subject of the report given: what it reads, and what it leaves to the next.</summary>
public class ContentPatternTests
{
    /// <summary>Reads <paramref name="text"/> with the pattern, the cue being the word <paramref name="cue"/> and the subject starting at <paramref name="subject"/>.</summary>
    private static string? Read(IContentPattern pattern, string text, string cue, string subject, bool inverted = false)
    {
        var doc = new Segmenter(Lexicon.Default).Segment(text, [new Range(0, text.Length)]);
        var at = Array.FindIndex(doc.Tokens, t => doc.Span(t).SequenceEqual(cue));
        var from = Array.FindIndex(doc.Tokens, t => doc.Span(t).SequenceEqual(subject));
        var verb = Lexicon.Default.SpeechVerbs.GetValueOrDefault(cue) ?? new SpeechVerb("according to", false);
        var report = new Report(doc, doc.Sentences[doc.Tokens[at].Sentence], at, verb, from, inverted, SharedSubject: false);
        return pattern.Find(report) is { } span ? text[span.Start..span.End] : null;
    }

    [Theory]
    [InlineData("\"We are ready,\" Ann Lee said.", "said", "Ann", "We are ready")]
    [InlineData("\"We are ready,\" Ann Lee said, \"and so is the town.\"", "said", "Ann", "We are ready,\" Ann Lee said, \"and so is the town")]
    [InlineData("\"Is it over?\" Ann Lee asked.", "asked", "Ann", "Is it over?")]
    [InlineData("Ann Lee said the town was ready.", "said", "Ann", null)]
    public void QuoteAroundAttribution_ReadsTheQuoteBeforeTheSpeaker(string text, string cue, string subject, string? expected) =>
        Read(new QuoteAroundAttribution(), text, cue, subject).ShouldBe(expected);

    [Theory]
    [InlineData("Ann Lee said: \"We are ready.\"", "said", "Ann", "We are ready")]
    [InlineData("Ann Lee told reporters in Leeds, \"We are ready.\"", "told", "Ann", "We are ready")]
    [InlineData("Ann Lee said it was better than the plan, \"which did nothing\".", "said", "Ann", null)]
    [InlineData("Ann Lee said she had \"big plans\" for the town.", "said", "Ann", null)]
    [InlineData("Ann Lee continued:\n\n\"We are ready for it.\"", "continued", "Ann", "We are ready for it")]
    public void IntroducedQuote_ReadsTheQuoteTheVerbIntroduces(string text, string cue, string subject, string? expected) =>
        Read(new IntroducedQuote(), text, cue, subject).ShouldBe(expected);

    [Theory]
    [InlineData("The town is ready for the storm, Ann Lee said.", "said", "Ann", "The town is ready for the storm")]
    [InlineData("After ten years of cuts, Ann Lee said, the town has a surplus.", "said", "Ann", "the town has a surplus")]
    [InlineData("Another bridge, Ann Lee said, has been closed since May.", "said", "Ann", "Another bridge, Ann Lee said, has been closed since May")]
    [InlineData("To understand the town, Ann Lee said, one should walk it.", "said", "Ann", "To understand the town, Ann Lee said, one should walk it")]
    [InlineData("To the surprise of many, Ann Lee said, the town has a surplus.", "said", "Ann", "the town has a surplus")]
    [InlineData("Ann Lee said the town was ready.", "said", "Ann", null)]
    public void ClauseAroundAttribution_ReadsTheClauseAroundTheSpeaker(string text, string cue, string subject, string? expected) =>
        Read(new ClauseAroundAttribution(), text, cue, subject).ShouldBe(expected);

    [Theory]
    [InlineData("Ann Lee said on Monday that the town was ready.", "said", "Ann", "the town was ready")]
    [InlineData("Ann Lee believes the plan does not work.", "believes", "Ann", "the plan does not work")]
    [InlineData("Ann Lee believes in open markets.", "believes", "Ann", null)]
    [InlineData("When Ann Lee said the budget had doubled, her rival laughed.", "said", "Ann", "the budget had doubled")]
    public void ReportedClause_ReadsTheClauseAfterTheVerb(string text, string cue, string subject, string? expected) =>
        Read(new ReportedClause(), text, cue, subject).ShouldBe(expected);

    [Theory]
    [InlineData("Prices will fall next year, according to Ann Lee.", "according", "Prices will fall next year")]
    [InlineData("According to Ann Lee, prices will fall next year.", "According", "prices will fall next year")]
    public void SourceClause_ReadsTheClauseTheSourceStandsFor(string text, string cue, string expected) =>
        Read(new SourceClause(), text, cue, cue, inverted: true).ShouldBe(expected);
}
