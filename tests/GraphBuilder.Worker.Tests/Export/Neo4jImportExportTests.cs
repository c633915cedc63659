using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Export;

/// <summary>
/// <c>export --format neo4j-import</c>, loaded by Neo4j's own bulk importer (3.1.1's <c>neo4j-import</c>,
/// through scripts/neo4j-local.sh) into a store of its own, gives the graph an ingest writes, and an
/// ingest afterwards finds it current.
/// </summary>
[Collection(Neo4jServer.Name)]
public sealed class Neo4jImportExportTests(Neo4jFixture neo4j)
{
    private const string Instance = "test-import";
    private const int HttpPort = TestInstance.HttpPort + 100;

    [LocalNeo4jFact]
    public async Task ImportedCsv_IsTheGraphOfAnIngest_AndAnIngestAfterwardsWritesNothing()
    {
        using var folder = new TempFolder().WithSeeds();
        folder.Write("zz_quoting.txt", "A \"quoted\" title, with commas \\ and a backslash\\\n\n" +
            "\"We will not yield,\" said Anna Kowalski, the Polish defence minister, on Monday. She added: \"C:\\\\path\\\" is not a place.\"\n" +
            "Lines\r\nbreak here; \"\" and \\\" too.\n");
        // Hostile texts (quotes, backslashes, line breaks, markup) without NUL, which marks a file binary.
        var random = new Random(17);
        for (var i = 0; i < 12; i++)
            folder.Write($"zz_hostile_{i:D2}.txt", HostileText.Generate(random, random.Next(20, 300)).Replace("\0", "", StringComparison.Ordinal));
        using var output = new TempFolder();
        var csv = Path.Combine(output.Path, "csv");

        List<string> ingested;
        await using (var services = neo4j.Services())
        {
            await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
            await TestIngest.RunAsync(services, folder.Path);
            ingested = await GraphDump.Of(services);
        }

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        (await ExportCommand.RunAsync([folder.Path], csv, stdout, stderr, CancellationToken.None, format: ExportCommand.Neo4jImport)).ShouldBe(ExitCodes.Success, stderr.ToString());
        stdout.ToString().ShouldContain("neo4j-admin database import full");

        try
        {
            await Neo4jFixture.Script(Instance, HttpPort, "reset");
            await Neo4jFixture.Script(Instance, HttpPort, "import", csv);
            await Neo4jFixture.Script(Instance, HttpPort, "start");
            await using var imported = neo4j.Services(settings: new() { ["GraphBuilder:Neo4j:Uri"] = $"http://127.0.0.1:{HttpPort}/" });
            await imported.GetRequiredService<GraphStore>().EnsureSchemaAsync(CancellationToken.None);

            var dump = await GraphDump.Of(imported);
            dump.Count.ShouldBe(ingested.Count);
            dump.ShouldBe(ingested);

            var rerun = await TestIngest.RunAsync(imported, folder.Path);
            (rerun.Read, rerun.Written, rerun.Unchanged).ShouldBe((18, 0, 18));
            (await imported.GetRequiredService<GraphStore>().IngestStateAsync(CancellationToken.None)).ShouldNotBeNull();
            (await GraphDump.Of(imported)).ShouldBe(ingested);
        }
        finally
        {
            await Neo4jFixture.Script(Instance, HttpPort, "stop");
        }
    }

    [Fact]
    public async Task Export_IntoAFolderThatHoldsFiles_RefusesAndLeavesThem()
    {
        using var folder = new TempFolder().WithSeeds();
        using var output = new TempFolder();
        var kept = output.Write("notes.txt", "mine");
        var stderr = new StringWriter();

        var exit = await ExportCommand.RunAsync([folder.Path], output.Path, TextWriter.Null, stderr, CancellationToken.None, format: ExportCommand.Neo4jImport);

        exit.ShouldBe(ExitCodes.NothingDone);
        stderr.ToString().ShouldContain("is not empty");
        Directory.GetFileSystemEntries(output.Path).ShouldBe([kept]);
        File.ReadAllText(kept).ShouldBe("mine");
    }
}
