using System.CommandLine;
using GraphBuilder.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>run</c>: the long-running worker on the Generic Host. It watches GraphBuilder:Worker:InputFolder
/// and keeps the graph current until Ctrl-C or SIGTERM, when the batch in flight finishes first.
/// </summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "Watch the input folder and keep the graph current until stopped");
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, cancellationToken) =>
        {
            if (CommandHost.PasswordOnCommandLine(result.UnmatchedTokens))
                return await CommandHost.RunAsync(result.UnmatchedTokens, Console.Error, _ => Task.FromResult(ExitCodes.Success)).ConfigureAwait(false);

            IHost host;
            try
            {
                host = CommandHost.Build(result.UnmatchedTokens, builder => builder.Services.AddHostedService<FolderWatchService>());
            }
            catch (OptionsValidationException ex)
            {
                await Console.Error.WriteLineAsync($"error: invalid configuration: {string.Join("; ", ex.Failures)}").ConfigureAwait(false);
                return ExitCodes.NothingDone;
            }

            using (host)
                await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
