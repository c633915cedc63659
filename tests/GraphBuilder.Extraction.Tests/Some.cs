using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Tests;

/// <summary>Builds test data: articles from short texts, and lookups into their graphs.</summary>
internal static class Some
{
    private static readonly RuleBasedArticleExtractor Extractor = new();

    public static ArticleGraph Graph(string text, string file = "test.txt") => Extractor.Extract(new ArticleText(file, text));

    /// <summary>Short texts as the articles of one corpus, each under a headline of its own.</summary>
    public static CorpusSnapshot Corpus(params string[] texts)
    {
        var corpus = new CorpusGraph();
        for (var i = 0; i < texts.Length; i++)
            corpus.Add(Graph("A headline for the test story\n" + texts[i], $"story-{i}.txt"));
        return corpus.Build();
    }

    public static string? SpeakerName(this ArticleGraph graph, Statement statement) =>
        graph.Entities.FirstOrDefault(e => e.Id == statement.SpeakerId)?.Name;

    /// <summary>"Name: text" for each statement, to assert on in one line.</summary>
    public static IReadOnlyList<string> Said(this ArticleGraph graph) =>
        [.. graph.Statements.Select(s => $"{graph.SpeakerName(s)}: {s.Text}")];

    public static Entity? Entity(this ArticleGraph graph, string name) =>
        graph.Entities.FirstOrDefault(e => e.Name == name || e.Aliases.Contains(name));
}
