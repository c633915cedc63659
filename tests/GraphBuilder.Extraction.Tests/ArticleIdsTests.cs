using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests;

public sealed class ArticleIdsTests
{
    [Theory]
    [InlineData("https://news.example.org/world/2024/story.html")]
    [InlineData("http://news.example.org/world/2024/story.html")]
    [InlineData("https://NEWS.example.org/world/2024/story.html#comments")]
    public void ForUrl_SchemeCaseOfHostAndFragment_NameTheSameArticle(string url) =>
        ArticleIds.ForUrl(url).ShouldBe("article:news-example-org-world-2024-story-html");

    [Fact]
    public void ForUrl_AnotherPort_IsAnotherSite() =>
        ArticleIds.ForUrl("http://127.0.0.1:8765/a.html").ShouldBe("article:127-0-0-1-8765-a-html");

    [Fact]
    public void ForUrl_LongAddresses_StayShortAndApart()
    {
        var stem = "https://paper.example/" + string.Join('/', Enumerable.Repeat("section", 20));
        var a = ArticleIds.ForUrl(stem + "/first-story");
        var b = ArticleIds.ForUrl(stem + "/second-story");

        a.ShouldNotBe(b);
        a.Length.ShouldBeLessThan(110);
    }

    [Fact]
    public void For_AnArticleWithAnAddressIsNamedByIt_PlainTextByItsFile()
    {
        var page = new ArticleText("saved.html", "text") { Metadata = new ArticleMetadata(null, null, null, null, "https://paper.example/a") };

        ArticleIds.For(page).ShouldBe(ArticleIds.ForUrl("https://paper.example/a"));
        ArticleIds.For(new ArticleText("saved.txt", "text")).ShouldBe(ArticleIds.For("saved.txt"));
    }

    [Fact]
    public void ContentHash_MetadataCounts_PlainTextKeepsItsHash()
    {
        var plain = new ArticleText("a.txt", "The same words.");
        var dated = plain with { Metadata = new ArticleMetadata("T", "Outlet", "2001-01-01", null, "https://paper.example/a") };

        ArticleIds.ContentHash(plain).ShouldBe(ArticleIds.ContentHash("The same words."), "stored hashes of .txt articles stay valid");
        ArticleIds.ContentHash(dated).ShouldNotBe(ArticleIds.ContentHash(plain));
        ArticleIds.ContentHash(dated with { Metadata = dated.Metadata! with { Published = "2001-01-02" } }).ShouldNotBe(ArticleIds.ContentHash(dated));
    }
}
