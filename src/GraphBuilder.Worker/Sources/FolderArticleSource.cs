using System.Globalization;
using System.Runtime.CompilerServices;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Reading;
using GraphBuilder.Worker.Sources.Web;
using Humanizer;

namespace GraphBuilder.Worker.Sources;

/// <summary>
/// Reads every article file of a folder (.txt, and saved web pages: .html, .htm) in name order, one
/// at a time, so memory holds one article however large the folder. Files over <paramref name="maxBytes"/> are refused, not truncated;
/// with <paramref name="only"/>, other files are left unread.
/// </summary>
internal sealed class FolderArticleSource(string folder, long maxBytes, IReadOnlySet<string>? only = null) : IArticleSource
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var path in Files(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (only is not null && !only.Contains(Path.GetFileName(path)))
                continue;
            yield return await ReadOneAsync(path, maxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    public static IReadOnlyList<string> Files(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly).Where(IsArticle).Order(StringComparer.Ordinal)]
            : throw new DirectoryNotFoundException($"The input folder '{folder}' does not exist.");

    /// <summary>Whether the file is one a folder's articles are read from, by its extension.</summary>
    public static bool IsArticle(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".html" or ".htm";

    /// <summary>Every readable article of a small folder (benchmark seeds), in memory; unreadable files are skipped.</summary>
    public static async Task<List<ArticleText>> ReadAllAsync(string folder, CancellationToken cancellationToken)
    {
        var articles = new List<ArticleText>();
        await foreach (var item in new FolderArticleSource(folder, DefaultMaxBytes).ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Article is not null)
                articles.Add(item.Article);
        }

        return articles;
    }

    /// <summary>One article file, with the folder it lies in.</summary>
    public static async Task<SourceItem> ReadOneAsync(string path, long maxBytes, CancellationToken cancellationToken) =>
        await ReadFileAsync(path, maxBytes, cancellationToken).ConfigureAwait(false) with { Folder = Path.GetDirectoryName(Path.GetFullPath(path)) };

    private static async Task<SourceItem> ReadFileAsync(string path, long maxBytes, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxBytes)
                return new SourceItem(name, null, $"the file is {length.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}, over the {maxBytes.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)} limit for one article");
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            var page = Path.GetExtension(name).ToLowerInvariant() is not ".txt";
            // A saved page may declare its charset in a meta tag.
            var decoded = page ? WebText.Decode(bytes, null) : TextDecoder.Decode(bytes);
            if (!decoded.Succeeded)
                return new SourceItem(name, null, decoded.Error);
            return page ? WebPageReader.Read(name, decoded.Text!, null) : new SourceItem(name, new ArticleText(name, decoded.Text!), null);
        }
        catch (IOException ex)
        {
            return new SourceItem(name, null, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new SourceItem(name, null, ex.Message);
        }
    }
}
