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
        var before = (long)(await neo4j.Query(services, "MATCH (n) WHERE n:Article OR n:Entity OR n:Statement RETURN count(n)"))[0][0]!;

        var deleted = await store.ResetAsync(CancellationToken.None);

        deleted.ShouldBe(before);
        (await neo4j.Query(services, "MATCH (n) WHERE n:Article OR n:Entity OR n:Statement RETURN count(n)"))[0][0].ShouldBe(0L);
        (await neo4j.Query(services, "MATCH (n:ResetTestNote) RETURN n.text ORDER BY n.text")).Select(r => r[0]).ShouldBe(["alone", "mine"]);
        await neo4j.Query(services, "MATCH (n:ResetTestNote) DETACH DELETE n");
    }
}
