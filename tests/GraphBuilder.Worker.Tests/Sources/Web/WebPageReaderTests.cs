using GraphBuilder.Extraction;
using GraphBuilder.Worker.Sources.Web;

namespace GraphBuilder.Worker.Tests.Sources.Web;

public sealed class WebPageReaderTests
{
    private static readonly string Story = string.Join("\n", Enumerable.Range(1, 6).Select(i =>
        $"<p>The harbour authority said on Tuesday that dredging of the northern channel would resume in spring, paragraph {i} of a report that runs long enough to count as an article and not a stub.</p>"));

    [Fact]
    public void Read_NewsPageWithBoilerplate_KeepsTheStoryAndTheTagsMetadata()
    {
        var html = $$"""
            <html><head>
              <title>Dredging to resume | The Harbour Gazette</title>
              <meta property="og:site_name" content="The Harbour Gazette">
              <meta property="og:title" content="Dredging of the northern channel to resume">
              <meta property="article:published_time" content="2019-03-05T21:30:00-05:00">
              <meta name="author" content="Maria Okafor">
              <link rel="canonical" href="https://gazette.example/news/dredging-to-resume">
            </head><body>
              <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
              <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
              <article>
                <h1>Dredging of the northern channel to resume</h1>
                <p class="byline">By Maria Okafor</p>
                <div class="share"><a>Share on Facebook</a> <a>Share on X</a></div>
                {{Story}}
              </article>
              <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry fares rise again</a></li></ul></aside>
              <section id="comments"><h3>12 comments</h3><p>First!</p></section>
            </body></html>
            """;

        var item = WebPageReader.Read("dredging", html, new Uri("https://gazette.example/news/dredging-to-resume?utm_source=rss"));

        item.Error.ShouldBeNull();
        var article = item.Article.ShouldNotBeNull();
        article.Text.ShouldStartWith("Dredging of the northern channel to resume\n\n");
        article.Text.ShouldContain("paragraph 6 of a report");
        article.Text.ShouldNotContain("cookies");
        article.Text.ShouldNotContain("Ferry fares");
        article.Text.ShouldNotContain("First!");
        var m = article.Metadata.ShouldNotBeNull();
        m.Outlet.ShouldBe("The Harbour Gazette");
        m.Published.ShouldBe("2019-03-05", "the publisher's own date, not UTC's");
        m.Author.ShouldBe("Maria Okafor");
        m.Url.ShouldBe("https://gazette.example/news/dredging-to-resume");
        ArticleIds.For(article).ShouldBe(ArticleIds.ForUrl("http://gazette.example/news/dredging-to-resume#comments"));
    }

    [Fact]
    public void Read_OnlyJsonLd_TakesItsDateAndAuthorAndTheHostAsOutlet()
    {
        var html = $$"""
            <html><head><title>Council votes on budget</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"Council votes on budget","datePublished":"1998-11-02","author":[{"@type":"Person","name":"J. Smith"}]}]}</script>
            <script type="application/ld+json">{ not json</script>
            </head><body><div id="story">{{Story}}</div></body></html>
            """;

        var m = WebPageReader.Read("budget", html, new Uri("https://news.example.org/2/budget")).Article!.Metadata!;

        m.Published.ShouldBe("1998-11-02");
        m.Author.ShouldBe("J. Smith");
        m.Outlet.ShouldBe("news.example.org");
        m.Url.ShouldBe("https://news.example.org/2/budget");
    }

    [Fact]
    public void Read_PageSaysNothing_TheFeedItemFillsIn()
    {
        var html = $"<html><head><title>x</title></head><body><article>{Story}</article></body></html>";

        var m = WebPageReader.Read("x", html, new Uri("http://wire.example/x"), new FeedHints("Harbour works", "Wire Service", "Tue, 05 Mar 2019 10:00:00 GMT", "Desk")).Article!.Metadata!;

        (m.Title, m.Outlet, m.Published, m.Author).ShouldBe(("Harbour works", "Wire Service", "2019-03-05", "Desk"));
    }

    [Fact]
    public void Read_PaywallStub_IsSkippedWithTheReason()
    {
        var html = """
            <html><head><title>Exclusive</title></head><body><article><h1>Exclusive: the minister's plan</h1>
            <p>The minister said the plan would change everything.</p>
            <div class="paywall">Subscribe to continue reading. Already a subscriber? Log in.</div></article></body></html>
            """;

        var item = WebPageReader.Read("exclusive.html", html, new Uri("https://paper.example/exclusive"));

        item.Article.ShouldBeNull();
        item.Error.ShouldNotBeNull().ShouldContain("words of article text");
    }

    [Fact]
    public void Read_SavedPage_IsNamedByItsDeclaredAddressOrElseItsFile()
    {
        var withCanonical = $"<html><head><link rel=\"canonical\" href=\"https://gazette.example/news/dredging\"></head><body><article>{Story}</article></body></html>";
        var without = $"<html><head><link rel=\"canonical\" href=\"/news/dredging\"></head><body><article>{Story}</article></body></html>";

        var declared = WebPageReader.Read("saved.html", withCanonical, null).Article!;
        var undeclared = WebPageReader.Read("saved.html", without, null).Article!;

        ArticleIds.For(declared).ShouldBe(ArticleIds.ForUrl("https://gazette.example/news/dredging"));
        undeclared.Metadata!.Url.ShouldBeNull("a relative address means nothing without the page's own");
        ArticleIds.For(undeclared).ShouldBe(ArticleIds.For("saved.html"));
    }
}
