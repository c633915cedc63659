using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Worker.Sources;

namespace GraphBuilder.Worker.Cli;

/// <summary>The outcome of extracting a folder: the graph and the files that failed, with reasons.</summary>
internal sealed record CorpusResult(CorpusGraph Graph, IReadOnlyList<(string File, string Reason)> Failures, long Words);

/// <summary>
/// Extracts every article of a source into one corpus graph. One article's failure is recorded with
/// its file name and the others go on. With a <c>folder</c>, each article records the folder it came from;
/// with a <c>curation</c>, the graph resolves entities by it.
/// </summary>
internal sealed class CorpusExtraction(IArticleExtractor extractor, TextWriter errors)
{
    public async Task<CorpusResult> RunAsync(IArticleSource source, CancellationToken cancellationToken, string? folder = null, EntityCuration? curation = null)
    {
        var graph = new CorpusGraph(curation);
        var failures = new List<(string, string)>();
        long words = 0;
        await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Article is null)
            {
                Fail(item.File, item.Error ?? "unreadable");
                continue;
            }

            try
            {
                var article = extractor.Extract(item.Article, cancellationToken);
                graph.Add(folder is null ? article : article with { Article = article.Article with { Folder = folder } });
                words += article.WordCount;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Fail(item.File, ex.Message);
            }
        }

        return new CorpusResult(graph, failures, words);

        void Fail(string file, string reason)
        {
            failures.Add((file, reason));
            errors.WriteLine($"error: {file}: {reason}");
        }
    }
}
