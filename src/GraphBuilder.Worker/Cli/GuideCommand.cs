using System.CommandLine;
using System.Text;
using GraphBuilder.Store.Queries;
using Humanizer;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>guide [--output FILE]</c>: writes the Neo4j Browser guide made from the curated queries' headers.
/// The repository keeps it as cypher/browser-guide.html, which scripts/neo4j-local.sh serves to
/// Browser as <c>:play graphbuilder</c>; run this after changing a query file.
/// </summary>
internal static class GuideCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--output")
        {
            Description = "HTML file to write",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("cypher", BrowserGuide.FileName)),
        };
        var command = new Command("guide", "Write the Neo4j Browser guide (:play graphbuilder) made from the curated queries") { output };
        command.SetAction((result, _) => RunAsync(QueryCommand.DefaultFolder, result.GetValue(output)!.FullName, Console.Out, Console.Error));
        return command;
    }

    public static async Task<int> RunAsync(string queries, string output, TextWriter stdout, TextWriter stderr)
    {
        var library = QueryLibrary.Load(queries);
        var html = BrowserGuide.Render(library);
        var error = await AtomicFile.TryWriteAsync(output, stream => stream.WriteAsync(Encoding.UTF8.GetBytes(html)).AsTask()).ConfigureAwait(false);
        if (error is not null)
        {
            await stderr.WriteLineAsync($"error: cannot write '{output}': {error}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        await stdout.WriteLineAsync($"Wrote {output}: {"card".ToQuantity(library.Queries.Count)}, one per stored query.").ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
