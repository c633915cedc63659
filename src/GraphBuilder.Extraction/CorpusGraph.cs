using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;

namespace GraphBuilder.Extraction;

/// <summary>
/// The graph of many articles. Keeps the extracted records (not the texts) and resolves entities
/// across articles once all are in, so the result does not depend on reading order.
/// </summary>
public sealed class CorpusGraph
{
    private readonly EntityCatalog _catalog = new();
    private readonly List<ArticleGraph> _articles = [];

    public int ArticleCount => _articles.Count;

    public void Add(ArticleGraph graph)
    {
        _catalog.Add(graph.Entities);
        _articles.Add(graph with { Mentions = [] });
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
        return new CorpusSnapshot([.. ordered.Select(a => a.Article)], entities, statements, relations, roles);
    }
}

/// <summary>A finished corpus graph, ready to export or store.</summary>
public sealed record CorpusSnapshot(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Role> Roles);
