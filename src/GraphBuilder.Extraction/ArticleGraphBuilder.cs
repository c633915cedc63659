using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;
using GraphBuilder.Extraction.Stance;

namespace GraphBuilder.Extraction;

/// <summary>Assembles the stages' findings into the article's immutable graph records.</summary>
internal sealed class ArticleGraphBuilder(ArticleDocument doc, Article article)
{
    private readonly Dictionary<string, (EntityType Type, SortedSet<string> Aliases, Dictionary<string, int> Names, string? Country, bool Description, int? GeoNamesId)> _entities = new(StringComparer.Ordinal);

    public ArticleGraph Build(
        IReadOnlyList<ResolvedMention> mentions,
        IReadOnlyList<PersonRole> roles,
        IReadOnlyList<Attribution.AttributedContent> attributions,
        IReadOnlyList<FoundRelation> relations)
    {
        var outMentions = new List<Mention>(mentions.Count);
        foreach (var m in mentions)
        {
            if (m.Tentative)
                continue;
            // "Mr. Holtz-Eakin" is a form of the name itself, unlike "Defense Secretary".
            var surface = m.Mention.Title is "Mr." or "Mrs." or "Ms." or "Dr." or "Miss" ? m.Mention.Title + " " + m.Mention.Surface : m.Mention.Surface;
            Add(m.Key, m.Type, m.Name, surface, CountryOf(m), false, m.Key == m.Mention.Key && m.Type is EntityType.Place or EntityType.Country ? m.Mention.GeoNamesId : null);
            outMentions.Add(new Mention(m.Key, doc.Tokens[m.First].Start, doc.Tokens[m.End - 1].End, surface));
        }

        outMentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        var statements = new List<Statement>(attributions.Count);
        foreach (var a in attributions)
        {
            var speaker = a.Speaker;
            Add(speaker.Key, speaker.Type, speaker.Name, speaker.Surface, speaker.CountryKey, speaker.IsDescription);
            var text = doc.Slice(a.ContentStart, a.ContentEnd);
            var sentence = doc.Slice(doc.Sentences[a.FirstSentence].Start, doc.Sentences[a.LastSentence].End);
            var about = MentionsWithin(outMentions, a.ContentStart, a.ContentEnd).Where(id => id != speaker.Key).Distinct().Order(StringComparer.Ordinal).ToList();
            statements.Add(new Statement(
                ArticleIds.Statement(article.Id, a.ContentStart, a.ContentEnd),
                speaker.Key,
                StanceClassifier.Classify(a.DenialVerb, text),
                a.Verb,
                text,
                article.Id,
                sentence,
                a.ContentStart,
                a.ContentEnd,
                about));
        }

        var outRelations = relations
            .Where(r => _entities.ContainsKey(r.From) && _entities.ContainsKey(r.To))
            .DistinctBy(r => (r.Type, r.From, r.To))
            .Select(r => new Relation(r.Type, r.From, r.To, article.Id, doc.Slice(doc.Sentences[r.Sentence].Start, doc.Sentences[r.Sentence].End)))
            .ToList();

        var outRoles = roles
            .Where(r => _entities.ContainsKey(r.PersonKey))
            .DistinctBy(r => (r.PersonKey, r.Title))
            .Select(r => new Role(r.PersonKey, r.Title, r.AffiliationKey is { } a && _entities.ContainsKey(a) ? a : null, article.Id))
            .ToList();

        var entities = _entities
            .OrderBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new Entity(e.Key, BestName(e.Value.Names), e.Value.Type, [.. e.Value.Aliases]) { CountryId = e.Value.Country, IsDescription = e.Value.Description, GeoNamesId = e.Value.GeoNamesId })
            .ToList();
        return new ArticleGraph(article, entities, outMentions, statements, outRelations, outRoles, doc.WordCount);
    }

    /// <summary>Entities named inside [start, end); mentions are in text order, so a binary search finds the first.</summary>
    private static IEnumerable<string> MentionsWithin(List<Mention> mentions, int start, int end)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (mentions[mid].Start < start)
                lo = mid + 1;
            else
                hi = mid;
        }

        for (var i = lo; i < mentions.Count && mentions[i].Start < end; i++)
        {
            if (mentions[i].End <= end)
                yield return mentions[i].EntityId;
        }
    }

    private static string? CountryOf(ResolvedMention m) =>
        m.Type == EntityType.Country ? m.Key
        : m.Mention.AffiliationKey is { } a && a.StartsWith(Ids.Prefix(EntityType.Country) + ":", StringComparison.Ordinal) ? a
        : null;

    private void Add(string key, EntityType type, string name, string? surface, string? country, bool description, int? geoNamesId = null)
    {
        if (!_entities.TryGetValue(key, out var entry))
        {
            entry = (type, new SortedSet<string>(StringComparer.Ordinal), new Dictionary<string, int>(StringComparer.Ordinal), country, description, geoNamesId);
            _entities[key] = entry;
        }
        else if (entry.GeoNamesId is null && geoNamesId is not null)
        {
            _entities[key] = entry with { GeoNamesId = geoNamesId };
        }

        entry.Names[name] = entry.Names.GetValueOrDefault(name) + 1;
        entry.Aliases.Add(name);
        if (surface is not null)
            entry.Aliases.Add(surface);
    }

    internal static string BestName(Dictionary<string, int> names) =>
        names.OrderByDescending(n => n.Value).ThenByDescending(n => n.Key.Length).ThenBy(n => n.Key, StringComparer.Ordinal).First().Key;
}
