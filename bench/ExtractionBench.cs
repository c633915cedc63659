using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Extraction;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Sources;
using Humanizer;

namespace GraphBuilder.Bench;

/// <summary>
/// <c>bench extract</c>: extraction speed and memory on one thread. The seed articles are repeated, one
/// article at a time, until the target volume is reached, so memory shows whether extraction streams.
/// </summary>
internal static class ExtractionBench
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Folder of .txt articles to repeat", DefaultValueFactory = _ => new DirectoryInfo("seeds") };
        var megabytes = new Option<int>("--megabytes") { Description = "Volume of text to extract", DefaultValueFactory = _ => 10 };
        var runs = new Option<int>("--runs") { Description = "Timed runs; the median is reported", DefaultValueFactory = _ => 5 };
        var command = new Command("extract", "Measure extraction words per second and peak memory") { input, megabytes, runs };
        command.SetAction((result, ct) => RunAsync(result.GetValue(input)!.FullName, result.GetValue(megabytes), result.GetValue(runs), Console.Out, ct));
        return command;
    }

    public static async Task<int> RunAsync(string folder, int megabytes, int runs, TextWriter stdout, CancellationToken cancellationToken)
    {
        var articles = await FolderArticleSource.ReadAllAsync(folder, cancellationToken).ConfigureAwait(false);

        if (articles.Count == 0)
        {
            await stdout.WriteLineAsync($"No readable article in {folder}.").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var extractor = new RuleBasedArticleExtractor();
        extractor.Extract(articles[0], cancellationToken); // load the lexicon outside the timing
        var target = megabytes * 1024L * 1024L;
        var rates = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            long chars = 0, words = 0;
            var watch = Stopwatch.StartNew();
            for (var i = 0; chars < target; i++)
            {
                var article = articles[i % articles.Count];
                words += extractor.Extract(article, cancellationToken).WordCount;
                chars += article.Text.Length;
            }

            watch.Stop();
            rates.Add(words / watch.Elapsed.TotalSeconds);
            await stdout.WriteLineAsync($"run {run + 1}: {"word".ToQuantity(words, "N0", CultureInfo.InvariantCulture)} in {watch.Elapsed.Humanize(2)}: {rates[^1].ToString("N0", CultureInfo.InvariantCulture)} words/s").ConfigureAwait(false);
        }

        var median = Statistics.Median(rates);
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        await stdout.WriteLineAsync($"median {median.ToString("N0", CultureInfo.InvariantCulture)} words/s on one thread over {megabytes} MB; peak working set {peak.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}; managed heap now {GC.GetTotalMemory(false).Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
