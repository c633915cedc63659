using System.CommandLine;
using System.Text.Json;
using GraphBuilder.Store;
using GraphBuilder.Store.Queries;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>query NAME [--param key=value …] [--format table|json|csv]</c> runs a curated query from cypher/;
/// <c>query --list</c> shows them with their purposes and parameters.
/// </summary>
internal static class QueryCommand
{
    public static readonly string DefaultFolder = Path.Combine(AppContext.BaseDirectory, "cypher");

    public static Command Create(IReadOnlyList<string> settings)
    {
        var name = new Argument<string?>("name") { Description = "The query (see --list)", Arity = ArgumentArity.ZeroOrOne };
        var parameters = new Option<string[]>("--param") { Description = "A parameter as key=value; repeat for more", AllowMultipleArgumentsPerToken = false };
        var format = new Option<string>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var list = new Option<bool>("--list") { Description = "List the stored queries" };
        var command = new Command("query", "Run a stored Cypher query from cypher/") { name, parameters, format, list };
        command.SetAction((result, ct) =>
        {
            var library = QueryLibrary.Load(DefaultFolder);
            if (result.GetValue(list) || result.GetValue(name) is null)
                return Task.FromResult(List(library, Console.Out));
            return CommandHost.RunAsync(settings, Console.Error, services =>
                RunAsync(services, library, result.GetValue(name)!, result.GetValue(parameters) ?? [], result.GetValue(format)!, Console.Out, Console.Error, !Console.IsOutputRedirected, ct));
        });
        return command;
    }

    public static int List(QueryLibrary library, TextWriter stdout)
    {
        foreach (var q in library.Queries)
        {
            stdout.WriteLine($"{q.Name}: {q.Purpose}");
            foreach (var p in q.Parameters)
                stdout.WriteLine($"    --param {p.Name}=<{p.Type}>{(p.Default is null ? "" : $" (default {p.Default})")}  {p.Description}{(p.Example is null ? "" : $" (example: {p.Example})")}");
            stdout.WriteLine($"    returns {string.Join(", ", q.Returns)}");
        }

        stdout.WriteLine($"{"stored query".ToQuantity(library.Queries.Count)} in {DefaultFolder}");
        return ExitCodes.Success;
    }

    public static async Task<int> RunAsync(IServiceProvider services, QueryLibrary library, string name, IReadOnlyList<string> arguments, string format, TextWriter stdout, TextWriter stderr, bool interactive, CancellationToken cancellationToken)
    {
        StoredQuery query;
        Dictionary<string, object?> bound;
        try
        {
            query = library.Find(name);
            bound = QueryLibrary.Bind(query, Arguments(arguments));
        }
        catch (Exception ex) when (ex is QueryNotFoundException or ArgumentException)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var result = await services.GetRequiredService<GraphStore>().RunAsync(query, bound, cancellationToken).ConfigureAwait(false);

        switch (format)
        {
            case "json":
                await WriteJsonAsync(result, stdout).ConfigureAwait(false);
                break;
            case "csv":
                await stdout.WriteLineAsync(string.Join(',', result.Columns.Select(Output.Csv))).ConfigureAwait(false);
                foreach (var row in result.Rows)
                    await stdout.WriteLineAsync(string.Join(',', row.Select(v => Output.Csv(Output.Text(v))))).ConfigureAwait(false);
                break;
            default:
                var table = new Table().Title($"{query.Name}: {"row".ToQuantity(result.Rows.Count)}").AddColumns([.. result.Columns.Select(c => Markup.Escape(c))]);
                foreach (var row in result.Rows)
                    table.AddRow([.. row.Select(v => Markup.Escape(Output.Text(v)))]);
                Output.Console(stdout, interactive).Write(table);
                break;
        }

        return ExitCodes.Success;
    }

    private static Dictionary<string, string> Arguments(IReadOnlyList<string> pairs)
    {
        var arguments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                throw new ArgumentException($"--param '{pair}' should read key=value.");
            arguments[pair[..eq]] = pair[(eq + 1)..];
        }

        return arguments;
    }

    private static async Task WriteJsonAsync(Store.Http.CypherResult result, TextWriter stdout)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var row in result.Rows)
            {
                w.WriteStartObject();
                for (var i = 0; i < result.Columns.Count; i++)
                {
                    w.WritePropertyName(result.Columns[i]);
                    row[i].WriteTo(w);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        await stdout.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray())).ConfigureAwait(false);
    }
}
