using BenchmarkDotNet.Attributes;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Reading;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;
using GraphBuilder.Worker.Sources;

namespace GraphBuilder.Bench.Micro;

/// <summary>
/// Each extraction stage alone over the seed articles, so a change that slows one stage shows there
/// rather than as a blur in the end-to-end words per second. Each benchmark returns a count so the
/// work cannot be optimised away.
/// </summary>
[MemoryDiagnoser]
public class ExtractionStages
{
    private readonly ArticleCleaner _cleaner = new();
    private readonly Segmenter _segmenter = new(Lexicon.Default);
    private readonly EntityRecognizer _recognizer = new(Lexicon.Default);
    private readonly EntityResolver _resolver = new();
    private readonly RuleBasedArticleExtractor _extractor = new();
    private List<ArticleText> _articles = [];
    private List<CleanArticle> _clean = [];
    private List<ArticleDocument> _documents = [];

    /// <summary>The folder of articles to measure; the seeds unless GRAPHBUILDER_BENCH_SEEDS names another.</summary>
    public static string Folder => Environment.GetEnvironmentVariable("GRAPHBUILDER_BENCH_SEEDS") ?? Path.GetFullPath("seeds");

    [GlobalSetup]
    public void Setup()
    {
        _articles = [.. FolderArticleSource.ReadAllAsync(Folder, CancellationToken.None).GetAwaiter().GetResult()];
        _clean = [.. _articles.Select(a => _cleaner.Clean(a.Text))];
        _documents = [.. _clean.Select(c => _segmenter.Segment(c.Text, c.Paragraphs))];
    }

    [Benchmark]
    public int Clean() => _articles.Sum(a => _cleaner.Clean(a.Text).Text.Length);

    [Benchmark]
    public int Segment() => _clean.Sum(c => _segmenter.Segment(c.Text, c.Paragraphs).Sentences.Count);

    [Benchmark]
    public int RecognizeAndResolve() => _documents.Sum(d => _resolver.Resolve(_recognizer.Recognize(d)).Count);

    [Benchmark(Baseline = true)]
    public int ExtractWhole() => _articles.Sum(a => _extractor.Extract(a).Statements.Count);
}
