namespace GraphBuilder.Extraction.Model;

/// <summary>An article as read from its source: the file name and the decoded text.</summary>
public sealed record ArticleText(string File, string Text);
