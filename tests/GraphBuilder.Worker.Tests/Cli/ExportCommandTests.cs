using GraphBuilder.Tests.Neo4j;
using System.Text;
using System.Text.Json;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Tests.Ingestion;

namespace GraphBuilder.Worker.Tests.Cli;

public class ExportCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> Export(string input, string output, string? curation = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await ExportCommand.RunAsync([input], output, stdout, stderr, CancellationToken.None, curation);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Export_Seeds_WritesTheContractFields()
    {
        using var temp = new TempFolder();
        using var input = new TempFolder();
        var (exit, stdout, _) = await Export(input.CopySeeds(), temp.File("graph.json"));

        exit.ShouldBe(ExitCodes.Success);
        stdout.ShouldStartWith("Exported 5 articles, ");
        using var json = JsonDocument.Parse(File.ReadAllText(temp.File("graph.json")));
        var root = json.RootElement;
        root.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("file").GetString()).ShouldContain("004_82a9f5469afd3e09.txt");
        var statement = root.GetProperty("statements")[0];
        foreach (var field in new[] { "id", "speaker", "kind", "verb", "text", "article", "sentence", "start", "end" })
            statement.TryGetProperty(field, out var _).ShouldBeTrue(field);
        root.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("type").GetString()).Distinct()
            .ShouldBeSubsetOf(["Person", "Organization", "Place", "Country", "MilitaryUnit", "Group"]);
        root.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()).ShouldContain("LOCATED_IN");
    }

    [Fact]
    public async Task Export_SameInputTwice_IsByteIdentical()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.CopySeeds();
        await Export(input.Path, output.File("a.json"));
        await Export(input.Path, output.File("b.json"));
        File.ReadAllBytes(output.File("a.json")).ShouldBe(File.ReadAllBytes(output.File("b.json")));
    }

    [Fact]
    public async Task Export_StatementOffsets_PointAtTheTextInTheArticle()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.CopySeeds();
        await Export(input.Path, output.File("graph.json"));
        using var json = JsonDocument.Parse(File.ReadAllText(output.File("graph.json")));
        var files = json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("file").GetString()!);
        foreach (var s in json.RootElement.GetProperty("statements").EnumerateArray())
        {
            var text = File.ReadAllText(input.File(files[s.GetProperty("article").GetString()!]));
            text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()].ShouldBe(s.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Export_BadFiles_AreNamedAndTheRestAreExported()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", "Headline of a story\nThe minister said the talks had gone well.");
        input.Write("empty.txt", "");
        input.Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);
        input.Write("latin1.txt", Encoding.Latin1.GetBytes("Headline of a story\nMayor José Pérez said the bridge would reopen soon."));
        using (var huge = File.Create(input.File("huge.txt")))
            huge.SetLength(50L * 1024 * 1024);

        var (exit, stdout, stderr) = await Export(input.Path, output.File("graph.json"));

        exit.ShouldBe(ExitCodes.SomeFailed);
        stderr.ShouldContain("error: empty.txt: the file is empty");
        stderr.ShouldContain("error: binary.txt: the file is binary, not text");
        stderr.ShouldContain("error: huge.txt: the file is 50 MB, over the 10 MB limit for one article");
        stdout.ShouldStartWith("Exported 2 articles");
        File.ReadAllText(output.File("graph.json")).ShouldContain("José Pérez");
    }

    [Fact]
    public async Task Export_FoldersAndFiles_ReadsEachArticleOnce_AndNamesAnotherArticleUnderTheSameName()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        using var output = new TempFolder();
        first.Write("harbour.txt", "\"The harbour reopens in May,\" said Ana Ribeiro, who chairs the board.\n");
        var again = first.File("harbour.txt");
        second.Write("harbour.txt", "\"Nothing has been decided,\" said the mayor, Jon Berg.\n");
        second.Write("budget.txt", "\"The budget is balanced,\" said Jon Berg on Monday.\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await ExportCommand.RunAsync([first.Path, again, second.Path], output.File("graph.json"), stdout, stderr, CancellationToken.None);

        exit.ShouldBe(ExitCodes.SomeFailed);
        stdout.ToString().ShouldStartWith("Exported 2 articles");
        stderr.ToString().ShouldContain($"error: harbour.txt: another article with the same id (article:harbour) was read first, from {again}");
    }

    [Fact]
    public async Task Export_MissingFolder_ExitsTwoNamingIt()
    {
        using var output = new TempFolder();
        var (exit, _, stderr) = await Export("/no/such/folder", output.File("graph.json"));
        exit.ShouldBe(ExitCodes.NothingDone);
        stderr.Trim().ShouldBe("error: the input '/no/such/folder' is neither a folder, a file nor an http(s) address.");
        File.Exists(output.File("graph.json")).ShouldBeFalse();
    }

    [Fact]
    public async Task Export_NothingReadable_ExitsTwoAndKeepsTheOldOutput()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("empty.txt", "");
        output.Write("graph.json", "previous export");
        var (exit, _, stderr) = await Export(input.Path, output.File("graph.json"));
        exit.ShouldBe(ExitCodes.NothingDone);
        stderr.ShouldContain("no article in");
        File.ReadAllText(output.File("graph.json")).ShouldBe("previous export");
    }

    /// <summary>
    /// A subset of the seeds and our Lagos arrivals, exported on its own, gives each statement's
    /// speaker and each relation's ends the id the whole folder gives them, whenever the subset holds
    /// an entity of that id at all (a surname alone cannot take a full name's id from an article
    /// the subset lacks).
    /// </summary>
    [Fact]
    public async Task Export_OfASubset_GivesSharedEntitiesTheIdsOfTheWholeFolder()
    {
        using var all = new TempFolder().WithSeeds();
        foreach (var arrival in Directory.GetFiles(Arrivals.Folder, "lagos_0?.txt"))
            File.Copy(arrival, all.File(Path.GetFileName(arrival)));
        using var output = new TempFolder();
        await Export(all.Path, output.File("whole.json"));
        var whole = Ends(output.File("whole.json"));
        var files = Directory.GetFiles(all.Path).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        var subsets = files.Select(f => new[] { f }).Concat(files.Select(f => files.Where(o => o != f).ToArray())).ToList();

        var compared = 0;
        foreach (var subset in subsets)
        {
            using var part = new TempFolder();
            foreach (var file in subset)
                File.Copy(all.File(file), part.File(file));
            await Export(part.Path, output.File("part.json"));
            using var json = JsonDocument.Parse(File.ReadAllText(output.File("part.json")));
            var known = json.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToHashSet();
            foreach (var (key, id) in Ends(output.File("part.json")).Where(e => whole.TryGetValue(e.Key, out var w) && known.Contains(w)))
            {
                id.ShouldBe(whole[key], $"{key} exported from {string.Join(", ", subset)}");
                compared++;
            }
        }

        compared.ShouldBeGreaterThan(500);
    }

    [Fact]
    public async Task Export_WithACurationFile_AppliesItsDecisions()
    {
        using var input = new TempFolder();
        foreach (var name in new[] { "lagos_01.txt", "lagos_03.txt" })
            File.Copy(Arrivals.File(name), input.File(name));
        using var output = new TempFolder();
        output.Write("curation.json", """{"merges": [{"keep": "Emeka Okonkwo", "names": ["Okonkwo"]}], "splits": []}""");

        await Export(input.Path, output.File("plain.json"));
        await Export(input.Path, output.File("curated.json"), output.File("curation.json"));

        Ends(output.File("plain.json")).Values.ShouldContain("person:okonkwo");
        Ends(output.File("curated.json")).Values.ShouldNotContain("person:okonkwo");
        Ends(output.File("curated.json")).Values.ShouldContain("person:emeka-okonkwo");
    }

    [Fact]
    public async Task Export_WithABrokenCurationFile_ExitsTwoNamingIt()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.CopySeeds();
        output.Write("curation.json", "{\"splits\": [\"\"]}");

        var (exit, _, stderr) = await Export(input.Path, output.File("graph.json"), output.File("curation.json"));

        exit.ShouldBe(ExitCodes.NothingDone);
        stderr.ShouldContain($"the curation file '{output.File("curation.json")}' is not valid");
        File.Exists(output.File("graph.json")).ShouldBeFalse();
    }

    /// <summary>Every statement's speaker and every relation's ends, keyed by where they are.</summary>
    private static Dictionary<string, string> Ends(string exported)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(exported));
        var ends = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in json.RootElement.GetProperty("statements").EnumerateArray())
            ends[$"{s.GetProperty("id").GetString()} speaker"] = s.GetProperty("speaker").GetString()!;

        // A relation is known by its sentence; the rare sentence with two of a kind is left out.
        var relations = json.RootElement.GetProperty("relations").EnumerateArray()
            .GroupBy(r => $"{r.GetProperty("type").GetString()} {r.GetProperty("article").GetString()} {r.GetProperty("evidence").GetString()}")
            .Where(g => g.Count() == 1);
        foreach (var r in relations)
        {
            ends[r.Key + " from"] = r.Single().GetProperty("from").GetString()!;
            ends[r.Key + " to"] = r.Single().GetProperty("to").GetString()!;
        }

        return ends;
    }
}
