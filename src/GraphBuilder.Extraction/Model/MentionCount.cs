namespace GraphBuilder.Extraction.Model;

/// <summary>How often an entity is named in an article.</summary>
public sealed record MentionCount(string EntityId, string ArticleId, int Count);
