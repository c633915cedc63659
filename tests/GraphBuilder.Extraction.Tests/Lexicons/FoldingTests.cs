using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction.Tests.Lexicons;

public class FoldingTests
{
    /// <summary>Transliteration variants of one personal name give one slug; other names keep theirs.</summary>
    [Theory]
    [InlineData("Volodymyr Zelenskyy", "volodymyr-zelensky")]
    [InlineData("Volodymyr Zelenskiy", "volodymyr-zelensky")]
    [InlineData("Volodymyr Zelenskyi", "volodymyr-zelensky")]
    [InlineData("Volodymyr Zelensky", "volodymyr-zelensky")]
    [InlineData("Dmitriy Peskov", "dmitry-peskov")]
    [InlineData("Kim Jong-un", "kim-jong-un")]
    [InlineData("Kim Jong Un", "kim-jong-un")]
    [InlineData("Françoise Hardy", "francoise-hardy")]
    [InlineData("Luigi Di Maio", "luigi-di-maio")]
    [InlineData("Li Wei", "li-wei")]
    [InlineData("Mohammed Bin Zayed", "mohamed-bin-zayed")]
    public void Slug_PersonalName_FoldsTransliterationVariants(string name, string slug) =>
        Folding.Slug(name, collapseDoubles: true).ShouldBe(slug);

    [Fact]
    public void Slug_NotAPersonalName_KeepsItsLetters() =>
        Folding.Slug("Kyiv Zoo Authority", collapseDoubles: false).ShouldBe("kyiv-zoo-authority");

    [Theory]
    [InlineData("davenport", "daveport", true)] // dropped
    [InlineData("holmgren", "holmgen", true)]
    [InlineData("abernathy", "abernethy", true)] // changed
    [InlineData("brandt", "brandtt", true)] // added
    [InlineData("brandt", "brandt", false)] // the same word
    [InlineData("kowalczyk", "kowalcyzk", false)] // swapped: two edits
    [InlineData("brandt", "brant2x", false)]
    public void OneEditApart_CountsOneLetterAddedDroppedOrChanged(string a, string b, bool expected)
    {
        Folding.OneEditApart(a, b).ShouldBe(expected);
        Folding.OneEditApart(b, a).ShouldBe(expected);
    }
}
