namespace GraphBuilder.Extraction.Model;

/// <summary>Everything extracted from one article.</summary>
public sealed record ArticleGraph(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Role> Roles,
    int WordCount);
