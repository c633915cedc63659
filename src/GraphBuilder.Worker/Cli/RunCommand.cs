using System.CommandLine;
using GraphBuilder.Worker.Hosting;
using Microsoft.Extensions.Hosting;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>run</c>: the long-running worker on the Generic Host. It watches the folders and polls the feeds of
/// GraphBuilder:Worker:Sources and keeps the graph current until Ctrl-C or SIGTERM, when the batch in
/// flight finishes first.
/// </summary>
internal static class RunCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var command = new Command("run", "Watch the worker's folders, poll its feeds and keep the graph current until stopped");
        command.SetAction((result, cancellationToken) => CommandHost.RunHostAsync(
            settings,
            Console.Error,
            builder => builder.Services.AddGraphBuilderWorker(),
            async host =>
            {
                await host.RunAsync(cancellationToken).ConfigureAwait(false);
                return ExitCodes.Success;
            }));
        return command;
    }
}
