using System.CommandLine;
using GraphBuilder.Worker.Benchmarks;
using GraphBuilder.Worker.Cli;

var root = new RootCommand("GraphBuilder: turns news articles into a who-said-what knowledge graph")
{
    IngestCommand.Create(),
    QueryCommand.Create(),
    RunCommand.Create(),
    ExportCommand.Create(),
    ReportCommand.Create(),
    StatusCommand.Create(),
    ResetCommand.Create(),
    BenchCommand.Create(),
};
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
