using GraphBuilder.Store;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Hosting;

/// <summary>
/// Keeps the graph in step with the worker's folders: ingests each at start, again whenever an article
/// file appears, changes or goes (a FileSystemWatcher wakes it; a periodic rescan catches the events
/// watchers drop), and in full on the refresh interval. Files still being written wait until they settle.
/// </summary>
internal sealed class FolderWatchService(
    IngestRunner runner,
    LocalNeo4jLauncher launcher,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<FolderWatchService> logger) : BackgroundService
{
    /// <summary>Raised after each ingest of a folder, for health reporting and tests.</summary>
    public event EventHandler<IngestResult>? Refreshed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await launcher.TryEnsureRunningAsync(stoppingToken).ConfigureAwait(false);

        await Task.WhenAll(options.Value.Folders.Select(f => WatchAsync(Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)), stoppingToken))).ConfigureAwait(false);
    }

    private async Task WatchAsync(string folder, CancellationToken stoppingToken)
    {
        var settings = options.Value;
        logger.Watching(folder, settings.RefreshInterval);
        var wake = new Wake();
        var scanner = new FolderScanner(folder, settings.StableFor, time);
        using var watcher = Watch(folder, wake);
        var nextRefresh = time.GetUtcNow();
        string? doneFingerprint = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var woken = wake.Next;
            var settling = false;
            try
            {
                (var ready, settling, var fingerprint) = Directory.Exists(folder) ? scanner.Scan() : (new HashSet<string>(), false, "");
                var full = time.GetUtcNow() >= nextRefresh;
                if (full || fingerprint != doneFingerprint)
                {
                    if (full)
                        nextRefresh = time.GetUtcNow() + settings.RefreshInterval;
                    var result = await runner.RunAsync(folder, NoProgress.Instance, stoppingToken, new WatchScope(ready, scanner.Present())).ConfigureAwait(false);
                    // Only a run that reached Neo4j counts as done; otherwise the next rescan tries again.
                    if (result.Fatal is null && !result.Interrupted)
                        doneFingerprint = fingerprint;
                    else
                        logger.RefreshFailed(folder, result.Fatal ?? "Neo4j outage outlasted the retries");
                    Refreshed?.Invoke(this, result);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Neo4jException)
            {
                logger.RefreshFailed(folder, ex.Message);
            }

            var wait = settling ? Min(settings.StableFor, settings.RescanInterval) : settings.RescanInterval;
            wait = Min(wait, nextRefresh - time.GetUtcNow());
            await Task.WhenAny(Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken), woken).ConfigureAwait(false);
            wake.Reset(woken);
        }
    }

    private static FileSystemWatcher? Watch(string folder, Wake wake)
    {
        if (!Directory.Exists(folder))
            return null;
        var watcher = new FileSystemWatcher(folder) { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        foreach (var pattern in new[] { "*.txt", "*.html", "*.htm" })
            watcher.Filters.Add(pattern);
        watcher.Created += (_, _) => wake.Signal();
        watcher.Changed += (_, _) => wake.Signal();
        watcher.Deleted += (_, _) => wake.Signal();
        watcher.Renamed += (_, _) => wake.Signal();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    /// <summary>A folder's wake-up call from its watcher, set from the watcher's threads and taken by its loop.</summary>
    private sealed class Wake
    {
        private TaskCompletionSource _next = New();

        public Task Next => Volatile.Read(ref _next).Task;

        public void Signal() => Volatile.Read(ref _next).TrySetResult();

        public void Reset(Task taken)
        {
            var current = Volatile.Read(ref _next);
            if (taken.IsCompleted && current.Task == taken)
                Interlocked.CompareExchange(ref _next, New(), current);
        }

        private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
