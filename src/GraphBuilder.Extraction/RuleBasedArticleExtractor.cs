using GraphBuilder.Extraction.Attribution;
using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Reading;
using GraphBuilder.Extraction.Relations;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction;

/// <summary>
/// The extraction pipeline: clean → segment → recognise → resolve → roles → attribution and stance
/// → relations. Pure and thread-safe: it holds only the read-only lexicon.
/// </summary>
public sealed class RuleBasedArticleExtractor : IArticleExtractor
{
    private readonly ArticleCleaner _cleaner = new();
    private readonly Segmenter _segmenter;
    private readonly EntityRecognizer _recognizer;
    private readonly EntityResolver _resolver = new();
    private readonly RoleReader _roles;
    private readonly AttributionExtractor _attribution;
    private readonly RelationExtractor _relations = new();

    public RuleBasedArticleExtractor()
        : this(Lexicon.Default)
    {
    }

    internal RuleBasedArticleExtractor(Lexicon lexicon)
    {
        _segmenter = new Segmenter(lexicon);
        _recognizer = new EntityRecognizer(lexicon);
        _roles = new RoleReader(lexicon);
        _attribution = new AttributionExtractor(lexicon);
    }

    /// <summary>
    /// The build of this library: rules and lexicons are compiled or embedded into it, and builds are
    /// deterministic, so the id changes exactly when the code or data does.
    /// </summary>
    public string Version { get; } = typeof(RuleBasedArticleExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public ArticleGraph Extract(ArticleText article, CancellationToken cancellationToken = default)
    {
        var clean = _cleaner.Clean(article.Text);
        var doc = _segmenter.Segment(clean.Text, clean.Paragraphs);
        cancellationToken.ThrowIfCancellationRequested();

        var mentions = _resolver.Resolve(_recognizer.Recognize(doc));
        var roles = _roles.Read(doc, mentions);
        var attributions = _attribution.Extract(doc, mentions, roles);
        var relations = _relations.Extract(doc, mentions);

        var known = article.Metadata;
        var meta = new Article(ArticleIds.For(article), article.File, known?.Title ?? clean.Title, known?.Outlet ?? clean.Outlet, known?.Published ?? clean.Published, ArticleIds.ContentHash(article))
        {
            Url = known?.Url,
            Author = known?.Author,
        };
        return new ArticleGraphBuilder(doc, meta).Build(mentions, roles, attributions, relations);
    }
}
