using GraphBuilder.Store.Queries;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;

namespace GraphBuilder.Worker.Tests.Cli;

public class GuideCommandTests
{
    private static readonly string Queries = Path.Combine(Neo4jFixture.RepositoryRoot(), "cypher");

    [Fact]
    public async Task Guide_WritesTheGuideOfTheQueryFolder()
    {
        using var folder = new TempFolder();
        var output = folder.File("guide.html");
        var stdout = new StringWriter();

        (await GuideCommand.RunAsync(Queries, output, stdout, TextWriter.Null)).ShouldBe(ExitCodes.Success);

        var library = QueryLibrary.Load(Queries);
        File.ReadAllText(output).ShouldBe(BrowserGuide.Render(library));
        stdout.ToString().ShouldContain($"{library.Queries.Count} cards, one per stored query");
    }

    [Fact]
    public async Task Guide_IntoAMissingFolder_IsOneErrorLine_AndWritesNothing()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "missing", "guide.html");
        var stderr = new StringWriter();

        (await GuideCommand.RunAsync(Queries, output, TextWriter.Null, stderr)).ShouldBe(ExitCodes.NothingDone);

        stderr.ToString().ShouldStartWith($"error: cannot write '{output}'");
        Directory.Exists(Path.GetDirectoryName(output)).ShouldBeFalse();
    }
}
