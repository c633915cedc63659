using System.ComponentModel.DataAnnotations;

namespace GraphBuilder.Worker.Ingestion;

/// <summary>How ingestion retries a Neo4j outage. Bound from "GraphBuilder:Ingest".</summary>
public sealed class IngestOptions
{
    public const int DefaultMaxAttempts = 5;
    public static readonly TimeSpan DefaultFirstRetryDelay = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan DefaultMaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>Tries per batch when Neo4j fails transiently, the first included.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = DefaultMaxAttempts;

    /// <summary>The wait before the first retry; it doubles each time up to <see cref="MaxRetryDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan FirstRetryDelay { get; set; } = DefaultFirstRetryDelay;

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = DefaultMaxRetryDelay;
}
