using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Reliability;

/// <summary>Faults against the real local Neo4j: a killed worker, an unresponsive server, bad folders.</summary>
[Collection(Neo4jServer.Name)]
public sealed class FaultTests(Neo4jFixture neo4j)
{
    private static TempFolder Copies(int count)
    {
        var folder = new TempFolder();
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        for (var i = 0; i < count; i++)
            folder.Write(string.Create(CultureInfo.InvariantCulture, $"{i:D4}.txt"), seeds[i % seeds.Count] + string.Create(CultureInfo.InvariantCulture, $"\nCopy {i}.\n"));
        return folder;
    }

    [Fact]
    public async Task WorkerKilledMidBatch_LeavesNoPartialArticleAndARerunCompletesIt()
    {
        using var folder = Copies(120);
        await using var services = neo4j.Services(batchSize: 5);
        var store = services.GetRequiredService<GraphStore>();
        await store.ResetAsync(CancellationToken.None);
        await services.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None);
        var clean = await GraphDump.Of(services);
        await store.ResetAsync(CancellationToken.None);

        using (var worker = StartWorker("ingest", folder.Path, "--GraphBuilder:Neo4j:BatchSize", "5"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await Count(services, "MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN count(a)") < 10 && DateTime.UtcNow < deadline)
                await Task.Delay(50);
            worker.Kill(entireProcessTree: true); // SIGKILL: no chance to finish anything
            await worker.WaitForExitAsync();
        }

        // A request sent just before the kill may still commit on the server: wait until the count holds.
        long done = -1, previous;
        do
        {
            previous = done;
            await Task.Delay(500);
            done = await Count(services, "MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN count(a)");
        }
        while (done != previous);
        done.ShouldBeInRange(10, 119);
        (await Count(services, "MATCH (a:Article) WHERE a.contentHash IS NULL RETURN count(a)")).ShouldBe(0);

        var rerun = await services.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None);
        rerun.Unchanged.ShouldBe((int)done);
        (await GraphDump.Of(services)).ShouldBe(clean);
    }

    [Fact]
    public async Task UnresponsiveServer_TimesOutRetriesAndGivesUpWithAClearMessage()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start(); // accepts connections, never answers
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var services = neo4j.Services(maxAttempts: 2, settings: new()
        {
            ["GraphBuilder:Neo4j:Uri"] = $"http://127.0.0.1:{port}",
            ["GraphBuilder:Neo4j:RequestTimeout"] = "00:00:01",
        });
        using var folder = Copies(1);

        var watch = Stopwatch.StartNew();
        var result = await services.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None);

        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        result.Fatal.ShouldBe($"GraphBuilder.Timeout: Neo4j at http://127.0.0.1:{port}/ did not answer within 1 s");
    }

    [Theory]
    [InlineData("missing", "the input '{0}' is neither a folder, a file nor an http(s) address")]
    [InlineData("notes.pdf", "'{0}' is not an article file (.txt, .html, .htm)")]
    [InlineData("ftp://example.org/news", "the input '{0}' is neither a folder, a file nor an http(s) address")]
    public async Task InputMissingOrNotAnArticle_IsAClearErrorAndTheGraphIsUntouched(string name, string message)
    {
        await using var services = neo4j.Services();
        using var folder = Copies(1);
        await services.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None);
        var before = await GraphDump.Of(services);
        var input = name.Contains(':', StringComparison.Ordinal) ? name : folder.File(name);
        if (name.EndsWith(".pdf", StringComparison.Ordinal))
            folder.Write(name, "%PDF-1.4");
        var stderr = new StringWriter();

        var exit = await IngestCommand.RunAsync(services, [folder.Path, input], new StringWriter(), stderr, interactive: false, CancellationToken.None);

        exit.ShouldBe(ExitCodes.NothingDone);
        stderr.ToString().Trim().ShouldBe("error: " + string.Format(System.Globalization.CultureInfo.InvariantCulture, message, input));
        (await GraphDump.Of(services)).ShouldBe(before);
    }

    [Fact]
    public async Task ExportToAnUnwritablePlace_IsAClearErrorAndKeepsTheOldFile()
    {
        using var folder = Copies(1);
        using var target = new TempFolder();
        var output = target.Write("graph.json", "the old export");
        // A folder where the temporary file would go cannot be written over, not even by root.
        Directory.CreateDirectory(output + ".tmp");
        var stderr = new StringWriter();

        var exit = await ExportCommand.RunAsync([folder.Path], output, new StringWriter(), stderr, CancellationToken.None);

        exit.ShouldBe(ExitCodes.NothingDone);
        stderr.ToString().ShouldStartWith($"error: cannot write '{output}': ");
        File.ReadAllText(output).ShouldBe("the old export");
    }

    [Fact]
    public async Task TemporaryFolderUnwritable_IsAClearErrorAndTheGraphIsUntouched()
    {
        await using var services = neo4j.Services();
        using var folder = Copies(3);
        using var output = new TempFolder();
        var before = await GraphDump.Of(services);
        // Not even root can create a file in /proc.
        var unwritable = new Dictionary<string, string> { ["TMPDIR"] = "/proc/" };

        foreach (var arguments in new[] { new[] { "ingest", folder.Path }, ["export", "--format", "neo4j-import", "--input", folder.Path, "--output", output.File("csv")] })
        {
            var stderr = new StringBuilder();
            using var worker = StartWorker(arguments, unwritable, stderr);
            await worker.WaitForExitAsync();
            stderr.ToString().ShouldContain("error: cannot keep the extractions in the temporary folder '/proc' (TMPDIR chooses another)", customMessage: arguments[0]);
            worker.ExitCode.ShouldBe(ExitCodes.NothingDone, arguments[0]);
        }

        (await GraphDump.Of(services)).ShouldBe(before);
        Directory.Exists(output.File("csv")).ShouldBeFalse();
    }

    private static async Task<long> Count(IServiceProvider services, string cypher) =>
        (await services.GetRequiredService<Store.Http.ICypherRunner>().RunAsync([new Store.Http.CypherStatement(cypher)], CancellationToken.None))[0].Rows[0][0].GetInt64();

    private Process StartWorker(params string[] arguments) => StartWorker(arguments, new Dictionary<string, string>(), new StringBuilder());

    private Process StartWorker(string[] arguments, IReadOnlyDictionary<string, string> environment, StringBuilder stderr)
    {
        var start = new ProcessStartInfo("dotnet", [WorkerDll(), .. arguments, "--GraphBuilder:Neo4j:Uri", neo4j.Uri.ToString(), "--GraphBuilder:Neo4j:StartLocal", "false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["GraphBuilder__Neo4j__Password"] = "";
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
                stderr.AppendLine(e.Data);
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>The worker as built beside this test assembly (same configuration).</summary>
    internal static string WorkerDll()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(Neo4jFixture.RepositoryRoot(), "src", "GraphBuilder.Worker", "bin", configuration, "net10.0", "GraphBuilder.Worker.dll");
    }
}
