using System.CommandLine;
using GraphBuilder.Store;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Cli;

/// <summary><c>reset --yes</c>: deletes GraphBuilder's nodes (Article, Entity, Statement) and nothing else.</summary>
internal static class ResetCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var yes = new Option<bool>("--yes") { Description = "Confirm the deletion" };
        var command = new Command("reset", "Delete GraphBuilder's nodes from Neo4j") { yes };
        command.SetAction((result, ct) => result.GetValue(yes)
            ? CommandHost.RunAsync(settings, Console.Error, services => RunAsync(services, Console.Out, ct))
            : Refuse());
        return command;
    }

    private static async Task<int> Refuse()
    {
        await Console.Error.WriteLineAsync("error: reset deletes every Article, Entity and Statement node; run it again with --yes to confirm.").ConfigureAwait(false);
        return ExitCodes.NothingDone;
    }

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter stdout, CancellationToken cancellationToken)
    {
        var deleted = await services.GetRequiredService<GraphStore>().ResetAsync(cancellationToken).ConfigureAwait(false);
        await stdout.WriteLineAsync($"Deleted {"node".ToQuantity(deleted)}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
