using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Worker.Curation;
using GraphBuilder.Worker.Export;
using GraphBuilder.Worker.Sources;
using Humanizer;

namespace GraphBuilder.Worker.Cli;

/// <summary><c>export --input DIR --output FILE [--curation FILE]</c>: extract a folder of articles to the export JSON.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Folder of .txt articles", Required = true };
        var output = new Option<FileInfo>("--output") { Description = "JSON file to write", Required = true };
        var curation = new Option<FileInfo>("--curation") { Description = "The analysts' merge and split decisions (used when present)", DefaultValueFactory = _ => new FileInfo(CurationOptions.DefaultFile) };
        var command = new Command("export", "Extract entities, statements and relations from a folder of articles to JSON") { input, output, curation };
        command.SetAction((result, ct) => RunAsync(result.GetValue(input)!.FullName, result.GetValue(output)!.FullName, Console.Out, Console.Error, ct, result.GetValue(curation)!.FullName));
        return command;
    }

    public static async Task<int> RunAsync(string input, string output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, string? curationFile = null)
    {
        if (!Directory.Exists(input))
        {
            await stderr.WriteLineAsync($"error: the input folder '{input}' does not exist.").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var curation = EntityCuration.Empty;
        if (curationFile is not null && !CurationFile.TryLoad(curationFile, out curation, out var curationError))
        {
            await stderr.WriteLineAsync($"error: {curationError}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var watch = Stopwatch.StartNew();
        var source = new FolderArticleSource(input, FolderArticleSource.DefaultMaxBytes);
        var result = await new CorpusExtraction(new RuleBasedArticleExtractor(), stderr).RunAsync(source, cancellationToken, curation: curation).ConfigureAwait(false);
        if (result.Graph.ArticleCount == 0)
        {
            await stderr.WriteLineAsync($"error: no article in '{input}' could be read ({"file".ToQuantity(result.Failures.Count)} failed).").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var snapshot = result.Graph.Build();
        var error = await AtomicFile.TryWriteAsync(output, stream =>
        {
            JsonGraphExporter.Write(snapshot, stream);
            return Task.CompletedTask;
        }).ConfigureAwait(false);
        if (error is not null)
        {
            await stderr.WriteLineAsync($"error: cannot write '{output}': {error}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        await stdout.WriteLineAsync(
            $"Exported {"article".ToQuantity(snapshot.Articles.Count)}, {"entity".ToQuantity(snapshot.Entities.Count)}, " +
            $"{"statement".ToQuantity(snapshot.Statements.Count)} and {"relation".ToQuantity(snapshot.Relations.Count)} " +
            $"in {watch.Elapsed.Humanize(2)} to {output}").ConfigureAwait(false);
        if (result.Failures.Count > 0)
            await stderr.WriteLineAsync($"{"article".ToQuantity(result.Failures.Count)} could not be read (listed above).").ConfigureAwait(false);
        return result.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }
}
