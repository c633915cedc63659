using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store.Writing;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Sources;

namespace GraphBuilder.Worker.Tests.Cli;

public class ExtractionSpoolTests
{
    private static readonly RuleBasedArticleExtractor Extractor = new();

    private static ArticleSlice Extracted(string file, string text) => ArticleSlice.Of(Extractor.Extract(new ArticleText(file, text)));

    [Fact]
    public void InIdOrder_GivesBackEveryExtraction_InArticleIdOrder()
    {
        ArticleSlice[] added =
        [
            Extracted("c.txt", "Ceasefire talks\nThe minister said \"we will not sign\" — and Zoë Brandt denied it.\r\nLine two."),
            Extracted("a.txt", "Port reopens\nMayor Ana Ruiz said the port of Valencia in Spain would reopen."),
            Extracted("b.txt", "Quiet day\nNothing was said."),
        ];
        using var spool = new ExtractionSpool();
        foreach (var slice in added)
            spool.Add(slice);

        var read = spool.InIdOrder().ToList();
        read.Select(s => s.Article.Id).ShouldBe(added.Select(s => s.Article.Id).Order(StringComparer.Ordinal));
        read.Select(StoredForm.Extraction).ShouldBe(added.OrderBy(s => s.Article.Id, StringComparer.Ordinal).Select(StoredForm.Extraction));
        spool.InIdOrder().Count().ShouldBe(3, "a spool can be read more than once");
    }

    [Fact]
    public void TheFile_OutlivesNeitherTheSpoolNorTheProcess()
    {
        var spool = new ExtractionSpool();
        spool.Add(Extracted("a.txt", "Headline\nThe mayor said it would rain."));
        // On Unix the name is unlinked at once, so a process killed mid-run leaves nothing behind.
        File.Exists(spool.Path).ShouldBe(OperatingSystem.IsWindows());
        spool.InIdOrder().Single().Article.File.ShouldBe("a.txt");
        spool.Dispose();
        File.Exists(spool.Path).ShouldBeFalse();
    }

    [Fact]
    public async Task Seeds_KeptInTheSpool_ResolveAsKeptInMemory()
    {
        using var seeds = new TempFolder().WithSeeds();
        using var spool = new ExtractionSpool();
        var inMemory = await Extract(seeds.Path, keep: null);
        var spooled = await Extract(seeds.Path, spool);

        var (expected, actual) = (inMemory.Resolve(), spooled.Resolve());
        actual.Entities.Select(StoredForm.Fingerprint).ShouldBe(expected.Entities.Select(StoredForm.Fingerprint));
        actual.Slices().Select(StoredForm.FactsHash).ShouldBe(expected.Slices().Select(StoredForm.FactsHash));
        actual.Slices().Count().ShouldBe(5);
    }

    private static async Task<CorpusGraph> Extract(string folder, IExtractedArticles? keep) =>
        (await new CorpusExtraction(Extractor, TextWriter.Null).RunAsync(new FolderArticleSource(folder, FolderArticleSource.DefaultMaxBytes), CancellationToken.None, keep: keep)).Graph;
}
