using System.Text.Json;
using System.Text.RegularExpressions;
using GraphBuilder.Store.Queries;
using GraphBuilder.Tests.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Store.Tests.Queries;

/// <summary>Ingests the seeds once into the real Neo4j for the query tests.</summary>
public sealed class SeedGraph(Neo4jFixture neo4j) : IAsyncLifetime
{
    public ServiceProvider Services { get; } = neo4j.Services();

    public QueryLibrary Library { get; } = QueryLibrary.Load(Path.Combine(Neo4jFixture.RepositoryRoot(), "cypher"));

    public async Task InitializeAsync()
    {
        await Services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        await SeedWriter.WriteAsync(Services);
    }

    public async Task DisposeAsync() => await Services.DisposeAsync();

    /// <summary>Runs a stored query; rows as column → value.</summary>
    public async Task<List<Dictionary<string, JsonElement>>> Run(string name, params (string Key, string Value)[] arguments)
    {
        var query = Library.Find(name);
        var bound = QueryLibrary.Bind(query, arguments.ToDictionary(a => a.Key, a => a.Value));
        var result = await Services.GetRequiredService<GraphStore>().RunAsync(query, bound, CancellationToken.None);
        result.Columns.ShouldBe(query.Returns, $"{name}: the columns differ from its '// returns:' header");
        return [.. result.Records.Select(r => r.ToDictionary(x => x.Key, x => x.Value))];
    }
}

