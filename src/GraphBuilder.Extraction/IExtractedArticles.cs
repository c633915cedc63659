using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction;

/// <summary>
/// Where a <see cref="CorpusGraph"/> keeps its articles' own extractions between reading them all and
/// resolving them: in memory by default; a caller with more articles than memory should hold passes
/// one that keeps them elsewhere, since resolution needs only what the entity catalog gathers.
/// </summary>
public interface IExtractedArticles
{
    void Add(ArticleSlice extracted);

    /// <summary>The extractions in article id order; may be enumerated more than once.</summary>
    IEnumerable<ArticleSlice> InIdOrder();
}

internal sealed class ExtractedArticlesInMemory : IExtractedArticles
{
    private readonly List<ArticleSlice> _articles = [];

    public void Add(ArticleSlice extracted) => _articles.Add(extracted);

    public IEnumerable<ArticleSlice> InIdOrder() => _articles.OrderBy(a => a.Article.Id, StringComparer.Ordinal);
}
