using System.CommandLine;
using System.Globalization;
using GraphBuilder.Store;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Sources;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Bench;

/// <summary>
/// <c>bench store</c>: writes the seed articles repeated to N distinct articles into the configured
/// Neo4j (graph reset first), then runs the same ingest again, and reports times and nodes per second.
/// </summary>
internal static class StoreBench
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Folder of .txt articles to repeat", DefaultValueFactory = _ => new DirectoryInfo("seeds") };
        var articles = new Option<int>("--articles") { Description = "Articles to write", DefaultValueFactory = _ => 1000 };
        var command = new Command("store", "Measure writing to Neo4j: a first ingest and an unchanged re-run (resets the graph)") { input, articles };
        command.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services =>
            RunAsync(services, result.GetValue(input)!.FullName, result.GetValue(articles), Console.Out, ct)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string folder, int count, TextWriter stdout, CancellationToken cancellationToken)
    {
        var seeds = FolderArticleSource.Files(folder).Select(File.ReadAllText).ToList();
        var work = Directory.CreateTempSubdirectory("graphbuilder-bench-");
        try
        {
            for (var i = 0; i < count; i++)
            {
                // Each copy is a distinct article: its own file name and a content hash of its own.
                var text = seeds[i % seeds.Count] + string.Create(CultureInfo.InvariantCulture, $"\nCopy {i} of this report for the benchmark.\n");
                await File.WriteAllTextAsync(Path.Combine(work.FullName, string.Create(CultureInfo.InvariantCulture, $"{i:D6}.txt")), text, cancellationToken).ConfigureAwait(false);
            }

            await services.GetRequiredService<LocalNeo4jLauncher>().EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
            var store = services.GetRequiredService<GraphStore>();
            await store.ResetAsync(cancellationToken).ConfigureAwait(false);
            var runner = services.GetRequiredService<IngestRunner>();

            var first = await runner.RunAsync(work.FullName, NoProgress.Instance, cancellationToken).ConfigureAwait(false);
            var (labels, relationships) = await store.CountsAsync(cancellationToken).ConfigureAwait(false);
            var nodes = labels.Where(l => l.Label is "Article" or "Entity" or "Statement").Sum(l => l.Count);
            var rels = relationships.Sum(r => r.Count);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"first ingest: {"article".ToQuantity(first.Written)} in {first.Elapsed.TotalSeconds:F1} s; {nodes:N0} nodes and {rels:N0} relationships; {nodes / first.Elapsed.TotalSeconds:N0} nodes/s")).ConfigureAwait(false);

            var again = await runner.RunAsync(work.FullName, NoProgress.Instance, cancellationToken).ConfigureAwait(false);
            await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"unchanged re-run: {again.Unchanged} unchanged, {again.Written} written in {again.Elapsed.TotalSeconds:F2} s")).ConfigureAwait(false);
            return first.Failures.Count + again.Failures.Count == 0 && first.Fatal is null ? ExitCodes.Success : ExitCodes.SomeFailed;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
