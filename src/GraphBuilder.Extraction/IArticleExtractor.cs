using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction;

/// <summary>Turns one article's text into its graph of entities, statements and relations.</summary>
public interface IArticleExtractor
{
    ArticleGraph Extract(ArticleText article, CancellationToken cancellationToken = default);
}
