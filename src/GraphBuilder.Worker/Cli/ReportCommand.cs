using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using GraphBuilder.Report;
using GraphBuilder.Worker.Local;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>report [--output FILE] [--speakers N]</c>: the graph in Neo4j as one self-contained HTML page
/// (speaker network, contested claims, timeline, places) that opens offline in any browser.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var output = new Option<FileInfo>("--output") { Description = "HTML file to write", DefaultValueFactory = _ => new FileInfo("report.html") };
        var speakers = new Option<int>("--speakers") { Description = "Most speakers to draw in the network (all are listed)", DefaultValueFactory = _ => HtmlReportGenerator.DefaultSpeakersDrawn };
        speakers.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
                r.AddError("--speakers must be at least 1.");
        });
        var command = new Command("report", "Write the who-said-what graph as a self-contained HTML page") { output, speakers };
        command.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services =>
            RunAsync(services, result.GetValue(output)!.FullName, result.GetValue(speakers), Console.Out, Console.Error, ct)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string output, int speakersDrawn, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await services.GetRequiredService<LocalNeo4jLauncher>().EnsureRunningAsync(cancellationToken).ConfigureAwait(false);
        var report = await services.GetRequiredService<HtmlReportGenerator>().CreateAsync(speakersDrawn, cancellationToken).ConfigureAwait(false);
        if (report.IsEmpty)
        {
            // An empty page would look like a broken one; an existing report stays as it was.
            await stderr.WriteLineAsync("error: the graph has no statements yet; run 'ingest FOLDER' first.").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var error = await AtomicFile.TryWriteAsync(output, stream => report.WriteAsync(stream, cancellationToken)).ConfigureAwait(false);
        if (error is not null)
        {
            await stderr.WriteLineAsync($"error: cannot write '{output}': {error}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        await stdout.WriteLineAsync(
            $"Wrote {output} ({new FileInfo(output).Length.Bytes().Humanize("0.#", CultureInfo.InvariantCulture)}) in {watch.Elapsed.Humanize(2)}: {report.Headline}.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
