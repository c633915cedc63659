using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Tests.Segmentation;

public class SegmenterTests
{
    private static ArticleDocument Segment(string text) => new Segmenter(Lexicon.Default).Segment(text, [new Range(0, text.Length)]);

    private static List<string> Sentences(string text)
    {
        var doc = Segment(text);
        return [.. doc.Sentences.Select(s => text[s.Start..s.End])];
    }

    [Theory]
    [InlineData("The U.S. Defense Secretary spoke. He left.", 2)]
    [InlineData("Lt. Gen. Kyrylo Budanov spoke on Monday. He left.", 2)]
    [InlineData("Lloyd J. Austin III spoke. He left.", 2)]
    [InlineData("He studied at St. Andrews in Scotland. He left.", 2)]
    [InlineData("Troops left the U.S. The ships followed.", 2)]
    [InlineData("Maj Gen Smith spoke at 3 p.m. on Monday.", 1)]
    [InlineData("\"Are they coming?\" he asked. \"Yes.\"", 2)]
    [InlineData("\"Are they coming?\" Clinton asked.", 2)]
    public void Segment_Sentences_RespectAbbreviations(string text, int expected) =>
        Sentences(text).Count.ShouldBe(expected);

    [Theory]
    [InlineData("He said, \u201CWe are ready.\u201D", "We are ready.")]
    [InlineData("He said, \"We are ready.\"", "We are ready.")]
    [InlineData("''We are ready,'' he said.", "We are ready,")]
    [InlineData("``We are ready,'' he said.", "We are ready,")]
    public void Segment_Quotes_StraightCurlyAndDoubledMarks(string text, string quote)
    {
        var doc = Segment(text);
        var found = doc.Quotes.ShouldHaveSingleItem();
        text[found.Start..found.End].ShouldBe(quote);
    }

    [Fact]
    public void Segment_QuoteOverSentences_IsOneQuote()
    {
        const string text = "\u201CWe are ready. We will go,\u201D he said.";
        var doc = Segment(text);
        doc.Sentences.Count.ShouldBe(2);
        text[doc.Quotes.ShouldHaveSingleItem().Start..doc.Quotes[0].End].ShouldBe("We are ready. We will go,");
    }

    [Fact]
    public void Segment_QuoteLeftOpen_RunsToParagraphEndAndIsMarkedOpen()
    {
        var doc = Segment("\u201CWe are ready, and we will go");
        doc.Quotes.ShouldHaveSingleItem().Closed.ShouldBeFalse();
    }

    [Theory]
    [InlineData("\"Prices will rise. \"Shops will close,\" she said.", "Prices will rise.|Shops will close,")]
    [InlineData("He said: \"We lost. \"We will win next time.\" The crowd cheered.", "We lost.|We will win next time.")]
    [InlineData("\"Is it over? \"No, it is not,\" Ms Ray said.", "Is it over?|No, it is not,")]
    [InlineData("They called it \"a farce\" and \"a waste of money\" on Monday.", "a farce|a waste of money")]
    [InlineData("He said \"no\". \"Never,\" he added.", "no|Never,")]
    public void Segment_QuoteParagraphsRunTogether_SplitWhereTheNextOpens(string text, string expected)
    {
        var doc = Segment(text);
        string.Join('|', doc.Quotes.Select(q => text[q.Start..q.End])).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Russia's Kursk region", "Russia|'s|Kursk|region")]
    [InlineData("O'Brien said they're ready", "O'Brien|said|they're|ready")]
    [InlineData("Kim Jong-un met U.S. envoys", "Kim|Jong-un|met|U.S.|envoys")]
    public void Segment_Tokens_KeepNamesWholeAndSplitPossessives(string text, string expected)
    {
        var doc = Segment(text);
        string.Join('|', doc.Tokens.Select(t => doc.Span(t).ToString())).ShouldBe(expected);
    }
}
