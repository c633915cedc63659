using GraphBuilder.Store.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphBuilder.Report.DependencyInjection;

/// <summary>Registers the HTML report. It reads through the store, so the store must be registered too.</summary>
public static class ReportServiceCollectionExtensions
{
    public static IServiceCollection AddGraphBuilderReport(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new HtmlReportGenerator(sp.GetRequiredService<GraphReader>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
