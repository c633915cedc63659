using System.CommandLine;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Cli;

/// <summary>What <c>report</c> does when it cannot make a page: one clear line, exit code 2, and the last report left alone.</summary>
[Collection(Neo4jServer.Name)]
public sealed class ReportCommandFailureTests(Neo4jFixture neo4j) : IDisposable
{
    private const string PreviousReport = "<html>the previous report</html>";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<(int Exit, string Error)> Report(ServiceProvider services, string output)
    {
        var stderr = new StringWriter();
        var exit = await CommandHost.MapErrorsAsync(stderr, () => ReportCommand.RunAsync(services, output, 80, new StringWriter(), stderr, CancellationToken.None));
        return (exit, stderr.ToString());
    }

    [Fact]
    public async Task Report_EmptyGraph_SaysToIngestFirst_AndKeepsThePreviousReport()
    {
        await using var services = neo4j.Services();
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        var output = _folder.Write("report.html", PreviousReport);

        var (exit, error) = await Report(services, output);

        exit.ShouldBe(ExitCodes.NothingDone);
        error.ShouldBe($"error: the graph has no statements yet; run 'ingest FOLDER' first.{Environment.NewLine}");
        File.ReadAllText(output).ShouldBe(PreviousReport);
    }

    [Fact]
    public async Task Report_Neo4jUnreachable_NamesTheServer()
    {
        await using var services = neo4j.Services(settings: new() { ["GraphBuilder:Neo4j:Uri"] = "http://127.0.0.1:9/" });

        var (exit, error) = await Report(services, _folder.File("report.html"));

        exit.ShouldBe(ExitCodes.NothingDone);
        error.ShouldStartWith("error: ");
        error.ShouldContain("127.0.0.1:9");
        File.Exists(_folder.File("report.html")).ShouldBeFalse();
    }

    [Fact]
    public async Task Report_OutputFolderMissing_SaysItCannotWrite()
    {
        await using var services = neo4j.Services();
        using var seeds = new TempFolder().WithSeeds();
        await services.GetRequiredService<IngestRunner>().RunAsync(seeds.Path, NoProgress.Instance, CancellationToken.None);
        var output = Path.Combine(_folder.Path, "missing", "report.html");

        var (exit, error) = await Report(services, output);

        exit.ShouldBe(ExitCodes.NothingDone);
        error.ShouldStartWith($"error: cannot write '{output}': ");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Report_SpeakersBelowOne_IsRefusedBeforeAnythingRuns(string speakers) =>
        new RootCommand { ReportCommand.Create([]) }.Parse(["report", "--speakers", speakers]).Errors
            .ShouldHaveSingleItem().Message.ShouldBe("--speakers must be at least 1.");
}
