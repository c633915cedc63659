using System.CommandLine;
using System.Diagnostics;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Store;
using GraphBuilder.Store.BulkImport;
using GraphBuilder.Worker.Curation;
using GraphBuilder.Worker.Export;
using GraphBuilder.Worker.Sources;
using GraphBuilder.Worker.Sources.Web;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>export --input SOURCE… --output PATH [--format json|neo4j-import] [--curation FILE]</c>: extract
/// folders, article files, feeds or pages to the export JSON, or to CSV files for Neo4j's bulk importer.
/// </summary>
internal static class ExportCommand
{
    public const string Json = "json";
    public const string Neo4jImport = "neo4j-import";

    public static Command Create(IReadOnlyList<string> settings)
    {
        var input = new Option<string[]>("--input") { Description = "Folders, article files (.txt, .html) or http(s) addresses of feeds or pages; one or more", Required = true, AllowMultipleArgumentsPerToken = true };
        var output = new Option<FileInfo>("--output") { Description = "JSON file to write (json), or a new folder for the CSV files (neo4j-import)", Required = true };
        var format = new Option<string>("--format") { Description = "json: the export contract; neo4j-import: the graph an ingest writes, for Neo4j's bulk importer", DefaultValueFactory = _ => Json };
        format.AcceptOnlyFromAmong(Json, Neo4jImport);
        var curation = new Option<FileInfo>("--curation") { Description = "The analysts' merge and split decisions (used when present)", DefaultValueFactory = _ => new FileInfo(CurationOptions.DefaultFile) };
        var command = new Command("export", "Extract entities, statements and relations from articles to JSON or to CSV for neo4j-import") { input, output, format, curation };
        command.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services =>
            RunAsync(result.GetValue(input)!, result.GetValue(output)!.FullName, Console.Out, Console.Error, ct, result.GetValue(curation)!.FullName, result.GetValue(format)!, services.GetRequiredService<WebSources>())));
        return command;
    }

    /// <summary>Exports <paramref name="inputs"/>; <paramref name="web"/> is needed only for http(s) addresses among them.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> inputs, string output, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken, string? curationFile = null, string format = Json, WebSources? web = null)
    {
        if (!ArticleInputs.TryParse(inputs, out var parsed, out var inputError))
        {
            await stderr.WriteLineAsync($"error: {inputError}.").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var curation = EntityCuration.Empty;
        if (curationFile is not null && !CurationFile.TryLoad(curationFile, out curation, out var curationError))
        {
            await stderr.WriteLineAsync($"error: {curationError}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var watch = Stopwatch.StartNew();
        var source = parsed.Open(web);
        var extractor = new RuleBasedArticleExtractor();
        if (format == Neo4jImport && Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            await stderr.WriteLineAsync($"error: the output folder '{output}' is not empty; the CSV files go into a new or empty folder.").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        // Each article's folder is recorded as an ingest records it, so that an ingest of it after the
        // import reuses what is stored. The CSV files are written as articles are resolved, from extractions kept on disk.
        using var spool = format == Neo4jImport ? new ExtractionSpool() : null;
        CorpusResult result;
        try
        {
            result = await new CorpusExtraction(extractor, stderr).RunAsync(source, cancellationToken, curation, keep: spool).ConfigureAwait(false);
        }
        catch (IOException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        if (result.Graph.ArticleCount == 0)
        {
            await stderr.WriteLineAsync($"error: no article in '{string.Join("', '", inputs)}' could be read ({"file".ToQuantity(result.Failures.Count)} failed).").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var resolution = result.Graph.Resolve();
        long statements = 0, relations = 0;
        IEnumerable<ArticleSlice> Counted(IEnumerable<ArticleSlice> slices)
        {
            foreach (var slice in slices)
            {
                statements += slice.Statements.Count;
                relations += slice.Relations.Count;
                yield return slice;
            }
        }

        var error = format == Neo4jImport
            ? AtomicFile.TryWriteFolder(output, folder => ImportFiles.Write(folder, Counted(resolution.Slices()), new IngestState(extractor.Version, CurationFile.Fingerprint(curation))))
            : await AtomicFile.TryWriteAsync(output, stream =>
            {
                JsonGraphExporter.Write(new CorpusSnapshot(resolution.Entities, [.. Counted(resolution.Slices())]), stream);
                return Task.CompletedTask;
            }).ConfigureAwait(false);
        if (error is not null)
        {
            await stderr.WriteLineAsync($"error: cannot write '{output}': {error}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        await stdout.WriteLineAsync(
            $"Exported {"article".ToQuantity(resolution.ArticleCount)}, {"entity".ToQuantity(resolution.Entities.Count)}, " +
            $"{"statement".ToQuantity(statements)} and {"relation".ToQuantity(relations)} " +
            $"in {watch.Elapsed.Humanize(2)} to {output}").ConfigureAwait(false);
        if (format == Neo4jImport)
            await stdout.WriteLineAsync(ImportCommands(output)).ConfigureAwait(false);
        if (result.Failures.Count > 0)
            await stderr.WriteLineAsync($"{"article".ToQuantity(result.Failures.Count)} could not be read (listed above).").ConfigureAwait(false);
        return result.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeFailed;
    }

    /// <summary>How to load the files: the options every Neo4j version needs, the file list, then what makes the graph live.</summary>
    private static string ImportCommands(string folder)
    {
        var nodes = ImportFiles.Names.Where(n => n.StartsWith("nodes-", StringComparison.Ordinal)).Select(n => Path.Combine(folder, n)).ToList();
        var relationships = ImportFiles.Names.Where(n => n.StartsWith("relationships-", StringComparison.Ordinal)).Select(n => Path.Combine(folder, n)).ToList();
        string Files(string separator) => string.Join(" ", nodes.Select(n => $"--nodes{separator}{n}").Concat(relationships.Select(r => $"--relationships{separator}{r}")));
        return $"""
            Load them into an empty database with Neo4j's bulk importer, the server stopped:
              Neo4j 5 and later: bin/neo4j-admin database import full neo4j --multiline-fields=true --legacy-style-quoting=true --array-delimiter=U+001F --skip-bad-relationships=false {Files("=")}
              Neo4j 3.x:         bin/neo4j-import --into data/databases/graph.db --multiline-fields true --array-delimiter $'\x1f' --skip-bad-relationships false {Files(" ")}
              the local instance (reset deletes the graph it holds): scripts/neo4j-local.sh reset && scripts/neo4j-local.sh import {folder} && scripts/neo4j-local.sh start
            then start the server and run 'ingest' on the same folder: it creates the constraints and index and writes only what changed.
            """;
    }
}
