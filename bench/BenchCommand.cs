using System.CommandLine;
using GraphBuilder.Extraction;
using GraphBuilder.Bench.Micro;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Sources;
using Humanizer;

namespace GraphBuilder.Bench;

/// <summary><c>generate|run|extract|store|micro</c>: the benchmark harness.</summary>
internal static class BenchCommand
{
    public static IEnumerable<Command> Create(IReadOnlyList<string> settings) =>
        [Generate(), Run(settings), ExtractionBench.Create(), StoreBench.Create(settings), MicroBenchmarks.Create()];

    private static Command Generate()
    {
        var articles = new Option<int>("--articles") { Description = "Articles to generate", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same corpus", DefaultValueFactory = _ => 1 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder to write", Required = true };
        var input = SeedsOption();
        var command = new Command("generate", "Write a deterministic synthetic news corpus built from the seed articles") { articles, seed, output, input };
        command.SetAction(async (result, ct) =>
        {
            var generator = await GeneratorAsync(result.GetValue(input)!.FullName, ct).ConfigureAwait(false);
            generator.Write(result.GetValue(output)!.FullName, result.GetValue(seed), result.GetValue(articles));
            await Console.Out.WriteLineAsync($"Wrote {"article".ToQuantity(result.GetValue(articles))} to {result.GetValue(output)!.FullName}").ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Run(IReadOnlyList<string> settings)
    {
        var sizes = new Option<int[]>("--sizes") { Description = "Corpus sizes", DefaultValueFactory = _ => [100, 1_000, 10_000, 100_000], AllowMultipleArgumentsPerToken = true };
        var maxIngest = new Option<int>("--max-ingest") { Description = "Largest size also written to Neo4j", DefaultValueFactory = _ => 100_000 };
        var maxImport = new Option<int>("--max-import") { Description = "Largest size also loaded by Neo4j's bulk importer", DefaultValueFactory = _ => 10_000 };
        var maxOneThread = new Option<int>("--max-one-thread") { Description = "Largest size also timed on one thread", DefaultValueFactory = _ => 10_000 };
        var runs = new Option<int>("--runs") { Description = "Runs of ingest, re-run, reset and import per size (medians reported)", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { DefaultValueFactory = _ => 1 };
        var output = new Option<FileInfo>("--results") { Description = "JSON results file", DefaultValueFactory = _ => new FileInfo("bench/results.json") };
        var input = SeedsOption();
        var command = new Command("run", "Measure extraction and Neo4j writing from 100 to 100,000 articles (resets the graph)") { sizes, maxIngest, maxImport, maxOneThread, runs, seed, output, input };
        command.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, async services =>
        {
            var generator = await GeneratorAsync(result.GetValue(input)!.FullName, ct).ConfigureAwait(false);
            await Console.Out.WriteLineAsync($"machine: {ScaleBench.Machine()}").ConfigureAwait(false);
            await Console.Out.WriteLineAsync(ScaleBench.Header).ConfigureAwait(false);
            var options = new ScaleOptions(result.GetValue(sizes)!, result.GetValue(maxIngest), result.GetValue(maxImport), result.GetValue(maxOneThread), Math.Max(1, result.GetValue(runs)));
            await new ScaleBench(services, settings, Console.Out).RunAsync(generator, result.GetValue(seed), options, result.GetValue(output)!.FullName, ct).ConfigureAwait(false);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Option<DirectoryInfo> SeedsOption() =>
        new("--seeds") { Description = "Folder of seed articles to recombine", DefaultValueFactory = _ => new DirectoryInfo("seeds") };

    internal static async Task<CorpusGenerator> GeneratorAsync(string seedsFolder, CancellationToken cancellationToken)
    {
        var seeds = await FolderArticleSource.ReadAllAsync(seedsFolder, cancellationToken).ConfigureAwait(false);
        return new CorpusGenerator(seeds, new RuleBasedArticleExtractor());
    }
}
