using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>Registers the fetching of web pages and feeds: options (validated at start), and an HTTP client paced per host, with the standard resilience pipeline (one per host) and robots.txt rules.</summary>
internal static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddWebSources(this IServiceCollection services, IConfiguration section)
    {
        services.AddOptions<WebOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<WebFetcher>(WebFetcher.HttpClientName)
            .ConfigureHttpClient((sp, http) =>
            {
                // The resilience pipeline times each attempt and the whole request.
                http.Timeout = Timeout.InfiniteTimeSpan;
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", sp.GetRequiredService<IOptions<WebOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                // A loop is stopped here and reported, not followed 50 times.
                MaxAutomaticRedirections = 10,
                AutomaticDecompression = DecompressionMethods.All,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            // Outermost: one request at a time per host holds through the retries inside it.
            .AddHttpMessageHandler<HostPacingHandler>()
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions o, IServiceProvider sp) =>
            {
                var web = sp.GetRequiredService<IOptions<WebOptions>>().Value;
                o.Retry.MaxRetryAttempts = web.Retries;
                o.Retry.Delay = web.FirstRetryDelay;
                o.Retry.MaxDelay = web.MaxRetryDelay;
                o.AttemptTimeout.Timeout = web.AttemptTimeout;
                o.TotalRequestTimeout.Timeout = web.AttemptTimeout * (web.Retries + 1) + web.MaxRetryDelay * web.Retries;
                o.CircuitBreaker.SamplingDuration = web.AttemptTimeout * 2 > TimeSpan.FromSeconds(30) ? web.AttemptTimeout * 2 : TimeSpan.FromSeconds(30);
            })
            .SelectPipelineByAuthority();
        services.AddSingleton<HostPacing>().AddTransient<HostPacingHandler>().AddSingleton<RobotsCache>();
        services.AddSingleton<WebSources>();
        return services;
    }
}
