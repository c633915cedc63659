using System.CommandLine;
using GraphBuilder.Bench;
using GraphBuilder.Worker.Cli;

var (settings, arguments) = HostSettings.Split(args);
var root = new RootCommand("GraphBuilder benchmarks: synthetic corpus, scale table, extraction and Neo4j write speed, micro-benchmarks");
foreach (var command in BenchCommand.Create(settings))
    root.Subcommands.Add(command);
return await StrictCommandLine.InvokeAsync(root, arguments, Console.Error).ConfigureAwait(false);
