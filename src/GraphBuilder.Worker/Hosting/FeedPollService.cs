using GraphBuilder.Store;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using GraphBuilder.Worker.Sources.Web;
using Humanizer;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Hosting;

/// <summary>
/// Keeps the graph in step with the feeds among the worker's sources. Each feed is polled every
/// <see cref="WorkerOptions.FeedInterval"/> from its own start, the feeds due at one moment in one
/// ingest; what was fetched is remembered in the graph (<see cref="FetchHistory"/>), so an unchanged
/// feed costs one short answer, before and after a restart. New and changed pages are written; a
/// page that left its feed stays. A failed feed or page is simply asked again at the next poll.
/// </summary>
internal sealed class FeedPollService(
    IngestRunner runner,
    WebSources web,
    GraphStore store,
    LocalNeo4jLauncher launcher,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<FeedPollService> logger) : BackgroundService
{
    /// <summary>Raised after each poll, once the wait for the next one has begun: for health reporting and tests.</summary>
    public event EventHandler<IngestResult>? Polled;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Feeds.Count == 0)
            return;
        logger.Following($"{"feed".ToQuantity(settings.Feeds.Count)} ({string.Join(", ", settings.Feeds)})", settings.FeedInterval, settings.PageRecheck);
        await launcher.TryEnsureRunningAsync(stoppingToken).ConfigureAwait(false);

        var due = settings.Feeds.ToDictionary(f => f, _ => time.GetUtcNow());
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var polling = due.Where(d => d.Value <= now).Select(d => d.Key).ToList();
            foreach (var feed in polling)
                due[feed] = now + settings.FeedInterval;
            IngestResult? result;
            try
            {
                result = polling.Count > 0 ? await PollAsync(polling, stoppingToken).ConfigureAwait(false) : null;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }

            var wait = due.Values.Min() - time.GetUtcNow();
            var next = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken);
            if (result is not null)
                Polled?.Invoke(this, result);
            try
            {
                await next.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task<IngestResult> PollAsync(IReadOnlyList<Uri> feeds, CancellationToken cancellationToken)
    {
        var history = new FetchHistory(store.FetchStatesAsync, options.Value.PageRecheck, time);
        var started = time.GetTimestamp();
        try
        {
            var result = await runner.RunAsync(web.Open(feeds, history), NoProgress.Instance, cancellationToken).ConfigureAwait(false);
            // After an outage that cut the writing short, nothing is remembered: the next poll reads
            // everything again, and what was written meanwhile costs only a hash.
            if (result.Fatal is not null || result.Interrupted)
                logger.PollFailed(string.Join(", ", feeds), result.Fatal ?? "Neo4j outage outlasted the retries");
            else if (history.ToKeep(result.Failures.Select(f => f.File)) is { Count: > 0 } keep)
                await store.SaveFetchStatesAsync(keep, cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Neo4jException ex)
        {
            // The fetches are not remembered: the next poll reads again whatever this one could not store.
            logger.PollFailed(string.Join(", ", feeds), ex.Message);
            return IngestResult.NothingDone(ex.Message, time.GetElapsedTime(started));
        }
    }
}
