using System.Security.Cryptography;
using System.Text;
using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction;

/// <summary>Stable ids: the same article always gives the same article and statement ids.</summary>
public static class ArticleIds
{
    public static string For(string file) => "article:" + Folding.Slug(Path.GetFileNameWithoutExtension(file));

    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Statement(string articleId, int start, int end)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{articleId}|{start}|{end}")), hash);
        return "stmt:" + Convert.ToHexStringLower(hash[..8]);
    }
}
