using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests;

public class CorpusGraphTests
{
    /// <summary>Keeps extractions as the caller's store would, counting how often they are read back.</summary>
    private sealed class CountingKeeper : IExtractedArticles
    {
        private readonly List<ArticleSlice> _kept = [];

        public int Reads { get; private set; }

        public void Add(ArticleSlice extracted) => _kept.Add(extracted);

        public IEnumerable<ArticleSlice> InIdOrder()
        {
            foreach (var slice in _kept.OrderBy(s => s.Article.Id, StringComparer.Ordinal))
            {
                Reads++;
                yield return slice;
            }
        }
    }

    private static readonly string[] Texts =
    [
        "Defence Minister Anna Lindqvist said the brigade trained at Camp Ravn in Denmark.",
        "Lindqvist denied that the brigade had left. \"We are staying,\" Lindqvist said.",
        "Anna Lindqvist, the finance minister of Sweden, told reporters the budget would pass.",
    ];

    private static CorpusGraph Corpus(IExtractedArticles? keep = null)
    {
        var corpus = new CorpusGraph(keep: keep);
        for (var i = Texts.Length - 1; i >= 0; i--)
            corpus.Add(Some.Graph("A headline for the test story\n" + Texts[i], $"story-{i}.txt"));
        return corpus;
    }

    [Fact]
    public void Resolve_ReadsTheArticlesFromWhereTheCallerKeepsThem_AndResolvesThemAsInMemory()
    {
        var keeper = new CountingKeeper();
        var kept = Corpus(keeper).Resolve();
        var inMemory = Corpus().Build();

        keeper.Reads.ShouldBe(0, "resolving the entities needs only the catalog");
        var slices = kept.Slices().ToList();
        keeper.Reads.ShouldBe(Texts.Length);
        kept.Entities.Select(Shown).ShouldBe(inMemory.Entities.Select(Shown));
        slices.Select(s => s.Article.Id).ShouldBe(inMemory.Articles.Select(a => a.Id));
        slices.SelectMany(s => s.Statements).Select(s => $"{s.Id} {s.SpeakerId} {s.Text} {string.Join(",", s.About)}").ShouldBe(inMemory.Statements.Select(s => $"{s.Id} {s.SpeakerId} {s.Text} {string.Join(",", s.About)}"));
        slices.SelectMany(s => s.Relations).ShouldBe(inMemory.Relations);
        slices.SelectMany(s => s.Mentions).ShouldBe(inMemory.Mentions);
    }

    private static string Shown(Entity e) => $"{e.Id} {e.Name} {e.Type} {string.Join(",", e.Aliases)} {string.Join(",", e.Titles)} {e.Within}";

    [Fact]
    public void Build_GivesEachPersonTheTitlesOfEveryArticle_AsWritten()
    {
        var lindqvist = Corpus().Build().Entities.Single(e => e.Name == "Anna Lindqvist");
        lindqvist.Titles.ShouldBe(["Defence Minister", "finance minister"]);
    }
}
