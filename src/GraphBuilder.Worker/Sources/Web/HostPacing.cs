using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>
/// Politeness towards each host: one request at a time (with its retries), and
/// <see cref="WebOptions.DelayPerHost"/> between the end of one and the start of the next. Shared by
/// every request of the process, the worker's polls and the commands alike.
/// </summary>
internal sealed class HostPacing(IOptions<WebOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<T> RunAsync<T>(Uri address, Func<CancellationToken, Task<T>> request, CancellationToken cancellationToken)
    {
        var host = _hosts.GetOrAdd(address.Authority, _ => new Host());
        await host.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (host.Last is { } last && last + options.Value.DelayPerHost - time.GetUtcNow() is { Ticks: > 0 } wait)
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            return await request(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            host.Last = time.GetUtcNow();
            host.Gate.Release();
        }
    }

    private sealed class Host
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset? Last { get; set; }
    }
}

/// <summary>Puts every request of the web client through <see cref="HostPacing"/>, outside its retries.</summary>
internal sealed class HostPacingHandler(HostPacing pacing) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        pacing.RunAsync(request.RequestUri!, ct => base.SendAsync(request, ct), cancellationToken);
}
