using GraphBuilder.Extraction.Reading;

namespace GraphBuilder.Extraction.Tests.Reading;

public class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private static List<string> Paragraphs(string text)
    {
        var clean = Cleaner.Clean(text);
        return [.. clean.Paragraphs.Select(p => text[p].Trim())];
    }

    [Theory]
    [InlineData("Comments0")]
    [InlineData("Share")]
    [InlineData("Previous Post Next Post")]
    [InlineData("Read Entire Article")]
    [InlineData("//= do_shortcode('[ad]')")]
    [InlineData("KCNA | Via Reuters")]
    [InlineData("Quick access to main page (top) Direct access to main contents")]
    public void Clean_BoilerplateLine_IsDropped(string line) =>
        Paragraphs($"Headline of the story\n{line}\nThe minister said the talks went well.\n").ShouldBe(["The minister said the talks went well."]);

    [Theory]
    [InlineData("Latest Contents")]
    [InlineData("You May Also Like")]
    [InlineData("Popular Now")]
    public void Clean_TailMarker_DropsEverythingAfter(string marker) =>
        Paragraphs($"Title here now\nThe minister said the talks went well.\n{marker}\nAnother story said other things happened.\n").ShouldBe(["The minister said the talks went well."]);

    [Theory]
    [InlineData("By CNBC (U.S.) | Created at 2024-10-23 13:35:02", "CNBC", "2024-10-23")]
    [InlineData("Today : Oct 23, 2024", null, "2024-10-23")]
    [InlineData("23 October 2024", null, "2024-10-23")]
    [InlineData("By Reuters | October 5, 2023", "Reuters", "2023-10-05")]
    public void Clean_HeaderLine_GivesOutletAndDate(string header, string? outlet, string published)
    {
        var clean = Cleaner.Clean($"North Korean Troops Confirmed In Russia\n{header}\nThe minister said the talks went well.\n");
        clean.Outlet.ShouldBe(outlet);
        clean.Published.ShouldBe(published);
        clean.Title.ShouldBe("North Korean Troops Confirmed In Russia");
    }

    [Fact]
    public void Clean_Paragraphs_KeepOffsetsIntoTheOriginalText()
    {
        const string text = "Title of a story here\r\nShare\r\nThe minister said the talks went well.\r\n";
        var paragraph = Cleaner.Clean(text).Paragraphs.ShouldHaveSingleItem();
        text[paragraph].ShouldBe("The minister said the talks went well.");
    }

    private const string Wrapped =
        "Ferry service resumes after storm\n\n" +
        "The ferry between the two islands resumed service on Friday after\n" +
        "three days of high winds kept the boats in harbour, the operator\n" +
        "said in a brief statement to passengers.\n" +
        "    Captain Ola Berg said the crossing was calm and that the timetable\n" +
        "would return to normal by the weekend.\n";

    [Fact]
    public void Clean_HardWrappedCopy_JoinsLinesIntoParagraphs() =>
        Paragraphs(Wrapped).Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries))).ShouldBe([
            "The ferry between the two islands resumed service on Friday after three days of high winds kept the boats in harbour, the operator said in a brief statement to passengers.",
            "Captain Ola Berg said the crossing was calm and that the timetable would return to normal by the weekend.",
        ]);

    [Fact]
    public void Clean_OneParagraphPerLine_KeepsItsLines() =>
        Paragraphs("A short headline for a story\nThe council met on Monday and voted to close the old library for good.\nResidents said they would appeal the decision at the next meeting.\nThe mayor said the building was no longer safe for the public to use.\n")
            .Count.ShouldBe(3);

    [Theory]
    [InlineData("LAGOS, March 3 (Reuters) - Dock workers ended their strike.", "LAGOS, March 3 (Reuters) - ", "Reuters")]
    [InlineData("BOISE, Idaho (AP) \u2014 Rain closed three highways on Monday.", "BOISE, Idaho (AP) \u2014 ", "AP")]
    [InlineData("SPRINGFIELD, Ill. -- The state senate passed the budget.", "SPRINGFIELD, Ill. -- ", null)]
    [InlineData("WASHINGTON -- The president signed the bill.", "WASHINGTON -- ", null)]
    public void Clean_Dateline_IsItsOwnParagraphAndGivesTheOutlet(string line, string dateline, string? outlet)
    {
        var text = $"A headline for the story\n{line}\n";
        var clean = Cleaner.Clean(text);
        text[clean.Paragraphs[0]].ShouldBe(dateline);
        clean.Outlet.ShouldBe(outlet);
    }

    [Theory]
    [InlineData("The president said it would tell a story of ''hope and delight.''")]
    [InlineData("The mayor said the vote would go ahead as planned in the spring.\u201D")]
    public void Clean_FirstLineEndingLikeASentence_IsNotTheHeadline(string line) =>
        Paragraphs($"{line}\nThe council met again on Monday.\n").ShouldContain(line);
}
