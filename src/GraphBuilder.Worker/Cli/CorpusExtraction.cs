using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Worker.Sources;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// The outcome of extracting a folder: the graph, the files that failed (with reasons), and the ids of
/// articles left to the caller because their stored extraction is as good as a new one.
/// </summary>
internal sealed record CorpusResult(CorpusGraph Graph, IReadOnlyList<(string File, string Reason)> Failures, long Words)
{
    public IReadOnlyList<string> Reused { get; init; } = [];

    /// <summary>The ids of the articles extracted, in the source's order.</summary>
    public IReadOnlyList<string> Extracted { get; init; } = [];
}

/// <summary>
/// Extracts every article of a source into one corpus graph, on all cores, adding them in the source's
/// order. One article's failure is recorded with its file name and the others go on. Each article
/// records the folder it came from, if any; with a <c>curation</c>, the graph resolves entities by it;
/// articles <c>reusable</c> accepts are not extracted, only listed; with <c>keep</c>, the extractions
/// are kept there instead of in memory. An article met again (the same page from two feeds) is read once.
/// </summary>
internal sealed class CorpusExtraction(IArticleExtractor extractor, TextWriter errors)
{
    // Articles read ahead and extracted together: enough to keep every core busy, few enough that
    // memory holds only a handful of texts however large the folder.
    private const int ChunkSize = 64;

    public async Task<CorpusResult> RunAsync(IArticleSource source, CancellationToken cancellationToken, EntityCuration? curation = null, Func<SourceItem, bool>? reusable = null, IExtractedArticles? keep = null)
    {
        var graph = new CorpusGraph(curation, keep);
        var failures = new List<(string, string)>();
        var reused = new List<string>();
        var extracted = new List<string>();
        var seen = new Dictionary<string, (string File, string Hash)>(StringComparer.Ordinal);
        long words = 0;
        await foreach (var chunk in source.ReadAsync(cancellationToken).Chunk(ChunkSize).ConfigureAwait(false))
        {
            var outcomes = new (ArticleGraph? Graph, string? Error)[chunk.Length];
            Parallel.For(0, chunk.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => outcomes[i] = Extract(chunk[i], reusable, cancellationToken));
            for (var i = 0; i < chunk.Length; i++)
            {
                var item = chunk[i];
                if (outcomes[i].Error is { } error)
                    Fail(item.File, error);
                else if (Repeated(item) is { } earlier)
                {
                    if (earlier.Hash != ArticleIds.ContentHash(item.Article!))
                        Fail(item.File, $"another article with the same id ({ArticleIds.For(item.Article!)}) was read first, from {earlier.File}");
                }
                else if (outcomes[i].Graph is { } article)
                {
                    graph.Add(item.Folder is null ? article : article with { Article = article.Article with { Folder = item.Folder } });
                    extracted.Add(article.Article.Id);
                    words += article.WordCount;
                }
                else
                    reused.Add(ArticleIds.For(item.Article!));
            }
        }

        return new CorpusResult(graph, failures, words) { Reused = reused, Extracted = extracted };

        // Two names for one article (two feeds' links to a page, a file in two folders): the first one read stands.
        (string File, string Hash)? Repeated(SourceItem item)
        {
            var id = ArticleIds.For(item.Article!);
            if (seen.TryGetValue(id, out var earlier))
                return earlier;
            seen[id] = (item.Folder is null ? item.File : Path.Combine(item.Folder, item.File), ArticleIds.ContentHash(item.Article!));
            return null;
        }

        void Fail(string file, string reason)
        {
            failures.Add((file, reason));
            errors.WriteLine($"error: {file}: {reason}");
        }
    }

    /// <summary>The article's graph, or its error, or neither when it is reusable.</summary>
    private (ArticleGraph?, string?) Extract(SourceItem item, Func<SourceItem, bool>? reusable, CancellationToken cancellationToken)
    {
        if (item.Article is null)
            return (null, item.Error ?? "unreadable");
        if (reusable?.Invoke(item) == true)
            return (null, null);
        try
        {
            return (extractor.Extract(item.Article, cancellationToken), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (null, ex.Message);
        }
    }
}
