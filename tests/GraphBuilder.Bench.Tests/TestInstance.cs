namespace GraphBuilder.Tests.Neo4j;

/// <summary>This assembly's own local Neo4j instance (see Neo4jFixture).</summary>
internal static class TestInstance
{
    public const string Name = "test-bench";
    public const int HttpPort = 17494;
}
