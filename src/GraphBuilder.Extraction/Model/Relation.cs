namespace GraphBuilder.Extraction.Model;

/// <summary>A fact between two entities, with the sentence that supports it.</summary>
public sealed record Relation(RelationType Type, string FromId, string ToId, string ArticleId, string Evidence);
