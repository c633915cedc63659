using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Reading;
using GraphBuilder.Store;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using GraphBuilder.Worker.Sources;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Bench;

/// <summary>What <c>bench run</c> measures: the sizes, the largest written to Neo4j, loaded by the bulk importer, and timed on one thread.</summary>
internal sealed record ScaleOptions(IReadOnlyList<int> Sizes, int MaxIngest, int MaxImport, int MaxOneThread, int Runs)
{
    /// <summary>The smallest size the growth of time per article is measured from: below it, fixed costs dominate.</summary>
    public int GrowthBase { get; init; } = 1_000;
}

/// <summary>
/// One size's figures. Times of the graph (ingest, re-run, reset, export, import) are medians over the
/// runs; rates are per second; memory is the process's peak working set so far.
/// </summary>
internal sealed record ScaleResult(
    int Articles,
    long Words,
    double ExtractSeconds,
    double WordsPerSecondOneThread,
    double WordsPerSecondAllCores,
    double ArticlesPerSecond,
    double? IngestSeconds,
    long? Nodes,
    long? Relationships,
    double? NodesPerSecond,
    double? RelationshipsPerSecond,
    double? RerunSeconds,
    double? ResetSeconds,
    long PeakWorkingSetBytes)
{
    public int Runs { get; init; }

    /// <summary><c>export --format neo4j-import</c> of the corpus: extraction, resolution and the CSV files.</summary>
    public double? ExportSeconds { get; init; }

    /// <summary>Neo4j's bulk importer on those files into an empty store, then the constraints and index (the server's start is not counted).</summary>
    public double? ImportSeconds { get; init; }

    public double? IngestToImport => IngestSeconds / ImportSeconds;

    public double? MillisecondsPerArticle => IngestSeconds * 1000 / Articles;

    /// <summary>Ingest time per article over that at the first size of at least <see cref="ScaleOptions.GrowthBase"/> articles.</summary>
    public double? PerArticleGrowth { get; init; }
}

