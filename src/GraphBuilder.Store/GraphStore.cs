using GraphBuilder.Store.Http;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store.Schema;
using GraphBuilder.Store.Writing;

namespace GraphBuilder.Store;

/// <summary>What is stored: article hashes, counts, and the maintenance operations on the project's nodes.</summary>
public sealed class GraphStore
{
    private readonly HttpCypherRunner _cypher;

    internal GraphStore(HttpCypherRunner cypher) => _cypher = cypher;

    public Task EnsureSchemaAsync(CancellationToken cancellationToken) => new SchemaInitializer(_cypher).EnsureAsync(cancellationToken);

    public Task<ServerInfo> ServerAsync(CancellationToken cancellationToken) => _cypher.ServerAsync(cancellationToken);

    /// <summary>The content hash of every article fully stored, by article id.</summary>
    public async Task<IReadOnlyDictionary<string, StoredArticle>> ArticlesAsync(CancellationToken cancellationToken)
    {
        var result = await Single("article-hashes", cancellationToken).ConfigureAwait(false);
        return result.Records
            .Select(r => new StoredArticle(r["id"].GetString()!, r["file"].TextOrNull(), r["contentHash"].TextOrNull(), r["folder"].TextOrNull()) { FactsHash = r["factsHash"].TextOrNull(), Extractor = r["extractor"].TextOrNull() })
            .ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Deletes articles with their statements and facts. Entities they alone named stay until the
    /// next write retires them: the corpus without these articles must be resolved again first.
    /// </summary>
    public Task DeleteArticlesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        _cypher.RunAsync([new CypherStatement(CypherFiles.Get("delete-articles"), new Dictionary<string, object?> { ["ids"] = ids })], cancellationToken);

    /// <summary>The kept extraction of each of these articles that has one (<see cref="StoredForm"/>).</summary>
    public async Task<IReadOnlyList<ArticleSlice>> ExtractionsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = (await _cypher.RunAsync([new CypherStatement(CypherFiles.Get("read-extractions"), new Dictionary<string, object?> { ["ids"] = ids })], cancellationToken).ConfigureAwait(false))[0];
        return [.. result.Rows.Select(r => StoredForm.ReadKept(r[0].GetString()!))];
    }

    /// <summary>Every stored entity's <see cref="StoredForm.Fingerprint(Entity)"/>, by id.</summary>
    public async Task<IReadOnlyDictionary<string, string>> EntityFingerprintsAsync(CancellationToken cancellationToken)
    {
        var result = await Single("entity-fingerprints", cancellationToken).ConfigureAwait(false);
        return result.Records.ToDictionary(
            r => r["id"].GetString()!,
            r => StoredForm.Fingerprint(
                r["name"].GetString() ?? "", r["type"].GetString() ?? "", Strings(r["aliases"]), Strings(r["titles"]),
                r["geonamesId"].ValueKind == System.Text.Json.JsonValueKind.Number ? r["geonamesId"].GetInt64() : null, r["within"].TextOrNull()),
            StringComparer.Ordinal);

        static IEnumerable<string> Strings(System.Text.Json.JsonElement list) => list.EnumerateArray().Select(x => x.GetString() ?? "");
    }

