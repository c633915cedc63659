using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;

namespace GraphBuilder.Worker.Ingestion;

/// <summary>
/// What a run writes so that the stored graph becomes the resolution of the whole corpus: the articles
/// whose resolved facts differ from what is stored, in batches, each with the new or changed entities it
/// is the first to use, and the articles no run stored marked new; entities whose properties changed
/// though none of their articles did (with the first batch); and, with the last, once every entity of the run
/// exists and every article that pointed at them is rewritten, gazetteer containment of the places that
/// changed and the ids the resolution no longer has. When it all fits in one batch, a merge
/// or split is one transaction.
/// </summary>
internal sealed class GraphChanges
{
    private readonly IReadOnlyDictionary<string, StoredArticle> _stored;

    private GraphChanges(IReadOnlyDictionary<string, StoredArticle> stored, IReadOnlyList<ArticleSlice> slices, IReadOnlyList<GraphBatch> batches)
    {
        _stored = stored;
        Slices = slices;
        Batches = batches;
    }

    /// <summary>The articles to write, in article id order.</summary>
    public IReadOnlyList<ArticleSlice> Slices { get; }

    public IReadOnlyList<GraphBatch> Batches { get; }

    /// <summary>True for an article whose text is new or changed, false for one only re-resolved.</summary>
    public bool IsNewContent(ArticleSlice slice) => _stored.GetValueOrDefault(slice.Article.Id)?.ContentHash != slice.Article.ContentHash;

    public static GraphChanges Between(CorpusSnapshot snapshot, IReadOnlyDictionary<string, StoredArticle> stored, IReadOnlyDictionary<string, string> storedEntities, int batchSize)
    {
        var slices = snapshot.Slices().ToList();
        var changed = slices.Where(s => stored.GetValueOrDefault(s.Article.Id)?.FactsHash != StoredForm.FactsHash(s)).ToList();

        var used = slices.SelectMany(s => s.Entities).DistinctBy(e => e.Id).ToList();
        var rewritten = changed.SelectMany(s => s.Entities).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var differ = used.Where(e => storedEntities.GetValueOrDefault(e.Id) != StoredForm.Fingerprint(e)).ToList();
        var updated = differ.Where(e => !rewritten.Contains(e.Id)).ToList();
        var containment = differ.Where(e => e.Type is EntityType.Place or EntityType.Country).ToList();
        var usedIds = used.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var retired = storedEntities.Keys.Where(id => !usedIds.Contains(id)).Order(StringComparer.Ordinal).ToList();

        // Each new or changed entity is written once, with the first batch that uses it; entities that
        // changed though none of their articles did go with the first batch.
        var pending = differ.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var batches = changed.Chunk(batchSize).Select(chunk => new GraphBatch(chunk)
        {
            Entities = [.. chunk.SelectMany(s => s.Entities).Where(e => pending.Remove(e.Id))],
            NewArticles = chunk.Select(s => s.Article.Id).Where(id => !stored.ContainsKey(id)).ToHashSet(StringComparer.Ordinal),
        }).DefaultIfEmpty(new GraphBatch([])).ToList();
        batches[0] = batches[0] with { Entities = [.. batches[0].Entities, .. updated] };
        batches[^1] = batches[^1] with { Containment = containment, Retired = retired };
        return new GraphChanges(stored, changed, [.. batches.Where(b => !b.IsEmpty)]);
    }
}
