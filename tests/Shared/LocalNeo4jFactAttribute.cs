namespace GraphBuilder.Tests.Neo4j;

/// <summary>
/// A test that stops, starts or inspects the server it runs against, which only a server this suite
/// started may undergo: with NEO4J_TEST_URI set it is reported as skipped, with the reason, not passed.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class LocalNeo4jFactAttribute : FactAttribute
{
    public LocalNeo4jFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_TEST_URI") is not null)
            Skip = "NEO4J_TEST_URI names a server this suite did not start; it is not ours to stop or inspect.";
    }
}
