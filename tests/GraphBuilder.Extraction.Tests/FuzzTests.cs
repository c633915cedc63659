using System.Diagnostics;
using System.Text;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Reading;
using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Extraction.Tests;

/// <summary>Thousands of generated hostile inputs: no crash, no hang, and every offset valid.</summary>
public class FuzzTests
{
    // Guards against hangs, not a speed target (the benchmarks measure speed): a super-linear blow-up
    // on these inputs takes minutes, while a machine busy with other work may take a few times longer
    // than a quiet one, so the limits leave that room.
    private static readonly TimeSpan PerArticleLimit = TimeSpan.FromSeconds(10);
    private static readonly RuleBasedArticleExtractor Extractor = new();

    private static void ExtractWithinLimit(string text, TimeSpan? limit = null)
    {
        var watch = Stopwatch.StartNew();
        var graph = Extractor.Extract(new ArticleText("fuzz.txt", text));
        watch.Elapsed.ShouldBeLessThan(limit ?? PerArticleLimit);
        foreach (var s in graph.Statements)
            text[s.Start..s.End].ShouldBe(s.Text);
    }

    [Fact]
    public void Extract_GeneratedHostileTexts_NeverCrashOrHang()
    {
        var random = new Random(20241023);
        for (var i = 0; i < 3000; i++)
            ExtractWithinLimit(HostileText.Generate(random, random.Next(1, 400)));
    }

    [Fact]
    public void Decode_RandomBytes_EitherTextOrAClearError()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var decoded = TextDecoder.Decode(HostileText.RandomBytes(random, random.Next(0, 3000)));
            (decoded.Text is not null ^ decoded.Error is not null).ShouldBeTrue();
            if (decoded.Text is not null)
                ExtractWithinLimit(decoded.Text);
        }
    }

    [Fact]
    public void Decode_MixedEncodings_FallsBackWithoutLosingText()
    {
        var mixed = Encoding.UTF8.GetBytes("Mayor Jos\u00E9 said \u201Cyes\u201D. ").Concat(Encoding.Latin1.GetBytes("Ren\u00E9 said no.")).ToArray();
        var decoded = TextDecoder.Decode(mixed);
        decoded.Encoding.ShouldBe("utf-8+latin-1");
        decoded.Text.ShouldBe("Mayor Jos\u00E9 said \u201Cyes\u201D. Ren\u00E9 said no.");
    }

    [Theory]
    [InlineData('"')]
    [InlineData('\u201C')]
    [InlineData('\'')]
    public void Extract_TenThousandQuoteMarks_FinishesInTime(char mark) =>
        ExtractWithinLimit("Headline of a hostile story\n" + string.Concat(Enumerable.Repeat($"{mark}Austin said {mark}", 5000)) + ".");

    [Fact]
    public void Extract_DeeplyNestedUnbalancedQuotes_FinishesInTime() =>
        ExtractWithinLimit("Headline of a hostile story\n" + new string('\u201C', 20000) + " he said " + new string('\u201D', 3) + ".");

    [Fact]
    public void Extract_FiveMegabyteSingleLine_FinishesInTime() =>
        ExtractWithinLimit(string.Concat(Enumerable.Repeat("Officials said the talks went well, according to Reuters, ", 90_000)) + ".", TimeSpan.FromSeconds(60));

    [Fact]
    public void Extract_NameWithCypherSyntax_StaysText()
    {
        var graph = Some.Graph($"Headline of a hostile story\n\u201CWe will see,\u201D said Mayor {HostileText.CypherName}.");
        graph.Statements.ShouldHaveSingleItem().Text.ShouldBe("We will see");
        graph.Entities.ShouldContain(e => e.Aliases.Any(a => a.Contains("Robert", StringComparison.Ordinal)));
    }
}
