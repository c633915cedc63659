using GraphBuilder.Store;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Hosting;

/// <summary>
/// Keeps the graph in step with a folder: ingests it at start, again whenever a .txt file appears,
/// changes or goes (a FileSystemWatcher wakes it; a periodic rescan catches the events watchers
/// drop), and in full on the refresh interval. Files still being written wait until they settle.
/// </summary>
internal sealed class FolderWatchService(
    IngestRunner runner,
    LocalNeo4jLauncher launcher,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<FolderWatchService> logger) : BackgroundService
{
    private TaskCompletionSource _wake = NewWake();

    /// <summary>Raised after each ingest of the folder, for health reporting and tests.</summary>
    public event EventHandler<IngestResult>? Refreshed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var folder = Path.GetFullPath(settings.InputFolder);
        logger.Watching(folder, settings.RefreshInterval);
        try
        {
            await launcher.EnsureRunningAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            logger.Neo4jUnavailable(ex.Message); // the loop below retries on every rescan
        }

        var scanner = new FolderScanner(folder, settings.StableFor, time);
        using var watcher = Watch(folder);
        var nextRefresh = time.GetUtcNow();
        string? doneFingerprint = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = Volatile.Read(ref _wake);
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
            try
            {
                await Task.WhenAny(Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, time, stoppingToken), wake.Task).ConfigureAwait(false);
            }
            finally
            {
                if (wake.Task.IsCompleted)
                    Interlocked.CompareExchange(ref _wake, NewWake(), wake);
            }
        }
    }

    private FileSystemWatcher? Watch(string folder)
    {
        if (!Directory.Exists(folder))
            return null;
        var watcher = new FileSystemWatcher(folder, "*.txt") { NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
        watcher.Created += (_, _) => Wake();
        watcher.Changed += (_, _) => Wake();
        watcher.Deleted += (_, _) => Wake();
        watcher.Renamed += (_, _) => Wake();
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Wake() => Volatile.Read(ref _wake).TrySetResult();

    private static TaskCompletionSource NewWake() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
