using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Worker.Sources.Web;

/// <summary>How web pages and feeds are fetched. Bound from "GraphBuilder:Web".</summary>
public sealed class WebOptions
{
    /// <summary>Sent with every request, so a site's operators can tell who is asking.</summary>
    [Required(AllowEmptyStrings = false)]
    public string UserAgent { get; set; } = "GraphBuilder/1.0 (who-said-what knowledge graph; +https://github.com/graphbuilder/graphbuilder)";

    /// <summary>A page or feed over this size is refused, not truncated.</summary>
    [Range(1_024, 1_073_741_824)]
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>The wait between two requests to the same host.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan DelayPerHost { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's time; a server that never answers costs this per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries of a 5xx, 408, 429 or network error, with exponential backoff and jitter (Retry-After is honoured up to <see cref="MaxRetryDelay"/>).</summary>
    [Range(1, 10)]
    public int Retries { get; set; } = 3;

    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
