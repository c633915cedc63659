using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Ingestion;

/// <summary>
/// Extracts a folder and writes what changed: articles whose content hash is already stored are
/// skipped, the rest go in batches (one transaction each). One article's failure is reported with
/// its file and the others go on; a Neo4j outage is retried, and what it outlasts is reported as
/// not written, never as done.
/// </summary>
internal sealed class IngestRunner(
    IArticleExtractor extractor,
    GraphStore store,
    IGraphWriter writer,
    Retrier retrier,
    IOptions<Neo4jOptions> neo4j,
    TimeProvider time,
    ILogger<IngestRunner> logger)
{
    public async Task<IngestResult> RunAsync(string folder, IIngestProgress progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        IReadOnlyDictionary<string, StoredArticle> stored;
        try
        {
            await retrier.RunAsync(store.EnsureSchemaAsync, cancellationToken).ConfigureAwait(false);
            stored = await retrier.RunAsync(store.ArticlesAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            logger.Neo4jUnavailable(ex.Message);
            return new IngestResult(0, 0, 0, [], 0, time.GetElapsedTime(started)) { Fatal = ex.Message };
        }

        if (!Directory.Exists(folder))
            return new IngestResult(0, 0, 0, [], 0, time.GetElapsedTime(started)) { Fatal = $"the input folder '{folder}' does not exist" };

        var extraction = await new CorpusExtraction(extractor, TextWriter.Null)
            .RunAsync(new FolderArticleSource(folder, FolderArticleSource.DefaultMaxBytes), cancellationToken).ConfigureAwait(false);
        var failures = extraction.Failures.ToList();
        foreach (var (file, reason) in failures)
            logger.ArticleFailed(file, reason);

        var snapshot = extraction.Graph.Build();
        var changed = snapshot.Slices().Where(s => stored.GetValueOrDefault(s.Article.Id)?.ContentHash != s.Article.ContentHash).ToList();
        var replaced = changed.Any(s => stored.ContainsKey(s.Article.Id));
        var written = 0;
        long statements = 0;
        var batchSize = neo4j.Value.BatchSize;
        for (var i = 0; i < changed.Count; i += batchSize)
        {
            progress.Report("Writing", written, changed.Count);
            var batch = changed.GetRange(i, Math.Min(batchSize, changed.Count - i));
            try
            {
                await retrier.RunAsync(ct => writer.WriteAsync(batch, ct), cancellationToken).ConfigureAwait(false);
                written += batch.Count;
                statements += batch.Sum(s => s.Statements.Count);
            }
            catch (Neo4jException ex) when (ex.IsTransient)
            {
                // The outage outlasted the retries: nothing from here on is written or marked done.
                foreach (var slice in changed.Skip(i))
                    Fail(slice, $"not written: {ex.Message}");
                break;
            }
            catch (Neo4jException)
            {
                // Something in the batch is refused: write its articles one by one so only the bad one fails.
                foreach (var slice in batch)
                {
                    try
                    {
                        await retrier.RunAsync(ct => writer.WriteAsync([slice], ct), cancellationToken).ConfigureAwait(false);
                        written++;
                        statements += slice.Statements.Count;
                    }
                    catch (Neo4jException single)
                    {
                        Fail(slice, single.Message);
                    }
                }
            }
        }

        progress.Report("Writing", written, changed.Count);
        if (replaced && written > 0)
            await retrier.RunAsync(store.DeleteOrphansAsync, cancellationToken).ConfigureAwait(false);

        var result = new IngestResult(snapshot.Articles.Count, written, snapshot.Articles.Count - changed.Count, failures, statements, time.GetElapsedTime(started));
        logger.Ingested(result.Written, result.Read, result.Unchanged, failures.Count, result.Elapsed);
        return result;

        void Fail(ArticleSlice slice, string reason)
        {
            failures.Add((slice.Article.File, reason));
            logger.ArticleFailed(slice.Article.File, reason);
        }
    }
}
