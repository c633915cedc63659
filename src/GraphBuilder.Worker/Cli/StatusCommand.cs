using System.CommandLine;
using System.Globalization;
using GraphBuilder.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Cli;

/// <summary><c>status</c>: the server's version and the graph's counts by label and relationship type.</summary>
internal static class StatusCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var command = new Command("status", "Show the Neo4j server version and the graph's counts");
        command.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services => RunAsync(services, Console.Out, ct)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter stdout, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<GraphStore>();
        var server = await store.ServerAsync(cancellationToken).ConfigureAwait(false);
        var (labels, relationships) = await store.CountsAsync(cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"Neo4j {server.Version} ({server.Edition}) at {server.CommitUri.GetLeftPart(UriPartial.Authority)}").ConfigureAwait(false);
        foreach (var (label, count) in labels)
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  :{label,-14} {count,10:N0}")).ConfigureAwait(false);
        foreach (var (type, count) in relationships)
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  [:{type}]{new string(' ', Math.Max(1, 13 - type.Length))}{count,10:N0}")).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
