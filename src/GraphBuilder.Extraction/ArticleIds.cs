using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction;

/// <summary>Stable ids: the same article always gives the same article and statement ids.</summary>
public static class ArticleIds
{
    // Ids stay readable in Neo4j Browser; a longer address is cut and told apart by a hash of all of it.
    private const int MaxUrlSlug = 80;

    /// <summary>A web article is named by its canonical address, so one reached from two feeds, or saved and fetched, is one article; a file by its name.</summary>
    public static string For(ArticleText article) => article.Metadata?.Url is { } url ? ForUrl(url) : For(article.File);

    public static string For(string file) => "article:" + Folding.Slug(Path.GetFileNameWithoutExtension(file));

    /// <summary>
    /// The id of the article at <paramref name="url"/>: host (with a port other than the scheme's), path
    /// and query, not the scheme or fragment, so http and https and "#comments" name the same article.
    /// </summary>
    public static string ForUrl(string url)
    {
        var uri = new Uri(url);
        // Dots part words here ("news.example.org", "story.html"), where in names they are dropped ("U.S.").
        var slug = Folding.Slug((uri.Authority + uri.PathAndQuery).Replace('.', '/'));
        return "article:" + (slug.Length <= MaxUrlSlug ? slug : slug[..MaxUrlSlug] + "-" + Hash(uri.Authority + uri.PathAndQuery)[..12]);
    }

    /// <summary>The text's hash; for an article with metadata, of the metadata too, so a page whose date or author changed is written again.</summary>
    public static string ContentHash(ArticleText article) => article.Metadata is not { } m
        ? ContentHash(article.Text)
        : Hash(string.Join('\u0000', article.Text, m.Title, m.Outlet, m.Published, m.Author, m.Url));

    public static string ContentHash(string text) => Hash(text);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Statement(string articleId, int start, int end)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{articleId}|{start}|{end}")), hash);
        return "stmt:" + Convert.ToHexStringLower(hash[..8]);
    }
}
