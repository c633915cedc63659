using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Hosting;

/// <summary>The hosted services of <c>run</c>: one watches the folders among the worker's sources, one polls its feeds.</summary>
internal static class WorkerServiceCollectionExtensions
{
    public static IServiceCollection AddGraphBuilderWorker(this IServiceCollection services) =>
        services.AddHostedService<FolderWatchService>().AddHostedService<FeedPollService>();
}
