using GraphBuilder.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace GraphBuilder.Worker.Ingestion;

/// <summary>
/// The one place that decides about retries: a transient Neo4j failure (<see cref="Neo4jException.IsTransient"/>)
/// is tried again with exponential backoff and jitter up to the configured attempts; anything else goes
/// straight to the caller.
/// </summary>
internal static class Neo4jRetry
{
    public const string PipelineKey = "GraphBuilder.Neo4j.Retry";

    public static IServiceCollection AddNeo4jRetry(this IServiceCollection services) =>
        services.AddResiliencePipeline(PipelineKey, (pipeline, context) =>
        {
            var settings = context.ServiceProvider.GetRequiredService<IOptions<IngestOptions>>().Value;
            var logger = context.ServiceProvider.GetRequiredService<ILogger<IngestRunner>>();
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            if (settings.MaxAttempts == 1)
                return; // one attempt: nothing to retry, and Polly wants at least one retry per strategy
            pipeline.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jException>(ex => ex.IsTransient),
                MaxRetryAttempts = settings.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.FirstRetryDelay,
                MaxDelay = settings.MaxRetryDelay,
                OnRetry = args =>
                {
                    var code = (args.Outcome.Exception as Neo4jException)?.Code ?? "unknown";
                    logger.Retrying(code, args.AttemptNumber + 1, settings.MaxAttempts, args.RetryDelay);
                    return default;
                },
            });
        });
}
