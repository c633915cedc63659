using System.Diagnostics;
using System.Text.Json;
using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Store.Tests.Cypher;

/// <summary>
/// Every .cypher file GraphBuilder runs (the store's and the curated queries in cypher/) passes Neo4j's
/// own Cypher front end (npm @neo4j-cypher/language-support: the Neo4j 5 and Cypher 25 parser and
/// semantic analysis) with no error and no warning, so it parses on the servers users run, not only on
/// the 3.1.1 here (where the EXPLAIN tests run every file). The linter is installed by this project's
/// build from Cypher/lint/package-lock.json.
/// </summary>
public sealed class CypherLintTests
{
    /// <summary>The 3.x-4.3 schema syntax, which the store runs only on servers that need it (SchemaInitializer).</summary>
    private const string LegacySchema = "schema-legacy.cypher";

    private static readonly string Root = FindRoot();
    private static readonly string LintFolder = Path.Combine(Root, "tests", "GraphBuilder.Store.Tests", "Cypher", "lint");
    private static readonly Lazy<Dictionary<(string File, string Version), List<Diagnostic>>> Results = new(() => LintAll());

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in CypherFiles().Where(f => Path.GetFileName(f) != LegacySchema))
        {
            data.Add(Path.GetRelativePath(Root, file), "5");
            data.Add(Path.GetRelativePath(Root, file), "25");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void CypherFile_HasNoErrorOrWarning(string file, string version) =>
        Results.Value[(file, version)].ShouldBeEmpty($"{file} under CYPHER {version}");

    [Fact]
    public void Files_CoverTheStoreAndTheCuratedQueries()
    {
        var files = CypherFiles().Select(Path.GetFileName).ToList();
        files.ShouldContain("write-relations.cypher");
        files.ShouldContain("who-said-what.cypher");
        files.Count.ShouldBeGreaterThan(30);
    }

    /// <summary>The check can fail: a disconnected pattern is a warning, and the 3.x schema syntax an error.</summary>
    [Fact]
    public void Linter_ReportsWhatNeo4j5Rejects()
    {
        using var temp = new TempFolder();
        var cartesian = temp.Write("cartesian.cypher", "UNWIND $rows AS row\nMATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})\nMERGE (a)-[:X]->(b)");
        var legacy = Path.Combine(Root, "src", "GraphBuilder.Store", "Cypher", LegacySchema);

        var results = Lint("5", [cartesian, legacy]);

        results[(cartesian, "5")].ShouldHaveSingleItem().Severity.ShouldBe("warning");
        results[(cartesian, "5")][0].Message.ShouldContain("cartesian product");
        results[(legacy, "5")].ShouldNotBeEmpty();
        results[(legacy, "5")].ShouldAllBe(d => d.Severity == "error");
    }

    private static IEnumerable<string> CypherFiles() =>
        Directory.GetFiles(Path.Combine(Root, "src", "GraphBuilder.Store", "Cypher"), "*.cypher")
            .Concat(Directory.GetFiles(Path.Combine(Root, "cypher"), "*.cypher"))
            .Order(StringComparer.Ordinal);

    private static Dictionary<(string, string), List<Diagnostic>> LintAll()
    {
        var files = CypherFiles().ToList();
        var all = new Dictionary<(string, string), List<Diagnostic>>();
        foreach (var version in new[] { "5", "25" })
        {
            foreach (var ((file, v), diagnostics) in Lint(version, files))
                all[(Path.GetRelativePath(Root, file), v)] = diagnostics;
        }

        return all;
    }

    /// <summary>Runs the linter once for many files: node starts once, not once per file.</summary>
    private static Dictionary<(string, string), List<Diagnostic>> Lint(string version, List<string> files)
    {
        var start = new ProcessStartInfo("node") { WorkingDirectory = LintFolder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("lint.mjs");
        start.ArgumentList.Add(version);
        foreach (var file in files)
            start.ArgumentList.Add(file);
        using var node = Process.Start(start)!;
        var stderr = node.StandardError.ReadToEndAsync();
        var lines = node.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        node.WaitForExit();
        node.ExitCode.ShouldBe(0, stderr.Result);

        var results = new Dictionary<(string, string), List<Diagnostic>>();
        foreach (var line in lines)
        {
            var result = JsonSerializer.Deserialize<LintResult>(line, JsonSerializerOptions.Web)!;
            results[(result.File, result.Version)] = result.Diagnostics;
        }

        results.Count.ShouldBe(files.Count);
        return results;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("GraphBuilder.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record LintResult(string File, string Version, List<Diagnostic> Diagnostics);

    public sealed record Diagnostic(string Severity, int Line, string Message);
}
