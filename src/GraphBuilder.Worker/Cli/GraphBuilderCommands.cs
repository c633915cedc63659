using System.CommandLine;

namespace GraphBuilder.Worker.Cli;

/// <summary>The command line of the executable: every command, with host settings set apart first.</summary>
internal static class GraphBuilderCommands
{
    public static Task<int> InvokeAsync(IReadOnlyList<string> args, TextWriter stderr)
    {
        var (settings, arguments) = HostSettings.Split(args);
        var root = new RootCommand("GraphBuilder: turns news articles into a who-said-what knowledge graph")
        {
            IngestCommand.Create(settings),
            QueryCommand.Create(settings),
            RunCommand.Create(settings),
            ExportCommand.Create(settings),
            ReportCommand.Create(settings),
            StatusCommand.Create(settings),
            ResetCommand.Create(settings),
            EntitiesCommand.Create(settings),
            GuideCommand.Create(),
        };
        return StrictCommandLine.InvokeAsync(root, arguments, stderr);
    }
}
