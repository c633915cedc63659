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

    [LocalNeo4jFact]
    public async Task Reset_OfAnInstanceWithAuth_KeepsItsPassword()
    {
        // An instance whose name does not start with "test" has auth on, as the local one people use.
        const string instance = "auth-check";
        const int port = TestInstance.HttpPort + 200;
        using var http = new HttpClient();
        http.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String("neo4j:graphbuilder"u8.ToArray()));
        try
        {
            foreach (var round in new[] { "new instance", "after reset" })
            {
                await Neo4jFixture.Script(instance, port, "reset");
                await Neo4jFixture.Script(instance, port, "start");
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/db/data/"));
                ((int)response.StatusCode).ShouldBe(200, round);
            }
        }
        finally
        {
            await Neo4jFixture.Script(instance, port, "stop");
        }
    }
}
