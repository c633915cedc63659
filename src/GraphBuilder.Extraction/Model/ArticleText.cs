namespace GraphBuilder.Extraction.Model;

/// <summary>An article as read from its source: the file name and the decoded text.</summary>
public sealed record ArticleText(string File, string Text)
{
    /// <summary>
    /// What the source itself says about the article (a web page's tags, a feed's item), taken over what
    /// the text suggests; null for plain text.
    /// </summary>
    public ArticleMetadata? Metadata { get; init; }
}
