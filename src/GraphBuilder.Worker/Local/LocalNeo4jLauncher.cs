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
internal sealed class LocalNeo4jLauncher(IOptions<Neo4jOptions> options, ILogger<LocalNeo4jLauncher> logger)
{
    /// <summary>The start script; found in the checkout unless a test names another.</summary>
    internal string? Script { get; init; } = FindScript();

    public async Task EnsureRunningAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.StartLocal || !IsLoopback(settings.Uri) || await AnswersAsync(settings.Uri, cancellationToken).ConfigureAwait(false))
            return;
        if (Script is not { } script)
            return; // not in a checkout: nothing to start, and the store will say the server is unreachable
        logger.StartingLocalNeo4j(script);
        var start = new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["NEO4J_HTTP_PORT"] = settings.Uri.Port.ToString(CultureInfo.InvariantCulture);
        start.Environment["NEO4J_PASSWORD"] = settings.Password;
        using var process = Process.Start(start)!;
        // Both pipes are drained while the script runs: a full pipe would block a chatty script for ever.
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await stdout.ConfigureAwait(false);
        if (process.ExitCode != 0)
            throw new Neo4jException("GraphBuilder.LocalStartFailed", $"scripts/neo4j-local.sh start failed: {(await stderr.ConfigureAwait(false)).Trim()}", false);
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