/// <summary>
/// <c>bench run</c>: for each corpus size, extraction alone (one thread, then all cores, streaming:
/// nothing kept) and, up to a limit, extraction plus the write into Neo4j, an unchanged re-run and a
/// reset, each run in turn with, up to another limit, Neo4j's bulk importer loading the same graph
/// (exported as CSV) into a second local instance: both ways measured back to back.
/// </summary>
/// <remarks>The importer loads its own local instance (<paramref name="importInstance"/>, on <paramref name="importPort"/>), so the configured graph is untouched.</remarks>
internal sealed class ScaleBench(IServiceProvider services, IReadOnlyList<string> settings, TextWriter stdout, string importInstance = "bench-import", int importPort = 7574)
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<IReadOnlyList<ScaleResult>> RunAsync(CorpusGenerator generator, int seed, ScaleOptions options, string resultsFile, CancellationToken cancellationToken)
    {
        var results = new List<ScaleResult>();
        var extractor = services.GetRequiredService<IArticleExtractor>();
        WarmUp(extractor, generator, seed);
        foreach (var size in options.Sizes)
        {
            var folder = Directory.CreateTempSubdirectory("graphbuilder-scale-").FullName;
            try
            {
                generator.Write(folder, seed, size);
                var files = FolderArticleSource.Files(folder);
                var (words, oneThread) = size <= options.MaxOneThread ? Extract(extractor, files, 1) : (0, TimeSpan.Zero);
                var (allWords, allCores) = Extract(extractor, files, Environment.ProcessorCount);
                words = Math.Max(words, allWords);

                var result = new ScaleResult(size, words, allCores.TotalSeconds,
                    oneThread > TimeSpan.Zero ? words / oneThread.TotalSeconds : double.NaN,
                    words / allCores.TotalSeconds, size / allCores.TotalSeconds,
                    null, null, null, null, null, null, null, 0);
                if (size <= options.MaxIngest)
                    result = await GraphRunsAsync(result, folder, size <= options.MaxImport, options.Runs, cancellationToken).ConfigureAwait(false);
                var growthBase = results.Append(result).FirstOrDefault(r => r.Articles >= options.GrowthBase && r.MillisecondsPerArticle is not null)?.MillisecondsPerArticle;
                result = result with { PeakWorkingSetBytes = Process.GetCurrentProcess().PeakWorkingSet64, PerArticleGrowth = result.MillisecondsPerArticle / growthBase };
                results.Add(result);
                await stdout.WriteLineAsync(Row(result)).ConfigureAwait(false);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        await WriteJsonAsync(resultsFile, results).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Ingest into an empty graph, unchanged re-run and reset, <paramref name="runs"/> times, each run
    /// followed by the bulk importer loading the same graph when <paramref name="import"/>; medians.
    /// </summary>
    private async Task<ScaleResult> GraphRunsAsync(ScaleResult result, string folder, bool import, int runs, CancellationToken cancellationToken)
    {
        var launcher = services.GetRequiredService<LocalNeo4jLauncher>();
        await launcher.EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
        var store = services.GetRequiredService<GraphStore>();
        var runner = services.GetRequiredService<IngestRunner>();
        await store.ResetAsync(cancellationToken).ConfigureAwait(false);
        var csv = Path.Combine(Path.GetTempPath(), $"graphbuilder-import-{Environment.ProcessId}");
        double? export = null;
        if (import)
        {
            var watch = Stopwatch.StartNew();
            var exit = await ExportCommand.RunAsync([folder], csv, TextWriter.Null, stdout, cancellationToken, format: ExportCommand.Neo4jImport).ConfigureAwait(false);
            export = watch.Elapsed.TotalSeconds;
            if (exit != ExitCodes.Success)
                throw new InvalidOperationException($"export --format neo4j-import failed ({exit})");
        }

        var (ingests, reruns, resets, imports) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        long nodes = 0, relationships = 0;
        try
        {
            for (var run = 0; run < runs; run++)
            {
                ingests.Add((await runner.RunAsync(folder, NoProgress.Instance, cancellationToken).ConfigureAwait(false)).Elapsed.TotalSeconds);
                (nodes, relationships) = Counted(await store.CountsAsync(cancellationToken).ConfigureAwait(false));
                reruns.Add((await runner.RunAsync(folder, NoProgress.Instance, cancellationToken).ConfigureAwait(false)).Elapsed.TotalSeconds);
                var watch = Stopwatch.StartNew();
                await store.ResetAsync(cancellationToken).ConfigureAwait(false);
                resets.Add(watch.Elapsed.TotalSeconds);
                if (import)
                    imports.Add(await ImportAsync(launcher, csv, (nodes, relationships), cancellationToken).ConfigureAwait(false));
            }
        }
        finally
        {
            if (import)
            {
                await ImportScriptAsync(launcher, cancellationToken, "reset").ConfigureAwait(false);
                Directory.Delete(csv, recursive: true);
            }
        }

        var ingest = Statistics.Median(ingests);
        return result with
        {
            IngestSeconds = ingest,
            Nodes = nodes,
            Relationships = relationships,
            NodesPerSecond = nodes / ingest,
            RelationshipsPerSecond = relationships / ingest,
            RerunSeconds = Statistics.Median(reruns),
            ResetSeconds = Statistics.Median(resets),
            Runs = runs,
            ExportSeconds = export,
            ImportSeconds = import ? Statistics.Median(imports) : null,
        };
    }

    /// <summary>
    /// Seconds the bulk importer and the schema take to make the exported graph live in an empty store,
    /// which must then hold as many nodes and relationships as the ingest wrote.
    /// </summary>
    private async Task<double> ImportAsync(LocalNeo4jLauncher launcher, string csv, (long Nodes, long Relationships) ingested, CancellationToken cancellationToken)
    {
        await ImportScriptAsync(launcher, cancellationToken, "reset").ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        await ImportScriptAsync(launcher, cancellationToken, "import", csv).ConfigureAwait(false);
        var importer = watch.Elapsed;
        await ImportScriptAsync(launcher, cancellationToken, "start").ConfigureAwait(false);
        using var host = CommandHost.Build([.. settings, $"--GraphBuilder:Neo4j:Uri=http://127.0.0.1:{importPort}/", "--GraphBuilder:Neo4j:StartLocal=false"]);
        var store = host.Services.GetRequiredService<GraphStore>();
        watch.Restart();
        await store.EnsureSchemaAsync(cancellationToken).ConfigureAwait(false);
        var schema = watch.Elapsed;
        var imported = Counted(await store.CountsAsync(cancellationToken).ConfigureAwait(false));
        if (imported != ingested)
            throw new InvalidOperationException($"the import holds {imported} nodes and relationships, the ingest wrote {ingested}");
        await ImportScriptAsync(launcher, cancellationToken, "stop").ConfigureAwait(false);
        return (importer + schema).TotalSeconds;
    }

    private Task ImportScriptAsync(LocalNeo4jLauncher launcher, CancellationToken cancellationToken, params string[] arguments) =>
        launcher.RunScriptAsync(["--instance", importInstance, .. arguments], new Dictionary<string, string>
        {
            ["NEO4J_HTTP_PORT"] = importPort.ToString(CultureInfo.InvariantCulture),
            ["NEO4J_BOLT_PORT"] = (importPort + 213).ToString(CultureInfo.InvariantCulture),
        }, cancellationToken);

    /// <summary>GraphBuilder's nodes (articles, entities, statements) and all relationships.</summary>
    private static (long Nodes, long Relationships) Counted((IReadOnlyList<(string Label, long Count)> Labels, IReadOnlyList<(string Type, long Count)> Relationships) counts) =>
        (counts.Labels.Where(l => l.Label is "Article" or "Entity" or "Statement").Sum(l => l.Count), counts.Relationships.Sum(r => r.Count));

    public static string Machine() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)} memory, {Environment.OSVersion}, .NET {Environment.Version}");

    public static string Header => "articles | words | words/s 1 thread | words/s all cores | articles/s | ingest s | ms/article | growth | nodes/s | rels/s | export s | import s | ingest/import | unchanged re-run s | reset s | peak memory";

    private static string Row(ScaleResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Articles,8:N0} | {r.Words,11:N0} | {(double.IsNaN(r.WordsPerSecondOneThread) ? "-" : r.WordsPerSecondOneThread.ToString("N0", CultureInfo.InvariantCulture)),10} | {r.WordsPerSecondAllCores,10:N0} | {r.ArticlesPerSecond,7:N0} | {Opt(r.IngestSeconds, "F1")} | {Opt(r.MillisecondsPerArticle, "F2")} | {Opt(r.PerArticleGrowth, "F2")} | {Opt(r.NodesPerSecond, "N0")} | {Opt(r.RelationshipsPerSecond, "N0")} | {Opt(r.ExportSeconds, "F1")} | {Opt(r.ImportSeconds, "F1")} | {Opt(r.IngestToImport, "F2")} | {Opt(r.RerunSeconds, "F2")} | {Opt(r.ResetSeconds, "F2")} | {r.PeakWorkingSetBytes.Bytes().Humanize("0.##", CultureInfo.InvariantCulture)}");

    private static string Opt(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "-";

    /// <summary>Runs the extractor until the JIT has optimised it, so the first size is not measured cold.</summary>
    private static void WarmUp(IArticleExtractor extractor, CorpusGenerator generator, int seed)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; watch.Elapsed < WarmUpTime; i++)
            extractor.Extract(new ArticleText("warm-up.txt", generator.Article(seed, 100, i % 100)));
    }

    /// <summary>Extracts every file with <paramref name="threads"/> threads, keeping nothing but counts.</summary>
    private static (long Words, TimeSpan Elapsed) Extract(IArticleExtractor extractor, IReadOnlyList<string> files, int threads)
    {
        long words = 0;
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
        {
            var decoded = TextDecoder.Decode(File.ReadAllBytes(file));
            if (decoded.Text is not null)
                Interlocked.Add(ref words, extractor.Extract(new ArticleText(Path.GetFileName(file), decoded.Text)).WordCount);
        });
        return (words, watch.Elapsed);
    }

    private async Task WriteJsonAsync(string path, IReadOnlyList<ScaleResult> results)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var document = new { machine = Machine(), results = results.Select(r => r with { WordsPerSecondOneThread = double.IsNaN(r.WordsPerSecondOneThread) ? 0 : r.WordsPerSecondOneThread }) };
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(document, JsonOptions)).ConfigureAwait(false);
        await stdout.WriteLineAsync($"results written to {path}").ConfigureAwait(false);
    }
}