    /// <summary>
    /// Deletes GraphBuilder's nodes: statements, then articles, then entities, then what the worker
    /// remembers of its fetches, in slices of nodes that
    /// keep each transaction to some tens of thousands of deletions, whatever the graph's size.
    /// Returns how many nodes.
    /// </summary>
    public async Task<long> ResetAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        foreach (var (file, slice) in ResetSteps)
            total += await DeleteInSlicesAsync(file, slice, cancellationToken).ConfigureAwait(false);
        await _cypher.RunAsync([new CypherStatement(CypherFiles.Get("reset-ingest-state"))], cancellationToken).ConfigureAwait(false);
        return total;
    }

    /// <summary>
    /// What the last ingest that wrote everything it had to resolved the stored corpus with; null while
    /// an ingest is writing (or was cut short), and before the first.
    /// </summary>
    public async Task<IngestState?> IngestStateAsync(CancellationToken cancellationToken)
    {
        var result = await Single("read-ingest-state", cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => new IngestState(r["extractor"].GetString()!, r["curation"].TextOrNull() ?? "")).SingleOrDefault();
    }

    /// <summary>What is remembered of each of these addresses that has been fetched, by address.</summary>
    public async Task<IReadOnlyDictionary<string, FetchState>> FetchStatesAsync(IReadOnlyCollection<string> addresses, CancellationToken cancellationToken)
    {
        var result = (await _cypher.RunAsync([new CypherStatement(CypherFiles.Get("read-fetch-state"), new Dictionary<string, object?> { ["addresses"] = addresses })], cancellationToken).ConfigureAwait(false))[0];
        return result.Records
            .Select(r => new FetchState(r["address"].GetString()!, r["etag"].TextOrNull(), r["lastModified"].TextOrNull(), DateTimeOffset.Parse(r["fetched"].GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(f => f.Address, StringComparer.Ordinal);
    }

    /// <summary>Remembers these fetches, replacing what was remembered of the same addresses.</summary>
    public Task SaveFetchStatesAsync(IReadOnlyList<FetchState> states, CancellationToken cancellationToken) =>
        _cypher.RunAsync([new CypherStatement(CypherFiles.Get("write-fetch-state"), new Dictionary<string, object?>
        {
            ["rows"] = states.Select(s => new Dictionary<string, object?> { ["address"] = s.Address, ["etag"] = s.ETag, ["lastModified"] = s.LastModified, ["fetched"] = s.Fetched.ToString("o", System.Globalization.CultureInfo.InvariantCulture) }).ToList(),
        })], cancellationToken);

    /// <summary>Records that these stored articles keep the extraction of <paramref name="extractor"/>.</summary>
    public Task StampExtractorAsync(IReadOnlyList<string> ids, string extractor, CancellationToken cancellationToken) =>
        _cypher.RunAsync([new CypherStatement(CypherFiles.Get("stamp-extractor"), new Dictionary<string, object?> { ["ids"] = ids, ["extractor"] = extractor })], cancellationToken);

    /// <summary>Records <paramref name="state"/>; null marks the stored graph as being written.</summary>
    public Task SetIngestStateAsync(IngestState? state, CancellationToken cancellationToken) =>
        _cypher.RunAsync([new CypherStatement(CypherFiles.Get("write-ingest-state"), new Dictionary<string, object?> { ["extractor"] = state?.Extractor, ["curation"] = state?.Curation })], cancellationToken);

    // Nodes per slice, from their relationships: a statement has about four, an article some fifteen
    // mentions, an entity (once the others are gone) a few facts. Some 8,000–10,000 relationships a
    // transaction: on the 10,000-article graph that deleted in 15.4 s where 40,000 took 20.7 s and
    // 2,000 took 17.2 s (same store copy, one run each).
    private static readonly (string File, int Slice)[] ResetSteps = [("reset-statements", 2_000), ("reset-articles", 500), ("reset-entities", 5_000), ("reset-fetch-state", 10_000)];

    private async Task<long> DeleteInSlicesAsync(string file, int slice, CancellationToken cancellationToken)
    {
        long total = 0;
        var statement = new CypherStatement(CypherFiles.Get(file), new Dictionary<string, object?> { ["limit"] = slice });
        while (true)
        {
            var deleted = (await _cypher.RunAsync([statement], cancellationToken).ConfigureAwait(false))[0].Rows[0][0].GetInt64();
            total += deleted;
            if (deleted == 0)
                return total;
        }
    }

    public async Task<(IReadOnlyList<(string Label, long Count)> Labels, IReadOnlyList<(string Type, long Count)> Relationships)> CountsAsync(CancellationToken cancellationToken)
    {
        var results = await _cypher.RunAsync([new CypherStatement(CypherFiles.Get("count-labels")), new CypherStatement(CypherFiles.Get("count-relationships"))], cancellationToken).ConfigureAwait(false);
        return (
            [.. results[0].Rows.Select(r => (r[0].GetString()!, r[1].GetInt64()))],
            [.. results[1].Rows.Select(r => (r[0].GetString()!, r[1].GetInt64()))]);
    }

    /// <summary>The most quoted speakers: name, type, statements, articles and one example.</summary>
    public async Task<IReadOnlyList<SpeakerSummary>> SpeakersAsync(int limit, CancellationToken cancellationToken)
    {
        var result = (await _cypher.RunAsync([new CypherStatement(CypherFiles.Get("speaker-summary"), new Dictionary<string, object?> { ["limit"] = limit })], cancellationToken).ConfigureAwait(false))[0];
        return [.. result.Rows.Select(r => new SpeakerSummary(r[0].GetString()!, r[1].GetString()!, r[2].GetInt64(), r[3].GetInt64(), r[4].GetString()!))];
    }

    /// <summary>Runs a curated query with its bound parameters.</summary>
    public async Task<CypherResult> RunAsync(Queries.StoredQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        (await _cypher.RunAsync([new CypherStatement(query.Cypher, parameters)], cancellationToken).ConfigureAwait(false))[0];

    private async Task<CypherResult> Single(string file, CancellationToken cancellationToken) =>
        (await _cypher.RunAsync([new CypherStatement(CypherFiles.Get(file))], cancellationToken).ConfigureAwait(false))[0];
}

/// <summary>What a complete ingest resolved the stored corpus with: the extractor's version and a fingerprint of the curation.</summary>
public sealed record IngestState(string Extractor, string Curation);

/// <summary>One line of the who-said-what summary.</summary>
public sealed record SpeakerSummary(string Speaker, string Type, long Statements, long Articles, string Example);

/// <summary>An article as stored; <see cref="ContentHash"/> is null until all of it committed.</summary>
public sealed record StoredArticle(string Id, string? File, string? ContentHash, string? Folder)
{
    /// <summary><see cref="StoredForm.FactsHash"/> of what is stored; null from versions that kept no extraction.</summary>
    public string? FactsHash { get; init; }

    /// <summary>The version of the extractor whose extraction the article keeps; null when not known.</summary>
    public string? Extractor { get; init; }
}
