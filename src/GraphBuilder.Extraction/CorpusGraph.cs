using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;

namespace GraphBuilder.Extraction;

/// <summary>
/// The graph of many articles. Keeps the extracted records (not the texts) and resolves entities
/// across articles once all are in, so the result does not depend on reading order. An analyst's
/// curation, if any, is applied before the automatic rules.
/// </summary>
public sealed class CorpusGraph(EntityCuration? curation = null)
{
    private readonly EntityCatalog _catalog = new(curation);
    private readonly List<ArticleSlice> _articles = [];

    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public int ArticleCount => _articles.Count;

    public bool Contains(string articleId) => _ids.Contains(articleId);

    /// <summary>Adds a freshly extracted article: its records, not its text, so memory grows with facts only.</summary>
    public void Add(ArticleGraph graph) => Add(ArticleSlice.Of(graph));

    /// <summary>Adds an article's own extraction, fresh or as a store kept it (<see cref="ArticleSlice.Extracted"/>).</summary>
    public void Add(ArticleSlice extracted)
    {
        if (!_ids.Add(extracted.Article.Id))
            throw new ArgumentException($"The article '{extracted.Article.Id}' is already in the corpus.", nameof(extracted));
        _catalog.Add(extracted.Entities, extracted.Roles);
        _articles.Add(extracted);
    }

    public CorpusSnapshot Build()
    {
        var (entities, canonical) = _catalog.Build();
        string Map(string id) => canonical.GetValueOrDefault(id, id);

        var ordered = _articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal).ToList();
        var statements = ordered
            .SelectMany(a => a.Statements)
            .Select(s => s with { SpeakerId = Map(s.SpeakerId), About = [.. s.About.Select(Map).Where(id => id != Map(s.SpeakerId)).Distinct().Order(StringComparer.Ordinal)] })
            .ToList();
        var relations = ordered
            .SelectMany(a => a.Relations)
            .Select(r => r with { FromId = Map(r.FromId), ToId = Map(r.ToId) })
            .Where(r => r.FromId != r.ToId)
            .DistinctBy(r => (r.Type, r.FromId, r.ToId, r.ArticleId))
            .ToList();
        var roles = ordered
            .SelectMany(a => a.Roles)
            .Select(r => r with { PersonId = Map(r.PersonId), OrganizationId = r.OrganizationId is null ? null : Map(r.OrganizationId) })
            .DistinctBy(r => (r.PersonId, r.Title, r.OrganizationId, r.ArticleId))
            .ToList();
        var mentions = ordered
            .SelectMany(a => a.Mentions)
            .GroupBy(m => (Entity: Map(m.EntityId), m.ArticleId))
            .Select(g => new MentionCount(g.Key.Entity, g.Key.ArticleId, g.Sum(m => m.Count)))
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.EntityId, StringComparer.Ordinal)
            .ToList();
        var titles = roles.ToLookup(r => r.PersonId, r => r.Title, StringComparer.Ordinal);
        entities = [.. entities.Select(e => titles.Contains(e.Id) ? e with { Titles = [.. titles[e.Id].Distinct().Order(StringComparer.Ordinal)] } : e)];
        return new CorpusSnapshot(ordered, entities, statements, relations, roles, mentions);
    }
}

/// <summary>A finished corpus graph, ready to export or store.</summary>
public sealed record CorpusSnapshot(
    IReadOnlyList<ArticleSlice> Extracted,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<MentionCount> Mentions)
{
    public IReadOnlyList<Article> Articles { get; } = [.. Extracted.Select(a => a.Article)];

    /// <summary>The graph cut by article, each part with the entities it uses, for writing article by article.</summary>
    public IEnumerable<ArticleSlice> Slices()
    {
        var entities = Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var statements = Statements.ToLookup(s => s.ArticleId);
        var relations = Relations.ToLookup(r => r.ArticleId);
        var roles = Roles.ToLookup(r => r.ArticleId);
        var mentions = Mentions.ToLookup(m => m.ArticleId);
        foreach (var extracted in Extracted)
        {
            var article = extracted.Article;
            var id = article.Id;
            var used = mentions[id].Select(m => m.EntityId)
                .Concat(statements[id].SelectMany(s => s.About.Append(s.SpeakerId)))
                .Concat(relations[id].SelectMany(r => new[] { r.FromId, r.ToId }))
                .Concat(roles[id].SelectMany(r => r.OrganizationId is null ? [r.PersonId] : new[] { r.PersonId, r.OrganizationId }))
                .Distinct(StringComparer.Ordinal)
                .Where(entities.ContainsKey)
                .Order(StringComparer.Ordinal)
                .Select(e => entities[e])
                .ToList();
            yield return new ArticleSlice(article, used, [.. mentions[id]], [.. statements[id]], [.. relations[id]], [.. roles[id]]) { Extracted = extracted };
        }
    }
}
