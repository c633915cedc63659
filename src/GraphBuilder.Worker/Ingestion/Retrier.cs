using GraphBuilder.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Ingestion;

/// <summary>
/// The one place that decides about retries: a transient Neo4j failure (IsTransient) is tried again
/// with doubling delays up to the configured attempts; anything else goes straight to the caller.
/// </summary>
internal sealed class Retrier(IOptions<IngestOptions> options, TimeProvider time, ILogger<Retrier> logger)
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> action, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delay = settings.FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await action(cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException ex) when (ex.IsTransient && attempt < settings.MaxAttempts)
            {
                logger.Retrying(ex.Code, attempt, settings.MaxAttempts, delay);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, settings.MaxRetryDelay.Ticks));
            }
        }
    }

    public Task RunAsync(Func<CancellationToken, Task> action, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await action(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);
}
