using System.Net;

namespace GraphBuilder.Worker.Tests.Sources.Web;

/// <summary>Pages and feeds written for these tests in the styles of real outlets.</summary>
internal static class NewsPages
{
    private static readonly string[] Story =
    [
        "The city council voted on Tuesday to reopen the northern harbour to cargo ships after two years of repairs, ending a dispute that had divided the port's workers.",
        "\"This is the day we have waited for,\" said Ana Ribeiro, who chairs the harbour board. \"Ships will be back by the summer.\"",
        "Opponents said the repairs had cost twice what was promised. The council's own auditor found that the contractor had been paid for work it did not finish.",
        "The mayor denied that the vote had been rushed and said the final accounts would be published in the autumn, once the last inspections were complete.",
        "Dock workers, who had staged three strikes during the closure, said they would wait to see whether the jobs promised to them came back with the ships.",
    ];

    private static string Paragraphs => string.Join("\n", Story.Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>"));

    /// <summary>A page of a big outlet: tags, byline, share buttons, cookie banner, related stories, comments.</summary>
    public static string Styled(string headline, string outlet, string published) => $"""
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{headline} - {outlet}</title>
        <meta property="og:site_name" content="{outlet}"><meta property="og:title" content="{headline}">
        <meta property="article:published_time" content="{published}"><meta name="author" content="Lena Park">
        </head><body>
        <div id="cookie-banner"><p>We use cookies to give you the best experience. <button>Accept</button></p></div>
        <header><nav><a href="/">Home</a><a href="/world">World</a><a href="/business">Business</a></nav></header>
        <main><article><h1>{headline}</h1><div class="byline">By Lena Park, Harbour correspondent</div>
        <ul class="share"><li>Share on Facebook</li><li>Share on X</li><li>Email</li></ul>
        {Paragraphs}
        </article>
        <aside class="related"><h2>More on this story</h2><ul><li><a href="/x">Ferry timetable changes</a></li><li><a href="/y">Port strike ends</a></li></ul></aside>
        <section class="comments"><h2>Comments (42)</h2><div class="comment"><p>About time!</p></div></section></main>
        <footer>© {outlet}</footer></body></html>
        """;

    /// <summary>A plain page with no metadata tags (a small site, a wire story), with optional extra head markup.</summary>
    public static string Bare(string headline, string head = "") => $"""
        <html><head>{head}<title>{headline}</title></head><body><div class="story"><h1>{headline}</h1>
        {Paragraphs}
        </div><div class="footer">Contact us | Advertise</div></body></html>
        """;

    /// <summary>An RSS 2.0 feed whose items link to paths (relative to the server) with an optional RFC 822 date.</summary>
    public static string Rss(string title, params (string Path, string Title, string? Date)[] items) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{title}</title><link>http://127.0.0.1/</link><description>News</description>
        {string.Concat(items.Select(i => $"<item><title>{i.Title}</title><link>{{BASE}}{i.Path}</link>{(i.Date is null ? "" : $"<pubDate>{i.Date}</pubDate>")}</item>"))}
        </channel></rss>
        """;

    /// <summary>An Atom feed linking to paths.</summary>
    public static string Atom(string title, params string[] paths) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title><id>urn:feed</id><updated>2021-06-01T00:00:00Z</updated>
        {string.Concat(paths.Select(p => $"<entry><title>{p}</title><id>urn:{p}</id><updated>2021-06-01T00:00:00Z</updated><link href=\"{{BASE}}{p}\"/></entry>"))}
        </feed>
        """;
}
