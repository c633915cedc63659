namespace GraphBuilder.Extraction.Model;

/// <summary>
/// One article's part of a graph with the entities it uses: as extracted from the article alone
/// (<see cref="Of"/>), or resolved against a whole corpus (<see cref="GraphBuilder.Extraction.CorpusSnapshot.Slices"/>).
/// </summary>
public sealed record ArticleSlice(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<MentionCount> Mentions,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Role> Roles)
{
    /// <summary>
    /// For a corpus-resolved slice, the article's own extraction it was resolved from: what a store
    /// keeps so that later articles can be resolved against it without the text.
    /// </summary>
    public ArticleSlice? Extracted { get; init; }

    /// <summary>The records of one article's extraction, without its text and mention offsets.</summary>
    public static ArticleSlice Of(ArticleGraph graph) => new(
        graph.Article,
        graph.Entities,
        [.. graph.Mentions.GroupBy(m => m.EntityId).Select(g => new MentionCount(g.Key, graph.Article.Id, g.Count()))],
        graph.Statements,
        graph.Relations,
        graph.Roles);
}
