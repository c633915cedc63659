using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction;

/// <summary>Turns one article's text into its graph of entities, statements and relations.</summary>
public interface IArticleExtractor
{
    /// <summary>
    /// Names the rules and data: an extraction kept by a store is as good as a new one only when made
    /// by the same version, so a store may skip extracting unchanged text of that version again.
    /// </summary>
    string Version { get; }

    ArticleGraph Extract(ArticleText article, CancellationToken cancellationToken = default);
}
