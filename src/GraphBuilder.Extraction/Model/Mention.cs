namespace GraphBuilder.Extraction.Model;

/// <summary>An entity's appearance in an article, as character offsets into the original text.</summary>
public sealed record Mention(string EntityId, int Start, int End, string Surface);
