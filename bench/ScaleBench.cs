using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Reading;
using GraphBuilder.Store;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using GraphBuilder.Worker.Sources;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Bench;

/// <summary>One size's figures. Rates are per second; memory is the process's peak working set so far.</summary>
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
    long PeakWorkingSetBytes);

/// <summary>
/// <c>bench run</c>: for each corpus size, extraction alone (one thread, then all cores, streaming:
/// nothing kept) and, up to a limit, extraction plus the write into Neo4j, an unchanged re-run and a reset.
/// </summary>
internal sealed class ScaleBench(IServiceProvider services, TextWriter stdout)
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(3);
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<IReadOnlyList<ScaleResult>> RunAsync(CorpusGenerator generator, int seed, IReadOnlyList<int> sizes, int maxIngest, int maxOneThread, string resultsFile, CancellationToken cancellationToken)
    {
        var results = new List<ScaleResult>();
        var extractor = services.GetRequiredService<IArticleExtractor>();
        WarmUp(extractor, generator, seed);
        foreach (var size in sizes)
        {
            var folder = Directory.CreateTempSubdirectory("graphbuilder-scale-").FullName;
            try
            {
                generator.Write(folder, seed, size);
                var files = FolderArticleSource.Files(folder);
                var (words, oneThread) = size <= maxOneThread ? Extract(extractor, files, 1) : (0, TimeSpan.Zero);
                var (allWords, allCores) = Extract(extractor, files, Environment.ProcessorCount);
                words = Math.Max(words, allWords);

                double? ingest = null, rerun = null, reset = null;
                long? nodes = null, relationships = null;
                if (size <= maxIngest)
                {
                    await services.GetRequiredService<LocalNeo4jLauncher>().EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
                    var store = services.GetRequiredService<GraphStore>();
                    await store.ResetAsync(cancellationToken).ConfigureAwait(false);
                    var runner = services.GetRequiredService<IngestRunner>();
                    var first = await runner.RunAsync(folder, NoProgress.Instance, cancellationToken).ConfigureAwait(false);
                    ingest = first.Elapsed.TotalSeconds;
                    var (labels, rels) = await store.CountsAsync(cancellationToken).ConfigureAwait(false);
                    nodes = labels.Where(l => l.Label is "Article" or "Entity" or "Statement").Sum(l => l.Count);
                    relationships = rels.Sum(r => r.Count);
                    rerun = (await runner.RunAsync(folder, NoProgress.Instance, cancellationToken).ConfigureAwait(false)).Elapsed.TotalSeconds;
                    var watch = Stopwatch.StartNew();
                    await store.ResetAsync(cancellationToken).ConfigureAwait(false);
                    reset = watch.Elapsed.TotalSeconds;
                }

                var result = new ScaleResult(size, words, allCores.TotalSeconds,
                    oneThread > TimeSpan.Zero ? words / oneThread.TotalSeconds : double.NaN,
                    words / allCores.TotalSeconds, size / allCores.TotalSeconds,
                    ingest, nodes, relationships, nodes / ingest, relationships / ingest, rerun, reset,
                    Process.GetCurrentProcess().PeakWorkingSet64);
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

    public static string Machine() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)} memory, {Environment.OSVersion}, .NET {Environment.Version}");

    public static string Header => "articles | words | words/s 1 thread | words/s all cores | articles/s | ingest s | nodes/s | rels/s | unchanged re-run s | reset s | peak memory";

    private static string Row(ScaleResult r) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Articles,8:N0} | {r.Words,11:N0} | {(double.IsNaN(r.WordsPerSecondOneThread) ? "-" : r.WordsPerSecondOneThread.ToString("N0", CultureInfo.InvariantCulture)),10} | {r.WordsPerSecondAllCores,10:N0} | {r.ArticlesPerSecond,7:N0} | {Opt(r.IngestSeconds, "F1")} | {Opt(r.NodesPerSecond, "N0")} | {Opt(r.RelationshipsPerSecond, "N0")} | {Opt(r.RerunSeconds, "F2")} | {Opt(r.ResetSeconds, "F2")} | {r.PeakWorkingSetBytes.Bytes().Humanize("0", CultureInfo.InvariantCulture)}");

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
