using System.CommandLine;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Store;
using GraphBuilder.Worker.Curation;
using GraphBuilder.Worker.Sources;
using GraphBuilder.Worker.Sources.Web;
using Humanizer;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// <c>entities merge KEEP NAME…</c>, <c>entities split NAME</c>: record an analyst's identity decision in
/// the curation file, which every later ingest and export honours. <c>entities list [--duplicates]</c>:
/// the entities of the stored graph (or of <c>--input SOURCE…</c>) as resolution makes them, or the pairs
/// that look like one thing, each with its evidence.
/// </summary>
internal static class EntitiesCommand
{
    public static Command Create(IReadOnlyList<string> settings)
    {
        var keep = new Argument<string>("keep") { Description = "The entity that stays (a name, alias or id)" };
        var others = new Argument<string[]>("names") { Description = "The entities that become it", Arity = ArgumentArity.OneOrMore };
        var merge = new Command("merge", "Record that these names are one entity, kept under the first") { keep, others };
        merge.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services =>
            RecordAsync(services, c => c.Merge(result.GetValue(keep)!, result.GetValue(others)!), $"'{string.Join("', '", result.GetValue(others)!)}' will be merged into '{result.GetValue(keep)}'", Console.Out, Console.Error)));

        var name = new Argument<string>("name") { Description = "The entity to keep apart (a name, alias or id)" };
        var split = new Command("split", "Record that this name is an entity of its own, merged with nothing") { name };
        split.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services =>
            RecordAsync(services, c => c.Split(result.GetValue(name)!), $"'{result.GetValue(name)}' will be kept apart", Console.Out, Console.Error)));

        var duplicates = new Option<bool>("--duplicates") { Description = "List pairs that look like one thing, with the evidence" };
        var input = new Option<string[]>("--input") { Description = "Read these folders, article files or http(s) addresses instead of the graph", AllowMultipleArgumentsPerToken = true };
        var list = new Command("list", "List the entities of the graph as resolution makes them") { duplicates, input };
        list.SetAction((result, ct) => CommandHost.RunAsync(settings, Console.Error, services =>
            ListAsync(services, result.GetValue(input) is { Length: > 0 } inputs ? inputs : null, result.GetValue(duplicates), Console.Out, Console.Error, ct)));

        return new Command("entities", "Curate entity identity: merge, split, list likely duplicates") { merge, split, list };
    }

    public static async Task<int> RecordAsync(IServiceProvider services, Func<EntityCuration, EntityCuration> decide, string decision, TextWriter stdout, TextWriter stderr)
    {
        var file = services.GetRequiredService<CurationFile>();
        if (!file.TryLoad(out var curation, out var error))
        {
            await stderr.WriteLineAsync($"error: {error}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        if (await file.TrySaveAsync(decide(curation)).ConfigureAwait(false) is { } notWritten)
        {
            await stderr.WriteLineAsync($"error: cannot write the curation file '{file.FullPath}': {notWritten}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        await stdout.WriteLineAsync($"Recorded in {file.FullPath}: {decision} by every ingest and export from now on (run ingest to apply it to the graph).").ConfigureAwait(false);
        return ExitCodes.Success;
    }

    public static async Task<int> ListAsync(IServiceProvider services, IReadOnlyList<string>? inputs, bool duplicates, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<CurationFile>().TryLoad(out var curation, out var error))
        {
            await stderr.WriteLineAsync($"error: {error}").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        CorpusGraph corpus;
        if (inputs is null)
        {
            var store = services.GetRequiredService<GraphStore>();
            var stored = await store.ArticlesAsync(cancellationToken).ConfigureAwait(false);
            corpus = new CorpusGraph(curation);
            foreach (var article in await store.ExtractionsAsync([.. stored.Keys], cancellationToken).ConfigureAwait(false))
                corpus.Add(article);
        }
        else if (ArticleInputs.TryParse(inputs, out var parsed, out var inputError))
        {
            var source = parsed.Open(services.GetRequiredService<WebSources>());
            corpus = (await new CorpusExtraction(services.GetRequiredService<IArticleExtractor>(), stderr).RunAsync(source, cancellationToken, curation).ConfigureAwait(false)).Graph;
        }
        else
        {
            await stderr.WriteLineAsync($"error: {inputError}.").ConfigureAwait(false);
            return ExitCodes.NothingDone;
        }

        var snapshot = corpus.Build();
        var articles = snapshot.Mentions.GroupBy(m => m.EntityId).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string Describe(Entity e) => $"{e.Name} ({e.Id}, {"article".ToQuantity(articles.GetValueOrDefault(e.Id))})";
        if (!duplicates)
        {
            foreach (var e in snapshot.Entities.OrderBy(e => e.Type).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase))
                await stdout.WriteLineAsync($"{e.Type,-13} {Describe(e)}").ConfigureAwait(false);
            await stdout.WriteLineAsync($"{"entity".ToQuantity(snapshot.Entities.Count)} in {"article".ToQuantity(snapshot.Articles.Count)}.").ConfigureAwait(false);
            return ExitCodes.Success;
        }

        var pairs = LikelyDuplicates.Find(snapshot.Entities);
        foreach (var pair in pairs)
            await stdout.WriteLineAsync($"{Describe(pair.First)}  ~  {Describe(pair.Second)}: {pair.Evidence}").ConfigureAwait(false);
        await stdout.WriteLineAsync($"{"likely duplicate".ToQuantity(pairs.Count)} among {"entity".ToQuantity(snapshot.Entities.Count)}" +
            (pairs.Count > 0 ? "; record a decision with: entities merge \"KEEP\" \"NAME\" or entities split \"NAME\"." : ".")).ConfigureAwait(false);
        return ExitCodes.Success;
    }
}
