using GraphBuilder.Store;
using GraphBuilder.Worker.Composition;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// Builds the Generic Host for a command: appsettings.json beside the program, environment variables
/// (GraphBuilder__Neo4j__Uri …) and command-line settings (--GraphBuilder:Neo4j:Uri …), with every
/// option validated before anything runs.
/// </summary>
internal static class CommandHost
{
    public static bool PasswordOnCommandLine(IReadOnlyList<string> settings) =>
        settings.Any(s => s.Contains("Neo4j:Password", StringComparison.OrdinalIgnoreCase) || s.Contains("Neo4j__Password", StringComparison.OrdinalIgnoreCase));

    public static IHost Build(IReadOnlyList<string> settings, Action<HostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [.. settings],
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Logs go to stderr so that a command's output on stdout stays clean for pipes.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddGraphBuilder(builder.Configuration);
        configure?.Invoke(builder);
        var host = builder.Build();
        host.Services.GetRequiredService<IStartupValidator>().Validate();
        return host;
    }

    /// <summary>Runs a command body with its host's services; a bad setting ends it with one clear line and exit code 2.</summary>
    public static Task<int> RunAsync(IReadOnlyList<string> settings, TextWriter stderr, Func<IServiceProvider, Task<int>> body) =>
        RunHostAsync(settings, stderr, null, host => body(host.Services));

    /// <summary>The same, for a command that runs the host itself (the hosted worker).</summary>
    public static async Task<int> RunHostAsync(IReadOnlyList<string> settings, TextWriter stderr, Action<HostApplicationBuilder>? configure, Func<IHost, Task<int>> body)
    {
        if (PasswordOnCommandLine(settings))
        {
            // Anyone on the machine can read a command line (ps); a password belongs in the environment.
            await stderr.WriteLineAsync("error: do not pass the Neo4j password on the command line, where ps shows it; set GraphBuilder__Neo4j__Password in the environment or in appsettings.json.").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        IHost host;
        try
        {
            host = Build(settings, configure);
        }
        catch (Exception ex) when (ValidationFailures(ex) is { } failures)
        {
            await stderr.WriteLineAsync($"error: invalid configuration: {string.Join("; ", failures)}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }
        catch (InvalidOperationException ex) when (ex.InnerException is FormatException)
        {
            await stderr.WriteLineAsync($"error: invalid configuration: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        using (host)
            return await MapErrorsAsync(stderr, () => body(host)).ConfigureAwait(false);
    }

    /// <summary>
    /// The distinct failures of options validation, alone or several at once: options that others are
    /// configured from (the web client's from GraphBuilder:Web) fail once for each.
    /// </summary>
    private static IEnumerable<string>? ValidationFailures(Exception ex) => ex switch
    {
        OptionsValidationException one => one.Failures,
        AggregateException all when all.InnerExceptions.All(e => e is OptionsValidationException) =>
            all.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Distinct(),
        _ => null,
    };

    /// <summary>Whatever the command, Neo4j failing is one line naming the server and why, and exit code 2.</summary>
    public static async Task<int> MapErrorsAsync(TextWriter stderr, Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (Neo4jException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }
    }
}
