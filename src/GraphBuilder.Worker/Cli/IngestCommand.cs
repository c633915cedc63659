using System.CommandLine;
using GraphBuilder.Store;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>ingest SOURCE…</c>: the one-shot job for cron and CI. Extracts folders, article files, feeds and pages, writes what changed to
/// Neo4j and shows who said what. Exit code 0 all articles made it, 1 some failed (listed), 2 nothing
/// could be done.
/// </summary>
internal static class IngestCommand
{
    private const int SpeakersShown = 15;

    public static Command Create(IReadOnlyList<string> settings)
    {
        var source = new Argument<string[]>("sources") { Description = "Folders of articles, article files (.txt, .html), or http(s) addresses of feeds (RSS, Atom) or article pages; one or more", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Extract folders, files, feeds or web pages of articles and write the graph to Neo4j") { source };
        command.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services =>
            RunAsync(services, result.GetValue(source)!, Console.Out, Console.Error, !Console.IsOutputRedirected, ct)));
        return command;
    }

    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> sources, TextWriter stdout, TextWriter stderr, bool interactive, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<LocalNeo4jLauncher>().EnsureRunningAsync(cancellationToken).ConfigureAwait(false);

        var runner = services.GetRequiredService<IngestRunner>();
        IngestResult result;
        if (interactive)
        {
            result = await AnsiConsole.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Ingesting", maxValue: 1);
                return await runner.RunAsync(sources, new SpectreProgress(task), cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        else
        {
            result = await runner.RunAsync(sources, NoProgress.Instance, cancellationToken).ConfigureAwait(false);
        }

        if (result.Fatal is not null)
        {
            await stderr.WriteLineAsync($"error: {result.Fatal}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        foreach (var (file, reason) in result.Failures)
            await stderr.WriteLineAsync($"error: {file}: {reason}").ConfigureAwait(false);
        await stdout.WriteLineAsync(Summary(result)).ConfigureAwait(false);
        if (result.Written + result.Unchanged > 0)
            await ShowSpeakersAsync(services.GetRequiredService<GraphStore>(), Output.Console(stdout, interactive), cancellationToken).ConfigureAwait(false);

        return result.Failures.Count == 0 ? ExitCodes.Success
            : result.Written + result.Unchanged > 0 ? ExitCodes.SomeFailed
            : ExitCodes.NothingDone;
    }

    internal static string Summary(IngestResult r) =>
        $"Ingested {"article".ToQuantity(r.Written)} ({"statement".ToQuantity(r.Statements)}) in {r.Elapsed.Humanize(2)}; " +
        (r.Relinked > 0 ? $"{"stored article".ToQuantity(r.Relinked)} re-linked to merged or split entities; " : "") +
        $"{r.Unchanged} unchanged, {r.Failures.Count} failed, {r.Read} read.";

    private static async Task ShowSpeakersAsync(GraphStore store, IAnsiConsole console, CancellationToken cancellationToken)
    {
        IReadOnlyList<SpeakerSummary> speakers;
        try
        {
            speakers = await store.SpeakersAsync(SpeakersShown, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException)
        {
            return; // the summary is a courtesy; the ingest result above already stands
        }

        var table = new Table().Title("Who said what").AddColumns("Speaker", "Type", "Statements", "Articles", "For example");
        foreach (var s in speakers)
            table.AddRow(Markup.Escape(s.Speaker), s.Type, s.Statements.ToString(System.Globalization.CultureInfo.InvariantCulture), s.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(s.Example.Truncate(70)));
        console.Write(table);
    }

    private sealed class SpectreProgress(ProgressTask task) : IIngestProgress
    {
        public void Report(string stage, int done, int total)
        {
            task.Description = $"{stage} {done}/{"article".ToQuantity(total)}";
            task.MaxValue = Math.Max(1, total);
            task.Value = done;
        }
    }
}
