using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;

namespace GraphBuilder.Extraction;

/// <summary>
/// The graph of many articles. Keeps the extracted records (not the texts) and resolves entities
/// across articles once all are in, so the result does not depend on reading order. An analyst's
/// curation, if any, is applied before the automatic rules. Only the entity catalog must stay in
/// memory: the records themselves go to <paramref name="keep"/> and are resolved one article at a time.
/// </summary>
public sealed class CorpusGraph(EntityCuration? curation = null, IExtractedArticles? keep = null)
{
    private readonly EntityCatalog _catalog = new(curation);
    private readonly IExtractedArticles _keep = keep ?? new ExtractedArticlesInMemory();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    // The titles roles give each person id as extracted, kept apart from the catalog's lower-cased ones
    // because the resolved entity shows them as written.
    private readonly Dictionary<string, SortedSet<string>> _titles = new(StringComparer.Ordinal);

    public int ArticleCount => _ids.Count;

    public bool Contains(string articleId) => _ids.Contains(articleId);

    /// <summary>Adds a freshly extracted article: its records, not its text, so memory grows with facts only.</summary>
    public void Add(ArticleGraph graph) => Add(ArticleSlice.Of(graph));

    /// <summary>Adds an article's own extraction, fresh or as a store kept it (<see cref="ArticleSlice.Extracted"/>).</summary>
    public void Add(ArticleSlice extracted)
    {
        if (!_ids.Add(extracted.Article.Id))
            throw new ArgumentException($"The article '{extracted.Article.Id}' is already in the corpus.", nameof(extracted));
        _catalog.Add(extracted.Entities, extracted.Roles);
        foreach (var role in extracted.Roles)
        {
            if (!_titles.TryGetValue(role.PersonId, out var titles))
                _titles[role.PersonId] = titles = new SortedSet<string>(StringComparer.Ordinal);
            titles.Add(role.Title);
        }

        _keep.Add(extracted);
    }

    /// <summary>Resolves the entities of every article added; the articles themselves are resolved as they are read from it.</summary>
    public CorpusResolution Resolve()
    {
        var (entities, canonical) = _catalog.Build();
        var titles = _titles
            .GroupBy(t => canonical.GetValueOrDefault(t.Key, t.Key), t => t.Value, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(t => t).Distinct().Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        entities = [.. entities.Select(e => titles.TryGetValue(e.Id, out var t) ? e with { Titles = t } : e)];
        return new CorpusResolution(entities, canonical, _keep, ArticleCount);
    }

    /// <summary>The whole resolved corpus in memory, for callers that need all of it at once.</summary>
    public CorpusSnapshot Build() => Resolve().Snapshot();
}

/// <summary>
/// The corpus's entities, resolved, and its articles resolved against them one at a time, in article
/// id order, so a corpus larger than memory can be written article by article.
/// </summary>
public sealed class CorpusResolution
{
    private readonly IReadOnlyDictionary<string, string> _canonical;
    private readonly Dictionary<string, Entity> _byId;
    private readonly IExtractedArticles _articles;

    internal CorpusResolution(IReadOnlyList<Entity> entities, IReadOnlyDictionary<string, string> canonical, IExtractedArticles articles, int articleCount)
    {
        Entities = entities;
        ArticleCount = articleCount;
        _canonical = canonical;
        _articles = articles;
        _byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    /// <summary>The resolved entities, in id order.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    public int ArticleCount { get; }

    /// <summary>Every article resolved, in article id order, each with the entities it uses; read lazily.</summary>
    public IEnumerable<ArticleSlice> Slices() => _articles.InIdOrder().Select(Resolve);

    /// <summary>The whole resolved corpus in memory.</summary>
    public CorpusSnapshot Snapshot() => new(Entities, [.. Slices()]);

    private string Map(string id) => _canonical.GetValueOrDefault(id, id);

    private ArticleSlice Resolve(ArticleSlice extracted)
    {
        var statements = extracted.Statements
            .Select(s => s with { SpeakerId = Map(s.SpeakerId), About = [.. s.About.Select(Map).Where(id => id != Map(s.SpeakerId)).Distinct().Order(StringComparer.Ordinal)] })
            .ToList();
        var relations = extracted.Relations
            .Select(r => r with { FromId = Map(r.FromId), ToId = Map(r.ToId) })
            .Where(r => r.FromId != r.ToId)
            .DistinctBy(r => (r.Type, r.FromId, r.ToId, r.ArticleId))
            .ToList();
        var roles = extracted.Roles
            .Select(r => r with { PersonId = Map(r.PersonId), OrganizationId = r.OrganizationId is null ? null : Map(r.OrganizationId) })
            .DistinctBy(r => (r.PersonId, r.Title, r.OrganizationId, r.ArticleId))
            .ToList();
        var mentions = extracted.Mentions
            .GroupBy(m => (Entity: Map(m.EntityId), m.ArticleId))
            .Select(g => new MentionCount(g.Key.Entity, g.Key.ArticleId, g.Sum(m => m.Count)))
            .OrderBy(m => m.ArticleId, StringComparer.Ordinal).ThenBy(m => m.EntityId, StringComparer.Ordinal)
            .ToList();
        var used = mentions.Select(m => m.EntityId)
            .Concat(statements.SelectMany(s => s.About.Append(s.SpeakerId)))
            .Concat(relations.SelectMany(r => new[] { r.FromId, r.ToId }))
            .Concat(roles.SelectMany(r => r.OrganizationId is null ? [r.PersonId] : new[] { r.PersonId, r.OrganizationId }))
            .Distinct(StringComparer.Ordinal)
            .Where(_byId.ContainsKey)
            .Order(StringComparer.Ordinal)
            .Select(id => _byId[id])
            .ToList();
        return new ArticleSlice(extracted.Article, used, mentions, statements, relations, roles) { Extracted = extracted };
    }
}

/// <summary>A finished corpus graph, all in memory, ready to export or store.</summary>
public sealed class CorpusSnapshot(IReadOnlyList<Entity> entities, IReadOnlyList<ArticleSlice> slices)
{
    public IReadOnlyList<Entity> Entities { get; } = entities;

    public IReadOnlyList<Article> Articles { get; } = [.. slices.Select(s => s.Article)];

    public IReadOnlyList<Statement> Statements { get; } = [.. slices.SelectMany(s => s.Statements)];

    public IReadOnlyList<Relation> Relations { get; } = [.. slices.SelectMany(s => s.Relations)];

    public IReadOnlyList<Role> Roles { get; } = [.. slices.SelectMany(s => s.Roles)];

    public IReadOnlyList<MentionCount> Mentions { get; } = [.. slices.SelectMany(s => s.Mentions)];

    /// <summary>The graph cut by article, each part with the entities it uses, for writing article by article.</summary>
    public IReadOnlyList<ArticleSlice> Slices() => slices;
}
