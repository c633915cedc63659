using GraphBuilder.Extraction;
using GraphBuilder.Store;
using GraphBuilder.Store.Http;
using GraphBuilder.Store.Reading;
using GraphBuilder.Store.Writing;
using GraphBuilder.Worker.Hosting;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Composition;

/// <summary>Composes extraction, the Neo4j store and ingestion from configuration.</summary>
public static class GraphBuilderServices
{
    public const string Neo4jSection = "GraphBuilder:Neo4j";
    public const string IngestSection = "GraphBuilder:Ingest";
    public const string WorkerSection = "GraphBuilder:Worker";

    public static IServiceCollection AddGraphBuilder(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jSection)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestSection)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerSection)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IArticleExtractor, RuleBasedArticleExtractor>();
        services.AddSingleton(sp => new HttpCypherRunner(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan },
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.AddSingleton<ICypherRunner>(sp => sp.GetRequiredService<HttpCypherRunner>());
        services.AddSingleton<IGraphWriter, HttpCypherGraphWriter>();
        services.AddSingleton<GraphStore>();
        services.AddSingleton<GraphReader>();
        services.AddSingleton<Retrier>();
        services.AddSingleton<IngestRunner>();
        services.AddSingleton<LocalNeo4jLauncher>();
        return services;
    }
}
