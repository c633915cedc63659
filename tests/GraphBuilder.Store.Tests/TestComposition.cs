using GraphBuilder.Store.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Tests.Neo4j;

/// <summary>The store alone, as its own registration gives it: these tests need no worker.</summary>
internal static class TestComposition
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration) =>
        services.AddNeo4jGraphStore(configuration.GetSection("GraphBuilder:Neo4j"));
}