[Collection(Neo4jServer.Name)]
public sealed class CuratedQueryTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private SeedGraph _seeds = null!;

    public async Task InitializeAsync()
    {
        _seeds = new SeedGraph(neo4j);
        await _seeds.InitializeAsync();
    }

    public Task DisposeAsync() => _seeds.DisposeAsync();

    private static string S(Dictionary<string, JsonElement> row, string column) => row[column].ValueKind == JsonValueKind.Array
        ? string.Join("; ", row[column].EnumerateArray().Select(e => e.ToString()))
        : row[column].ToString();

    public static TheoryData<string> Names() => QueryLibraryTests.Names();

    /// <summary>The Browser guide's card, its examples written in as literals, asks the graph exactly what the query file does with them as parameters.</summary>
    [Theory]
    [MemberData(nameof(Names))]
    public async Task GuideCard_ReturnsTheRowsOfTheQueryWithItsExamplesAsParameters(string name)
    {
        var query = _seeds.Library.Find(name);
        var values = BrowserGuide.ExampleValues(query);
        var store = _seeds.Services.GetRequiredService<GraphStore>();
        var parameterised = await store.RunAsync(query, values, CancellationToken.None);
        var card = await store.RunAsync(query with { Cypher = BrowserGuide.Prefilled(query, values) }, new Dictionary<string, object?>(), CancellationToken.None);
        card.Columns.ShouldBe(parameterised.Columns);
        // A query without ORDER BY may list its rows in another order once its plan sees literals.
        card.Rows.Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal)
            .ShouldBe(parameterised.Rows.Select(r => JsonSerializer.Serialize(r)).Order(StringComparer.Ordinal));
        parameterised.Rows.ShouldNotBeEmpty($"{name}: its header's examples should find something in the seeds, or the card shows an empty table");
    }

    [Fact]
    public async Task WhoSaidWhat_Austin_HasStatementsFromSeveralArticles()
    {
        var rows = await _seeds.Run("who-said-what", ("speaker", "Austin"));
        rows.ShouldAllBe(r => S(r, "speaker") == "Lloyd Austin");
        rows.Select(r => S(r, "file")).Distinct().Count().ShouldBe(5);
        rows.ShouldContain(r => S(r, "outlet") == "CNBC");
        rows.ShouldContain(r => S(r, "text").Contains("There is evidence", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Denials_IncludeNorthKoreasGroundlessRumors() =>
        (await _seeds.Run("denials")).ShouldContain(r => S(r, "speaker") == "North Korea" && S(r, "denied").Contains("groundless rumors", StringComparison.Ordinal));

    [Fact]
    public async Task ContestedClaims_PairTheDenialWithAStatementThatTroopsAreInRussia() =>
        (await _seeds.Run("contested-claims", ("limit", "500"))).ShouldContain(r =>
            S(r, "deniedBy") == "North Korea" && S(r, "denial").Contains("groundless rumors", StringComparison.Ordinal)
            && Regex.IsMatch(S(r, "statement"), "(DPRK|North Korean) troops.*in Russia|troops to Russia"));

    [Fact]
    public async Task TrainingAndLocations_ReachRussiaFromTheTrainingSites()
    {
        var rows = await _seeds.Run("training-and-locations");
        rows.ShouldAllBe(r => S(r, "troops") == "North Korean troops");
        rows.ShouldContain(r => S(r, "site") != "Russia" && S(r, "chain").EndsWith("Russia", StringComparison.Ordinal));
        rows.ShouldAllBe(r => S(r, "evidence").Length > 0);
        rows.ShouldContain(r => S(r, "sources").Contains("gazetteer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EntityProfile_Place_HasItsGeoNamesIdAndSaysWhichContainmentIsGeoNames()
    {
        var row = (await _seeds.Run("entity-profile", ("entity", "Kursk Oblast"))).ShouldHaveSingleItem();
        row["geonamesId"].GetInt64().ShouldBe(538555);
        S(row, "locatedIn").Split("; ").ShouldBe(["Russia", "Russia (GeoNames)"], ignoreOrder: true);
    }

    [Fact]
    public async Task StatementsAbout_Kursk_NamesItsSpeakers() =>
        (await _seeds.Run("statements-about", ("entity", "Kursk"))).Select(r => S(r, "speaker")).ShouldContain("Kyrylo Budanov");

    [Fact]
    public async Task SpeakerNetwork_LinksAustinAndZelenskyyOverSharedSubjects()
    {
        var rows = await _seeds.Run("speaker-network", ("minShared", "1"));
        var link = rows.FirstOrDefault(r => new[] { S(r, "speaker"), S(r, "other") }.Order().SequenceEqual(new[] { "Lloyd Austin", "Volodymyr Zelenskyy" }.Order()));
        link.ShouldNotBeNull();
        link["weight"].GetInt64().ShouldBeGreaterThanOrEqualTo(1);
        S(link, "shared").ShouldContain("North Korea");
    }

    [Fact]
    public async Task SpeakerNetworkGraph_ReturnsPathsForTheBrowser()
    {
        var rows = await _seeds.Run("speaker-network-graph", ("minShared", "2"), ("limit", "5"));
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r["path"].ValueKind == JsonValueKind.Array && r["path"].GetArrayLength() == 9);
    }

    [Fact]
    public async Task Corroboration_NorthKorea_SeparatesCorroboratedFromSingleSource()
    {
        var rows = await _seeds.Run("corroboration", ("entity", "North Korea"));
        rows.ShouldContain(r => S(r, "speaker") == "Lloyd Austin" && S(r, "standing") == "corroborated" && r["sources"].GetInt64() >= 4);
        rows.ShouldContain(r => S(r, "standing") == "single source" && r["sources"].GetInt64() == 1);
    }

    [Fact]
    public async Task Timeline_NorthKorea_IsInDateOrderWithUndatedLast()
    {
        var dates = (await _seeds.Run("timeline", ("entity", "North Korea"))).Select(r => r["published"].ValueKind == JsonValueKind.Null ? null : r["published"].GetString()).ToList();
        dates.ShouldContain("2024-10-23");
        var dated = dates.TakeWhile(d => d is not null).ToList();
        dated.ShouldBe(dated.Order(StringComparer.Ordinal).ToList());
        dates.Skip(dated.Count).ShouldAllBe(d => d == null);
    }

    [Fact]
    public async Task EntityProfile_Austin_HasAliasesRolesAndMentions()
    {
        var row = (await _seeds.Run("entity-profile", ("entity", "Lloyd Austin"))).ShouldHaveSingleItem();
        S(row, "aliases").ShouldContain("Lloyd J. Austin III");
        S(row, "roles").ShouldContain("Defense Secretary");
        row["mentions"].GetArrayLength().ShouldBe(5);
    }

    [Fact]
    public async Task SourcesOfArticle_ListsSpeakersInOrderOfAppearance()
    {
        var rows = await _seeds.Run("sources-of-article", ("article", "004_82a9f5469afd3e09.txt"));
        var speakers = rows.Select(r => S(r, "speaker")).ToList();
        speakers[0].ShouldBe("United States");
        speakers.ShouldContain("Phillips O'Brien");
        rows.Select(r => r["firstAt"].GetInt64()).ShouldBeInOrder();
    }
}

/// <summary>The library's own rules: headers, parameters, lookups.</summary>
public class QueryLibraryTests
{
    private static readonly QueryLibrary Library = QueryLibrary.Load(Path.Combine(Neo4jFixture.RepositoryRoot(), "cypher"));

    public static TheoryData<string> Names() => [.. Library.Queries.Select(q => q.Name)];

    [Fact]
    public void Library_HasTheTenQueriesTheIssueNames() =>
        new[] { "who-said-what", "statements-about", "denials", "contested-claims", "speaker-network", "corroboration", "timeline", "entity-profile", "training-and-locations", "sources-of-article" }
            .ShouldBeSubsetOf(Library.Queries.Select(q => q.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Query_DeclaredParameters_AreExactlyTheOnesItUses(string name)
    {
        var query = Library.Find(name);
        var used = Regex.Matches(query.Cypher, @"\$(\w+)").Select(m => m.Groups[1].Value).Distinct().Order().ToList();
        query.Parameters.Select(p => p.Name).Order().ShouldBe(used);
    }

    [Fact]
    public void Parse_MissingHeader_IsAnErrorNamingTheFile() =>
        Should.Throw<FormatException>(() => QueryLibrary.Parse("cypher/orphan.cypher", "MATCH (n) RETURN n"))
            .Message.ShouldBe("orphan.cypher: the header must start with '// name: orphan' (found no name).");

    [Fact]
    public void Parse_NoReturns_IsAnError() =>
        Should.Throw<FormatException>(() => QueryLibrary.Parse("x.cypher", "// name: x\n// purpose: p\nRETURN 1")).Message.ShouldBe("x.cypher: the header has no '// returns:' line.");

    [Fact]
    public void Parse_BadParameterType_IsAnError() =>
        Should.Throw<FormatException>(() => QueryLibrary.Parse("x.cypher", "// name: x\n// purpose: p\n// param: n integer\n// returns: a\nRETURN $n AS a")).Message.ShouldContain("TYPE one of string, int, float, bool");

    [Fact]
    public void Find_Misspelt_ListsCloseMatches() =>
        Should.Throw<QueryNotFoundException>(() => Library.Find("who-sed-what")).CloseMatches.ShouldContain("who-said-what");

    [Fact]
    public void Bind_MissingParameter_NamesIt() =>
        Should.Throw<ArgumentException>(() => QueryLibrary.Bind(Library.Find("timeline"), new Dictionary<string, string>()))
            .Message.ShouldBe("'timeline' needs --param entity=<string> (a name or alias).");

    [Fact]
    public void Bind_IllTypedParameter_NamesIt() =>
        Should.Throw<ArgumentException>(() => QueryLibrary.Bind(Library.Find("contested-claims"), new Dictionary<string, string> { ["limit"] = "many" }))
            .Message.ShouldBe("'contested-claims': parameter 'limit' must be an int, not 'many'.");

    [Fact]
    public void Bind_UnknownParameter_NamesItAndTheRealOnes() =>
        Should.Throw<ArgumentException>(() => QueryLibrary.Bind(Library.Find("denials"), new Dictionary<string, string> { ["who"] = "x" }))
            .Message.ShouldBe("'denials' has no parameter 'who'; it takes no parameters.");

    [Fact]
    public void Bind_Default_IsUsedAndTyped() =>
        QueryLibrary.Bind(Library.Find("contested-claims"), new Dictionary<string, string>())["limit"].ShouldBe(50L);
}
