using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;

namespace GraphBuilder.Worker.Ingestion;

/// <summary>A batch to write, and how many of the corpus's articles (in id order) have been compared once it is.</summary>
internal sealed record PlannedBatch(GraphBatch Batch, int Compared);

/// <summary>
/// What a run writes so that the stored graph becomes the resolution of the whole corpus: the articles
/// whose resolved facts differ from what is stored, in batches, each with the new or changed entities it
/// is the first to use, and the articles no run stored marked new; and, with the last batch, once every
/// article that pointed at them is rewritten, the entities whose properties changed though none of their
/// articles did, gazetteer containment of the places that changed, and the ids the resolution no
/// longer has. When it all fits in one batch, a merge or split is one transaction. The batches are
/// planned as they are enumerated, one article at a time, so a corpus need not fit in memory.
/// </summary>
internal static class GraphChanges
{
    public static IEnumerable<PlannedBatch> Between(CorpusResolution resolution, IReadOnlyDictionary<string, StoredArticle> stored, IReadOnlyDictionary<string, string> storedEntities, int batchSize)
    {
        var differ = resolution.Entities.Where(e => storedEntities.GetValueOrDefault(e.Id) != StoredForm.Fingerprint(e)).ToList();
        // Each new or changed entity is written once, with the first batch that uses it.
        var pending = differ.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var chunk = new List<ArticleSlice>(batchSize);
        var compared = 0;
        PlannedBatch? held = null;
        foreach (var slice in resolution.Slices())
        {
            compared++;
            used.UnionWith(slice.Entities.Select(e => e.Id));
            if (stored.TryGetValue(slice.Article.Id, out var kept) && kept.FactsHash == StoredForm.FactsHash(slice))
                continue;
            chunk.Add(slice);
            if (chunk.Count < batchSize)
                continue;
            // Held back one batch, so that the last can carry what must follow every article.
            if (held is not null)
                yield return held;
            held = new PlannedBatch(Batch(chunk), compared);
            chunk = new List<ArticleSlice>(batchSize);
        }

        if (chunk.Count > 0)
        {
            if (held is not null)
                yield return held;
            held = new PlannedBatch(Batch(chunk), compared);
        }

        var last = held?.Batch ?? new GraphBatch([]);
        var retired = storedEntities.Keys.Where(id => !used.Contains(id)).Order(StringComparer.Ordinal).ToList();
        last = last with
        {
            Entities = [.. last.Entities, .. differ.Where(e => pending.Contains(e.Id) && used.Contains(e.Id))],
            Containment = [.. differ.Where(e => e.Type is EntityType.Place or EntityType.Country && used.Contains(e.Id))],
            Retired = retired,
        };
        if (!last.IsEmpty)
            yield return new PlannedBatch(last, compared);

        GraphBatch Batch(List<ArticleSlice> slices) => new(slices)
        {
            Entities = [.. slices.SelectMany(s => s.Entities).Where(e => pending.Remove(e.Id))],
            NewArticles = slices.Select(s => s.Article.Id).Where(id => !stored.ContainsKey(id)).ToHashSet(StringComparer.Ordinal),
        };
    }
}
