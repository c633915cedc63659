using GraphBuilder.Extraction;
using GraphBuilder.Report.DependencyInjection;
using GraphBuilder.Worker.Curation;
using GraphBuilder.Store.DependencyInjection;
using GraphBuilder.Worker.Hosting;
using GraphBuilder.Worker.Ingestion;
using GraphBuilder.Worker.Local;
using GraphBuilder.Worker.Sources.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Composition;

/// <summary>Composes extraction, the Neo4j store, the report and ingestion from configuration.</summary>
public static class GraphBuilderServices
{
    public const string Neo4jSection = "GraphBuilder:Neo4j";
    public const string IngestSection = "GraphBuilder:Ingest";
    public const string WorkerSection = "GraphBuilder:Worker";
    public const string CurationSection = "GraphBuilder:Curation";
    public const string WebSection = "GraphBuilder:Web";

    public static IServiceCollection AddGraphBuilder(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IngestOptions>().Bind(configuration.GetSection(IngestSection)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WorkerOptions>().Bind(configuration.GetSection(WorkerSection)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CurationOptions>().Bind(configuration.GetSection(CurationSection)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CurationFile>();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IArticleExtractor, RuleBasedArticleExtractor>();
        services.AddNeo4jGraphStore(configuration.GetSection(Neo4jSection));
        services.AddGraphBuilderReport();
        services.AddNeo4jRetry();
        services.AddWebSources(configuration.GetSection(WebSection));
        services.AddSingleton<IngestRunner>();
        services.AddSingleton<LocalNeo4jLauncher>();
        return services;
    }
}
