using GraphBuilder.Worker.Composition;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Tests.Neo4j;

/// <summary>Services as the worker composes them.</summary>
internal static class TestComposition
{
    public static IServiceCollection Add(IServiceCollection services, IConfiguration configuration) =>
        services.AddGraphBuilder(configuration);
}
