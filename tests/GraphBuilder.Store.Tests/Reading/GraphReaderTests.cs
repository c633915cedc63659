using GraphBuilder.Store.Tests.Queries;
using GraphBuilder.Store.Reading;
using GraphBuilder.Tests.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Store.Tests.Reading;

[Collection(Neo4jServer.Name)]
public sealed class GraphReaderTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private SeedGraph _seeds = null!;
    private StoredGraph _graph = null!;

    public async Task InitializeAsync()
    {
        _seeds = new SeedGraph(neo4j);
        await _seeds.InitializeAsync();
        _graph = await _seeds.Services.GetRequiredService<GraphReader>().ReadAsync(CancellationToken.None);
    }

    public Task DisposeAsync() => _seeds.DisposeAsync();

    private async Task<long> Count(string cypher) => (long)(await neo4j.Query(_seeds.Services, cypher))[0][0]!;

    [Fact]
    public async Task ReadAsync_ReturnsEveryStatement_WithItsSpeakerKindAndSubjects()
    {
        _graph.Statements.Count.ShouldBe((int)await Count("MATCH (:Entity)-[:STATED|DENIED]->(s:Statement) RETURN count(s)"));
        _graph.Statements.Count(s => s.IsDenial).ShouldBe((int)await Count("MATCH ()-[:DENIED]->(s:Statement) RETURN count(s)"));
        _graph.Statements.Sum(s => s.About.Count).ShouldBe((int)await Count("MATCH (:Statement)-[r:ABOUT]->() RETURN count(r)"));
        _graph.Statements.ShouldContain(s => s.Speaker.Name == "North Korea" && s.IsDenial && s.Text.Contains("groundless rumors", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAsync_StatementsCarryTheirArticlesByline()
    {
        var cnbc = _graph.Statements.First(s => s.Article.Outlet == "CNBC").Article;
        cnbc.Published.ShouldBe("2024-10-23");
        cnbc.Title.ShouldNotBeNullOrWhiteSpace();
        cnbc.File.ShouldBe("004_82a9f5469afd3e09.txt");
        _graph.Statements.Select(s => s.Article.Id).Distinct().Count().ShouldBe(5);
    }

    [Fact]
    public async Task ReadAsync_ReturnsEachPlaceFactOnce_WithEvidenceAndArticleTitles()
    {
        _graph.Facts.Count.ShouldBe((int)await Count("MATCH (a:Entity)-[r:LOCATED_IN|TRAINED_AT]->(b:Entity) RETURN count(DISTINCT [a.id, type(r), b.id, coalesce(r.source, 'text')])"));
        _graph.Facts.Select(f => f.Type).Distinct().Order().ShouldBe(["LOCATED_IN", "TRAINED_AT"]);
        var kursk = _graph.Facts.Where(f => f.From.Name == "Kursk Oblast" && f.To.Name == "Russia").ToList();
        kursk.Select(f => f.Source).Order(StringComparer.Ordinal).ShouldBe(["gazetteer", "text"]);
        var text = kursk.Single(f => f.Source == "text");
        text.Evidence.ShouldNotBeNull().ShouldContain("Kursk");
        text.Articles.ShouldNotBeEmpty();
        var gazetteer = kursk.Single(f => f.Source == "gazetteer");
        gazetteer.Evidence.ShouldBeNull();
        gazetteer.Articles.ShouldBeEmpty();
    }
}
