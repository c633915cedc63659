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
}
