using GraphBuilder.Tests.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Store.Tests;

[Collection(Neo4jServer.Name)]
public sealed class GraphStoreTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task Reset_DeletesGraphBuildersNodesInSlices_AndLeavesOtherNodes()
    {
        await using var services = neo4j.Services();
        var store = services.GetRequiredService<GraphStore>();
        await store.ResetAsync(CancellationToken.None);
        await neo4j.Query(services, "MATCH (n:ResetTestNote) DETACH DELETE n");
        await SeedWriter.WriteAsync(services);
        // More statements and mentions than one slice holds, and a hub with more relationships than a
        // slice has nodes, as a country has in a large graph.
        await neo4j.Query(services, """
            MATCH (hub:Entity {name: 'Russia'})
            UNWIND range(1, 12000) AS i
            CREATE (s:Statement {id: 'reset-test-' + i})-[:ABOUT]->(hub)
            CREATE (:Article {id: 'reset-test-' + i})<-[:MENTIONED_IN]-(hub)
            """);
        await neo4j.Query(services, "MATCH (e:Entity {name: 'Russia'}) CREATE (:ResetTestNote {text: 'mine'})-[:ABOUT]->(e), (:ResetTestNote {text: 'alone'})");
        await store.SaveFetchStatesAsync([new FetchState("https://news.example/rss", "\"v1\"", null, DateTimeOffset.UnixEpoch)], CancellationToken.None);
        var before = (long)(await neo4j.Query(services, "MATCH (n) WHERE n:Article OR n:Entity OR n:Statement OR n:FetchState RETURN count(n)"))[0][0]!;

        var deleted = await store.ResetAsync(CancellationToken.None);

        deleted.ShouldBe(before);
        (await neo4j.Query(services, "MATCH (n) WHERE n:Article OR n:Entity OR n:Statement OR n:FetchState RETURN count(n)"))[0][0].ShouldBe(0L);
        (await neo4j.Query(services, "MATCH (n:ResetTestNote) RETURN n.text ORDER BY n.text")).Select(r => r[0]).ShouldBe(["alone", "mine"]);
        await neo4j.Query(services, "MATCH (n:ResetTestNote) DETACH DELETE n");
    }

    [Fact]
    public async Task FetchStates_AreRememberedByAddress_AndReplaced()
    {
        await using var services = neo4j.Services();
        var store = services.GetRequiredService<GraphStore>();
        await store.EnsureSchemaAsync(CancellationToken.None);
        var first = new FetchState("https://news.example/feed-test", "\"abc\"", "Tue, 01 Jun 2021 08:00:00 GMT", new DateTimeOffset(2021, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var page = new FetchState("https://news.example/page-test", null, null, new DateTimeOffset(2021, 6, 1, 9, 0, 0, TimeSpan.FromHours(2)));
        await store.SaveFetchStatesAsync([first, page], CancellationToken.None);
        await store.SaveFetchStatesAsync([first with { ETag = "\"def\"" }], CancellationToken.None);

        var recalled = await store.FetchStatesAsync([first.Address, page.Address, "https://news.example/never"], CancellationToken.None);

        recalled.Count.ShouldBe(2);
        recalled[first.Address].ShouldBe(first with { ETag = "\"def\"" });
        recalled[page.Address].ShouldBe(page);
        await neo4j.Query(services, "MATCH (f:FetchState) WHERE f.address ENDS WITH '-test' DELETE f");
    }
}
