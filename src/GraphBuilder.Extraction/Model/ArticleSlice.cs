namespace GraphBuilder.Extraction.Model;

/// <summary>One article's part of a corpus graph, with the (corpus-resolved) entities it uses.</summary>
public sealed record ArticleSlice(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<MentionCount> Mentions,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Role> Roles);
