using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Worker.Tests.Local;

/// <summary>What scripts/neo4j-local.sh tells the server it starts, read back from the running server.</summary>
[Collection(Neo4jServer.Name)]
public sealed class LocalNeo4jSettingsTests(Neo4jFixture neo4j)
{
    [LocalNeo4jFact]
    public async Task Start_BoundsTransactionLogs_SoABenchmarkCannotFillTheDisk()
    {
        await using var services = neo4j.Services();

        var rows = await neo4j.Query(services, """
            CALL dbms.queryJmx('org.neo4j:instance=kernel#0,name=Configuration') YIELD attributes
            RETURN attributes['dbms.tx_log.rotation.retention_policy'].value, attributes['dbms.tx_log.rotation.size'].value,
                   attributes['dbms.checkpoint.interval.time'].value
            """);

        rows.ShouldHaveSingleItem().ShouldBe(["256M size", "64M", "2m"]);
    }
}
