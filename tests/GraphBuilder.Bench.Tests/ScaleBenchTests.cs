using System.Text.Json;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Bench;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Bench.Tests;

/// <summary>The benchmark harness at a tiny size, so that it cannot rot.</summary>
[Collection(Neo4jServer.Name)]
public sealed class ScaleBenchTests(Neo4jFixture neo4j)
{
    /// <summary>The generator over the seeds, built once for the assembly's tests.</summary>
    internal static readonly Lazy<CorpusGenerator> Generator = new(() =>
        BenchCommand.GeneratorAsync(Path.Combine(AppContext.BaseDirectory, "seeds"), CancellationToken.None).GetAwaiter().GetResult());

    private static int Words(string text) => text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public void Generate_SameSeed_SameCorpus_AndAnotherSeedAnother()
    {
        Generator.Value.Article(7, 100, 3).ShouldBe(Generator.Value.Article(7, 100, 3));
        Generator.Value.Article(8, 100, 3).ShouldNotBe(Generator.Value.Article(7, 100, 3));
    }

    [Fact]
    public void Generate_Articles_HaveRealisticLengthsAndBylines()
    {
        for (var i = 0; i < 50; i++)
        {
            var article = Generator.Value.Article(1, 100, i);
            Words(article).ShouldBeInRange(400, 1_520);
            article.Split('\n')[1].ShouldStartWith("By ");
        }
    }

    [Fact]
    public void Generate_EntityCount_GrowsWithTheCorpus()
    {
        var extractor = new RuleBasedArticleExtractor();
        int People(int size) => Enumerable.Range(0, 40)
            .SelectMany(i => extractor.Extract(new ArticleText($"{i}.txt", Generator.Value.Article(1, size, i))).Entities)
            .Where(e => e.Type == EntityType.Person).Select(e => e.Id).Distinct().Count();
        People(10_000).ShouldBeGreaterThan(People(100));
    }

    [LocalNeo4jFact]
    public async Task Run_TinySize_ReportsEveryFigureAndWritesTheResults()
    {
        await using var services = neo4j.Services();
        using var output = new TempFolder();
        var stdout = new StringWriter();

        var bench = new ScaleBench(services, [], stdout, importInstance: "test-bench-import", importPort: TestInstance.HttpPort + 100);

        var results = await bench.RunAsync(Generator.Value, 1, new ScaleOptions([10], MaxIngest: 10, MaxImport: 10, MaxOneThread: 10, Runs: 1) { GrowthBase = 10 }, output.File("results.json"), CancellationToken.None);

        var r = results.ShouldHaveSingleItem();
        r.Articles.ShouldBe(10);
        r.Words.ShouldBeGreaterThan(4_000);
        r.WordsPerSecondOneThread.ShouldBeGreaterThan(0);
        r.Nodes.ShouldNotBeNull().ShouldBeGreaterThan(10);
        r.RerunSeconds.ShouldNotBeNull().ShouldBeLessThan(r.IngestSeconds!.Value);
        r.ResetSeconds.ShouldNotBeNull().ShouldBeGreaterThan(0);
        r.ExportSeconds.ShouldNotBeNull().ShouldBeGreaterThan(0);
        r.ImportSeconds.ShouldNotBeNull().ShouldBeGreaterThan(0);
        r.IngestToImport.ShouldBe(r.IngestSeconds / r.ImportSeconds);
        // Computed as seconds × 1000 / articles: equal up to rounding, not bit for bit.
        r.MillisecondsPerArticle.ShouldNotBeNull().ShouldBe(r.IngestSeconds!.Value * 100, 1e-9);
        r.PerArticleGrowth.ShouldBe(1.0, "the only size is its own base");
        stdout.ToString().ShouldContain($" | {r.IngestToImport!.Value.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)} | ");
        var (labels, _) = await services.GetRequiredService<GraphStore>().CountsAsync(CancellationToken.None);
        labels.Where(l => l.Label is "Article" or "Entity" or "Statement").ShouldAllBe(l => l.Count == 0, "the measured reset should leave none of GraphBuilder's nodes");
        using var json = JsonDocument.Parse(File.ReadAllText(output.File("results.json")));
        json.RootElement.GetProperty("machine").GetString().ShouldNotBeNull().ShouldContain("cores");
        json.RootElement.GetProperty("results")[0].GetProperty("articles").GetInt32().ShouldBe(10);
        json.RootElement.GetProperty("results")[0].GetProperty("resetSeconds").GetDouble().ShouldBe(r.ResetSeconds!.Value);
        json.RootElement.GetProperty("results")[0].GetProperty("importSeconds").GetDouble().ShouldBe(r.ImportSeconds!.Value);
        json.RootElement.GetProperty("results")[0].GetProperty("perArticleGrowth").GetDouble().ShouldBe(1.0);
    }
}
