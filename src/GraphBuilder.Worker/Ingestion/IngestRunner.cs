using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Curation;
using GraphBuilder.Worker.Sources;
using GraphBuilder.Worker.Sources.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace GraphBuilder.Worker.Ingestion;

/// <summary>
/// Extracts articles (folders, files, feeds, pages) and writes what changed. They are resolved together with every
/// article already stored (through the extraction each keeps), so the graph is the same whatever order
/// or batches the articles came in: an article whose resolved facts are already stored is skipped,
/// and a stored article whose entities a new one merges or splits is rewritten with it. Batches are
/// one transaction each. One article's failure is reported with its file and the others go on; a
/// Neo4j outage is retried, and what it outlasts is reported as not written, never as done.
/// </summary>
internal sealed class IngestRunner(
    IArticleExtractor extractor,
    GraphStore store,
    IGraphWriter writer,
    CurationFile curation,
    WebSources web,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<Neo4jOptions> neo4j,
    TimeProvider time,
    ILogger<IngestRunner> logger) : IDisposable
{
    /// <summary>What a failure names instead of a file when a batch's entity updates or clean-up fail.</summary>
    public const string EntityUpdates = "(entity updates and clean-up)";

    // Stored extractions fetched per request (about 15 KB each).
    private const int ExtractionPage = 1_000;

    // Batches prepared ahead of the one being written: enough to hide the preparing behind the writing.
    private const int PlannedAhead = 2;

    private readonly ResiliencePipeline _retry = pipelines.GetPipeline(Neo4jRetry.PipelineKey);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Ingests one folder, article file, feed or page; see <see cref="RunAsync(IReadOnlyList{string}, IIngestProgress, CancellationToken, WatchScope?)"/>.</summary>
    public Task<IngestResult> RunAsync(string input, IIngestProgress progress, CancellationToken cancellationToken, WatchScope? watch = null) =>
        RunAsync([input], progress, cancellationToken, watch);

    /// <summary>
    /// Ingests any mix of folders, article files and http(s) addresses of feeds or pages. With a
    /// <paramref name="watch"/> scope (the hosted worker, one folder), only the files ready to read are
    /// read, and articles of the folder whose file is gone are removed.
    /// Cancellation is checked between batches: the batch in flight commits or rolls back whole.
    /// </summary>
    public Task<IngestResult> RunAsync(IReadOnlyList<string> inputs, IIngestProgress progress, CancellationToken cancellationToken, WatchScope? watch = null)
    {
        if (!ArticleInputs.TryParse(inputs, out var parsed, out var error))
            return Task.FromResult(IngestResult.NothingDone(error, TimeSpan.Zero));
        (string, IReadOnlySet<string>)? vanished = watch is null ? null : (parsed.Folders.Single(), watch.Present);
        return RunAsync(parsed.Open(web, watch?.Ready), progress, cancellationToken, vanished);
    }

    /// <summary>
    /// Ingests what <paramref name="source"/> reads. With <paramref name="vanished"/>, articles stored
    /// from that folder whose file is not among the present ones are removed first. Runs of one
    /// process (the worker's folders and feeds) take turns: each resolves against what the one before
    /// wrote, instead of racing it into retries.
    /// </summary>
    public async Task<IngestResult> RunAsync(IArticleSource source, IIngestProgress progress, CancellationToken cancellationToken, (string Folder, IReadOnlySet<string> Present)? vanished = null)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await RunAloneAsync(source, progress, vanished, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task<IngestResult> RunAloneAsync(IArticleSource source, IIngestProgress progress, (string Folder, IReadOnlySet<string> Present)? vanished, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        IngestResult Fatal(string reason) => IngestResult.NothingDone(reason, time.GetElapsedTime(started));

        // Read before anything is written: a broken curation file stops the run with the graph untouched.
        if (!curation.TryLoad(out var decisions, out var curationError))
            return Fatal(curationError);

        IReadOnlyDictionary<string, StoredArticle> stored;
        IngestState? previous;
        var current = new IngestState(extractor.Version, CurationFile.Fingerprint(decisions));
        try
        {
            await Retry(store.EnsureSchemaAsync, cancellationToken).ConfigureAwait(false);
            stored = await Retry(store.ArticlesAsync, cancellationToken).ConfigureAwait(false);
            previous = await Retry(store.IngestStateAsync, cancellationToken).ConfigureAwait(false);
            if (vanished is { } scope && await RemoveVanishedAsync(scope.Folder, stored, scope.Present, cancellationToken).ConfigureAwait(false) is { } left)
                (stored, previous) = (left, null);
        }
        catch (Neo4jException ex)
        {
            logger.Neo4jUnavailable(ex.Message);
            return Fatal(ex.Message);
        }

        // A stored article whose text is unchanged keeps an extraction as good as a new one when the
        // same extractor made it: it costs a hash and a lookup. When every article read is such, and
        // the last complete run resolved with this extractor and curation, the graph is already right.
        bool Reusable(SourceItem item) =>
            stored.TryGetValue(ArticleIds.For(item.Article!), out var kept) && kept.Extractor == current.Extractor
            && kept.Folder == item.Folder && kept.ContentHash == ArticleIds.ContentHash(item.Article!);
        using var spool = new ExtractionSpool();
        CorpusResult extraction;
        try
        {
            extraction = await new CorpusExtraction(extractor, TextWriter.Null)
                .RunAsync(source, cancellationToken, decisions, Reusable, spool).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            // Only the spool throws here (a file that cannot be read fails alone), before anything is written.
            return Fatal(ex.Message);
        }

        var failures = extraction.Failures.ToList();
        foreach (var (file, reason) in failures)
            logger.ArticleFailed(file, reason);

        var corpus = extraction.Graph;
        var read = corpus.ArticleCount + extraction.Reused.Count;
        if (corpus.ArticleCount == 0 && previous == current)
        {
            var unchanged = new IngestResult(read, 0, read, failures, 0, time.GetElapsedTime(started));
            logger.Ingested(0, read, read, failures.Count, unchanged.Elapsed);
            return unchanged;
        }

        IReadOnlyDictionary<string, string> entities;
        try
        {
            // Stored articles this run did not read (other folders, files not ready, files that failed
            // to read) take part in resolution through the extraction they keep, fetched a page at a time.
            foreach (var page in stored.Keys.Where(id => !corpus.Contains(id)).Chunk(ExtractionPage).ToList())
            {
                foreach (var article in await Retry(ct => store.ExtractionsAsync(page, ct), cancellationToken).ConfigureAwait(false))
                    corpus.Add(article);
            }

            entities = await Retry(store.EntityFingerprintsAsync, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            logger.Neo4jUnavailable(ex.Message);
            return Fatal(ex.Message);
        }

        var written = new HashSet<string>(StringComparer.Ordinal);
        var unwritten = new HashSet<string>(StringComparer.Ordinal);
        var changed = new List<(string Id, bool IsNew, int Statements)>();
        Neo4jException? outage = null;
        var complete = true;
        var marking = previous is not null;
        var total = corpus.ArticleCount;
        progress.Report("Writing", 0, total);
        // Planned and prepared (rows and request) on a thread of their own, ahead of the writing, whose time is Neo4j's.
        var planned = GraphChanges.Between(corpus.Resolve(), stored, entities, neo4j.Value.BatchSize)
            .Select(p => (Prepared: writer.Prepare(p.Batch), p.Compared));
        await foreach (var (prepared, compared) in planned.Ahead(PlannedAhead, cancellationToken).ConfigureAwait(false))
        {
            var batch = prepared.Batch;
            cancellationToken.ThrowIfCancellationRequested();
            changed.AddRange(batch.Slices.Select(s => (s.Article.Id, stored.GetValueOrDefault(s.Article.Id)?.ContentHash != s.Article.ContentHash, s.Statements.Count)));
            if (outage is not null)
            {
                // The outage outlasted the retries: nothing from there on is written or marked done.
                foreach (var slice in batch.Slices)
                    Fail(slice, $"not written: {outage.Message}", outage);
                continue;
            }

            if (marking)
            {
                if (!await TrySetStateAsync(null).ConfigureAwait(false))
                    return Fatal("could not mark the graph as being written");
                marking = false;
            }

            try
            {
                // The request itself is not cancelled: on shutdown the batch in flight finishes (or
                // fails and rolls back) within the request timeout, never half-written.
                await Retry(_ => writer.WriteAsync(prepared, CancellationToken.None), cancellationToken).ConfigureAwait(false);
                written.UnionWith(batch.Slices.Select(s => s.Article.Id));
            }
            catch (Neo4jException ex) when (ex.IsTransient)
            {
                outage = ex;
                foreach (var slice in batch.Slices)
                    Fail(slice, $"not written: {ex.Message}", ex);
            }
            catch (Neo4jException)
            {
                // Something in the batch is refused: write its articles one by one so only the bad one fails.
                foreach (var slice in batch.Slices)
                {
                    try
                    {
                        await Retry(ct => writer.WriteAsync(GraphBatch.Merging([slice]), ct), cancellationToken).ConfigureAwait(false);
                        written.Add(slice.Article.Id);
                    }
                    catch (Neo4jException single)
                    {
                        Fail(slice, single.Message, single);
                    }
                }

                if (batch with { Slices = [] } is { IsEmpty: false } rest)
                {
                    try
                    {
                        await Retry(ct => writer.WriteAsync(rest, ct), cancellationToken).ConfigureAwait(false);
                    }
                    catch (Neo4jException other)
                    {
                        // The articles stand; entity updates and clean-up are tried again by the next run.
                        complete = false;
                        failures.Add((EntityUpdates, other.Message));
                        logger.ArticleNotWritten(other, EntityUpdates);
                    }
                }
            }

            progress.Report("Writing", compared, total);
        }

        progress.Report("Writing", total, total);
        if (outage is null)
        {
            var stamped = extraction.Extracted.Where(id => !unwritten.Contains(id) && stored.GetValueOrDefault(id)?.Extractor != current.Extractor).ToList();
            if (stamped.Count > 0)
                await TryAsync(ct => store.StampExtractorAsync(stamped, current.Extractor, ct)).ConfigureAwait(false);
            if (complete && previous != current)
                await TrySetStateAsync(current).ConfigureAwait(false);
        }

        var newContent = changed.Where(c => c.IsNew).ToList();
        var newWritten = newContent.Where(c => written.Contains(c.Id)).ToList();
        var result = new IngestResult(read, newWritten.Count, read - newContent.Count, failures, newWritten.Sum(c => c.Statements), time.GetElapsedTime(started))
        {
            Interrupted = outage is not null,
            Relinked = written.Count - newWritten.Count,
        };
        logger.Ingested(result.Written, result.Read, result.Unchanged, failures.Count, result.Elapsed);
        return result;

        void Fail(ArticleSlice slice, string reason, Neo4jException exception)
        {
            complete = false;
            unwritten.Add(slice.Article.Id);
            failures.Add((slice.Article.File, reason));
            logger.ArticleNotWritten(exception, slice.Article.File);
        }
    }

    /// <summary>Records what the stored graph was resolved with; a failure only costs the next run its shortcut.</summary>
    private Task<bool> TrySetStateAsync(IngestState? state) => TryAsync(ct => store.SetIngestStateAsync(state, ct));

    /// <summary>Book-keeping after the articles: a failure is logged and costs the next run only time.</summary>
    private async Task<bool> TryAsync(Func<CancellationToken, Task> action)
    {
        try
        {
            await Retry(action, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Neo4jException ex)
        {
            logger.Neo4jUnavailable(ex.Message);
            return false;
        }
    }

    private Task<T> Retry<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await action(ct).ConfigureAwait(false), cancellationToken).AsTask();

    private Task Retry(Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => await action(ct).ConfigureAwait(false), cancellationToken).AsTask();

    /// <summary>Deletes the folder's articles whose file is gone; returns the stored articles left, or null when none went.</summary>
    private async Task<IReadOnlyDictionary<string, StoredArticle>?> RemoveVanishedAsync(string folder, IReadOnlyDictionary<string, StoredArticle> stored, IReadOnlySet<string> present, CancellationToken cancellationToken)
    {
        var gone = stored.Values.Where(a => a.Folder == folder && a.File is not null && !present.Contains(a.File)).Select(a => a.Id).ToList();
        if (gone.Count == 0)
            return null;
        await Retry(ct => store.SetIngestStateAsync(null, ct), cancellationToken).ConfigureAwait(false);
        await Retry(ct => store.DeleteArticlesAsync(gone, ct), cancellationToken).ConfigureAwait(false);
        logger.ArticlesRemoved(gone.Count);
        return stored.Where(a => !gone.Contains(a.Key)).ToDictionary(StringComparer.Ordinal);
    }
}
