using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Sources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

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
    ResiliencePipelineProvider<string> pipelines,
    IOptions<Neo4jOptions> neo4j,
    TimeProvider time,
    ILogger<IngestRunner> logger)
{
    /// <summary>What a failure names instead of a file when the clean-up after writing fails.</summary>
    public const string OrphanCleanup = "(clean-up of entities no article names)";

    private readonly ResiliencePipeline _retry = pipelines.GetPipeline(Neo4jRetry.PipelineKey);

    /// <summary>
    /// Ingests <paramref name="folder"/>. With a <paramref name="watch"/> scope (the hosted worker), only
    /// the files ready to read are read, and articles of this folder whose file is gone are removed.
    /// Cancellation is checked between batches: the batch in flight commits or rolls back whole.
    /// </summary>
    public async Task<IngestResult> RunAsync(string folder, IIngestProgress progress, CancellationToken cancellationToken, WatchScope? watch = null)
    {
        folder = Path.GetFullPath(folder);
        var started = time.GetTimestamp();
        IReadOnlyDictionary<string, StoredArticle> stored;
        try
        {
            await _retry.ExecuteAsync(async ct => await store.EnsureSchemaAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            stored = await _retry.ExecuteAsync(async ct => await store.ArticlesAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (Directory.Exists(folder) && watch is not null)
                await RemoveVanishedAsync(folder, stored, watch.Present, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            logger.Neo4jUnavailable(ex.Message);
            return new IngestResult(0, 0, 0, [], 0, time.GetElapsedTime(started)) { Fatal = ex.Message };
        }

        if (!Directory.Exists(folder))
            return new IngestResult(0, 0, 0, [], 0, time.GetElapsedTime(started)) { Fatal = $"the input folder '{folder}' does not exist" };

        var extraction = await new CorpusExtraction(extractor, TextWriter.Null)
            .RunAsync(new FolderArticleSource(folder, FolderArticleSource.DefaultMaxBytes, watch?.Ready), cancellationToken).ConfigureAwait(false);
        var failures = extraction.Failures.ToList();
        foreach (var (file, reason) in failures)
            logger.ArticleFailed(file, reason);

        var snapshot = extraction.Graph.Build();
        var changed = snapshot.Slices()
            .Where(s => stored.GetValueOrDefault(s.Article.Id)?.ContentHash != s.Article.ContentHash)
            .Select(s => s with { Article = s.Article with { Folder = folder } })
            .ToList();
        var replaced = changed.Any(s => stored.ContainsKey(s.Article.Id));
        var written = 0;
        var interrupted = false;
        long statements = 0;
        var batchSize = neo4j.Value.BatchSize;
        for (var i = 0; i < changed.Count; i += batchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress.Report("Writing", written, changed.Count);
            var batch = changed.GetRange(i, Math.Min(batchSize, changed.Count - i));
            try
            {
                // The request itself is not cancelled: on shutdown the batch in flight finishes (or
                // fails and rolls back) within the request timeout, never half-written.
                await _retry.ExecuteAsync(async _ => await writer.WriteAsync(batch, CancellationToken.None).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                written += batch.Count;
                statements += batch.Sum(s => s.Statements.Count);
            }
            catch (Neo4jException ex) when (ex.IsTransient)
            {
                // The outage outlasted the retries: nothing from here on is written or marked done.
                foreach (var slice in changed.Skip(i))
                    Fail(slice, $"not written: {ex.Message}", ex);
                interrupted = true;
                break;
            }
            catch (Neo4jException)
            {
                // Something in the batch is refused: write its articles one by one so only the bad one fails.
                foreach (var slice in batch)
                {
                    try
                    {
                        await _retry.ExecuteAsync(async ct => await writer.WriteAsync([slice], ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                        written++;
                        statements += slice.Statements.Count;
                    }
                    catch (Neo4jException single)
                    {
                        Fail(slice, single.Message, single);
                    }
                }
            }
        }

        progress.Report("Writing", written, changed.Count);
        if (replaced && written > 0)
        {
            try
            {
                await _retry.ExecuteAsync(async ct => await store.DeleteOrphansAsync(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex)
            {
                // The articles themselves are written; only entities no article names any more may linger.
                failures.Add((OrphanCleanup, ex.Message));
                logger.OrphanCleanupFailed(ex);
                interrupted = true;
            }
        }

        var result = new IngestResult(snapshot.Articles.Count, written, snapshot.Articles.Count - changed.Count, failures, statements, time.GetElapsedTime(started)) { Interrupted = interrupted };
        logger.Ingested(result.Written, result.Read, result.Unchanged, failures.Count, result.Elapsed);
        return result;

        void Fail(ArticleSlice slice, string reason, Neo4jException exception)
        {
            failures.Add((slice.Article.File, reason));
            logger.ArticleNotWritten(exception, slice.Article.File);
        }
    }

    private async Task RemoveVanishedAsync(string folder, IReadOnlyDictionary<string, StoredArticle> stored, IReadOnlySet<string> present, CancellationToken cancellationToken)
    {
        var gone = stored.Values.Where(a => a.Folder == folder && a.File is not null && !present.Contains(a.File)).Select(a => a.Id).ToList();
        if (gone.Count == 0)
            return;
        await _retry.ExecuteAsync(async ct => await store.DeleteArticlesAsync(gone, ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        logger.ArticlesRemoved(gone.Count);
    }
}
