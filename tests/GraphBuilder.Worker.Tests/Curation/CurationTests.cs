using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Tests.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Curation;

/// <summary>
/// An analyst's decisions hold against the real Neo4j: the rules keep "Mayor Okonkwo" (a Lagos bridge
/// story) apart from the lawyer Emeka Okonkwo (an Abuja court story), an analyst merges them, the
/// merge survives a reset and clean re-ingest, and a split undoes it.
/// </summary>
[Collection(Neo4jServer.Name)]
public sealed class CurationTests : IAsyncLifetime
{
    private readonly TempFolder _articles = new();
    private readonly TempFolder _curation = new();
    private readonly ServiceProvider _services;

    public CurationTests(Neo4jFixture neo4j)
    {
        Neo4j = neo4j;
        foreach (var name in new[] { "lagos_01.txt", "lagos_03.txt" })
            File.Copy(Arrivals.File(name), _articles.File(name));
        _services = neo4j.Services(settings: new() { ["GraphBuilder:Curation:File"] = _curation.File("decisions/entities.json") });
    }

    private Neo4jFixture Neo4j { get; }

    public async Task InitializeAsync() => await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        _articles.Dispose();
        _curation.Dispose();
    }

    [Fact]
    public async Task MergeThenResetThenSplit_TheDecisionHoldsUntilUndone()
    {
        (await Ingest()).Failures.ShouldBeEmpty();
        (await People()).ShouldBe(["Emeka Okonkwo", "Okonkwo"]);

        var output = new StringWriter();
        (await EntitiesCommand.RecordAsync(_services, c => c.Merge("Emeka Okonkwo", ["Okonkwo"]), "merge", output, TextWriter.Null)).ShouldBe(ExitCodes.Success);
        output.ToString().ShouldContain(_curation.File("decisions/entities.json"));
        var merged = await Ingest();
        merged.Relinked.ShouldBe(1);
        (await People()).ShouldBe(["Emeka Okonkwo"]);
        (await Neo4j.Query(_services, "MATCH (:Entity {id: 'person:emeka-okonkwo'})-[:STATED]->(s) RETURN count(s)")).ShouldHaveSingleItem()[0].ShouldBe(4L); // two in each article
        var afterMerge = await GraphDump.Of(_services);

        await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        await Ingest();
        (await GraphDump.Of(_services)).ShouldBe(afterMerge);

        (await EntitiesCommand.RecordAsync(_services, c => c.Split("Okonkwo"), "split", TextWriter.Null, TextWriter.Null)).ShouldBe(ExitCodes.Success);
        (await Ingest()).Relinked.ShouldBe(1);
        (await People()).ShouldBe(["Emeka Okonkwo", "Okonkwo"]);
    }

    [Fact]
    public async Task ListDuplicates_FromTheGraph_NamesThePairAndWhy()
    {
        await Ingest();
        var output = new StringWriter();

        (await EntitiesCommand.ListAsync(_services, null, duplicates: true, output, TextWriter.Null, CancellationToken.None)).ShouldBe(ExitCodes.Success);

        output.ToString().ShouldContain("Emeka Okonkwo (person:emeka-okonkwo, 1 article)  ~  Okonkwo (person:okonkwo, 1 article): 'Okonkwo' is part of 'Emeka Okonkwo'");
        output.ToString().ShouldContain("1 likely duplicate among");
    }

    [Fact]
    public async Task ListDuplicates_AfterAMerge_NoLongerNamesThePair()
    {
        await EntitiesCommand.RecordAsync(_services, c => c.Merge("Emeka Okonkwo", ["Okonkwo"]), "merge", TextWriter.Null, TextWriter.Null);
        var output = new StringWriter();

        (await EntitiesCommand.ListAsync(_services, [_articles.Path], duplicates: true, output, TextWriter.Null, CancellationToken.None)).ShouldBe(ExitCodes.Success);

        output.ToString().ShouldContain("0 likely duplicates among");
    }

    [Theory]
    [InlineData("{\"merges\": [{\"keep\": \"Emeka Okonkwo\"}]}", "not valid")] // no names
    [InlineData("{\"merges\": [{\"keep\": \"\", \"names\": [\"Okonkwo\"]}]}", "not valid")]
    [InlineData("{\"merge\": []}", "not valid")] // a misspelt key is not silently ignored
    [InlineData("{\"merges\": [", "not valid")]
    public async Task Ingest_WithABrokenCurationFile_StopsNamingTheFile_AndLeavesTheGraphAlone(string content, string expected)
    {
        await Ingest();
        var before = await GraphDump.Of(_services);
        Directory.CreateDirectory(_curation.File("decisions"));
        File.WriteAllText(_curation.File("decisions/entities.json"), content);
        File.AppendAllText(_articles.File("lagos_01.txt"), "\nThe mayor said the FRA had been told.\n");

        var result = await Ingest();

        result.Fatal.ShouldNotBeNull();
        result.Fatal.ShouldContain(_curation.File("decisions/entities.json"));
        result.Fatal.ShouldContain(expected);
        (await GraphDump.Of(_services)).ShouldBe(before);
        var error = new StringWriter();
        (await EntitiesCommand.RecordAsync(_services, c => c.Split("Okonkwo"), "split", TextWriter.Null, error)).ShouldBe(ExitCodes.NothingDone);
        error.ToString().ShouldContain("not valid");
        File.ReadAllText(_curation.File("decisions/entities.json")).ShouldBe(content);
    }

    private Task<IngestResult> Ingest() => _services.GetRequiredService<IngestRunner>().RunAsync(_articles.Path, NoProgress.Instance, CancellationToken.None);

    private async Task<List<string>> People() =>
        [.. (await Neo4j.Query(_services, "MATCH (p:Person) RETURN p.name ORDER BY p.name")).Select(r => (string)r[0]!)];
}
