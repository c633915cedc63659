using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using GraphBuilder.Worker.Sources.Web;

namespace GraphBuilder.Worker.Sources;

/// <summary>
/// What <c>ingest</c> and <c>export</c> were given to read: any mix of folders, article files and
/// http(s) addresses (feeds or pages), checked before anything is read or written.
/// </summary>
internal sealed class ArticleInputs
{
    private readonly List<string> _folders = [];
    private readonly List<string> _files = [];
    private readonly List<Uri> _addresses = [];

    private ArticleInputs()
    {
    }

    public IReadOnlyList<string> Folders => _folders;

    public static bool TryParse(IEnumerable<string> inputs, [NotNullWhen(true)] out ArticleInputs? parsed, [NotNullWhen(false)] out string? error)
    {
        var result = new ArticleInputs();
        (parsed, error) = (null, null);
        foreach (var input in inputs)
        {
            if (WebSources.Address(input) is { } address)
                result._addresses.Add(address);
            else if (Directory.Exists(input))
                result._folders.Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)));
            else if (File.Exists(input) && FolderArticleSource.IsArticle(input))
                result._files.Add(Path.GetFullPath(input));
            else
            {
                error = File.Exists(input)
                    ? $"'{input}' is not an article file (.txt, .html, .htm)"
                    : $"the input '{input}' is neither a folder, a file nor an http(s) address";
                return false;
            }
        }

        if (result._folders.Count + result._files.Count + result._addresses.Count == 0)
        {
            error = "no input given: name folders, article files or http(s) addresses";
            return false;
        }

        parsed = result;
        return true;
    }

    /// <summary>Every article of the inputs, folders and files first, then the web; one read twice (a file and its folder) is given once.</summary>
    public IArticleSource Open(WebSources? web, IReadOnlySet<string>? ready = null)
    {
        var sources = _folders.Select(f => (IArticleSource)new FolderArticleSource(f, FolderArticleSource.DefaultMaxBytes, ready));
        if (_files.Count > 0)
            sources = sources.Append(new Files(_files));
        if (_addresses.Count > 0)
            sources = sources.Append((web ?? throw new InvalidOperationException("Web addresses need the web sources.")).Open(_addresses));
        return new Combined([.. sources]);
    }

    /// <summary>Files named one by one: each read as its folder's source reads it, without listing the folder.</summary>
    private sealed class Files(IReadOnlyList<string> paths) : IArticleSource
    {
        public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var path in paths)
                yield return await FolderArticleSource.ReadOneAsync(path, FolderArticleSource.DefaultMaxBytes, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed class Combined(IReadOnlyList<IArticleSource> sources) : IArticleSource
    {
        public async IAsyncEnumerable<SourceItem> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var seen = new HashSet<(string?, string)>();
            foreach (var source in sources)
            {
                await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    if (seen.Add((item.Folder, item.File)))
                        yield return item;
                }
            }
        }
    }
}
