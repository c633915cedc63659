using GraphBuilder.Store.Http;
using GraphBuilder.Store.Reading;
using GraphBuilder.Store.Writing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Store.DependencyInjection;

/// <summary>Registers the Neo4j store: options (validated at start), the HTTP Cypher client, writer, reader and store.</summary>
public static class Neo4jStoreServiceCollectionExtensions
{
    internal const string HttpClientName = "GraphBuilder.Neo4j";

    /// <summary>Adds the store, its options bound from <paramref name="section"/> ("GraphBuilder:Neo4j").</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<Neo4jOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

        // Each request gets the configured time and no more; retrying is the caller's decision
        // (IsTransient), so the handler holds a timeout strategy only.
        services.AddHttpClient(HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddResilienceHandler("request-timeout", (pipeline, context) =>
                pipeline.AddTimeout(context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value.RequestTimeout));

        services.AddSingleton(sp => new HttpCypherRunner(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.AddSingleton<ICypherRunner>(sp => sp.GetRequiredService<HttpCypherRunner>());
        services.AddSingleton<IGraphWriter, HttpCypherGraphWriter>();
        services.AddSingleton(sp => new GraphStore(sp.GetRequiredService<HttpCypherRunner>()));
        services.AddSingleton(sp => new GraphReader(sp.GetRequiredService<ICypherRunner>()));
        return services;
    }
}
