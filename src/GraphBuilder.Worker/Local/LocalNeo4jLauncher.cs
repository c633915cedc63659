using System.Diagnostics;
using System.Globalization;
using System.Net;
using GraphBuilder.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Local;

/// <summary>
/// With nothing configured, GraphBuilder uses the project's local Neo4j: if the configured loopback
/// server does not answer, scripts/neo4j-local.sh installs (first time) and starts it.
/// </summary>
internal sealed class LocalNeo4jLauncher(IOptions<Neo4jOptions> options, ILogger<LocalNeo4jLauncher> logger) : IDisposable
{
    /// <summary>The start script; found in the checkout unless a test names another.</summary>
    internal string? Script { get; init; } = FindScript();

    // The worker's folder and feed services start together: one of them starts the server.
    private readonly SemaphoreSlim _starting = new(1, 1);

    public void Dispose() => _starting.Dispose();

    /// <summary>The same for the worker, which goes on when the server cannot be started: each of its runs tries Neo4j again.</summary>
    public async Task TryEnsureRunningAsync(CancellationToken cancellationToken)
    {
        try
        {
            await EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            logger.Neo4jUnavailable(ex.Message);
        }
    }

    public async Task EnsureRunningAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.StartLocal || !IsLoopback(settings.Uri))
            return;
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await AnswersAsync(settings.Uri, cancellationToken).ConfigureAwait(false))
                return;
            if (Script is not { } script)
                return; // not in a checkout: nothing to start, and the store will say the server is unreachable
            logger.StartingLocalNeo4j(script);
            await RunScriptAsync(["start"], new Dictionary<string, string>
            {
                ["NEO4J_HTTP_PORT"] = settings.Uri.Port.ToString(CultureInfo.InvariantCulture),
                ["NEO4J_PASSWORD"] = settings.Password,
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _starting.Release();
        }
    }

    /// <summary>Runs scripts/neo4j-local.sh with these arguments and environment; its error output becomes the exception's message.</summary>
    internal async Task RunScriptAsync(IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var script = Script ?? throw new Neo4jException("GraphBuilder.LocalScriptFailed", "scripts/neo4j-local.sh not found: not in a GraphBuilder checkout", false);
        var start = new ProcessStartInfo("bash", [script, .. arguments]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        // Both pipes are drained while the script runs: a full pipe would block a chatty script for ever.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await stdout.ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new Neo4jException("GraphBuilder.LocalScriptFailed", $"scripts/neo4j-local.sh {string.Join(' ', arguments)} failed: {(await stderr.ConfigureAwait(false)).Trim()}", false);
    }

    private static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var ip) && IPAddress.IsLoopback(ip));

    private static async Task<bool> AnswersAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>scripts/neo4j-local.sh in the current folder or one above it, or above the program.</summary>
    private static string? FindScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "scripts", "neo4j-local.sh");
                if (File.Exists(candidate))
                    return candidate;
            }
        }

        return null;
    }
}
