using Microsoft.Extensions.Logging;

namespace GraphBuilder.Worker;

/// <summary>Every log message of the worker, with stable event ids. Passwords never appear here.</summary>
internal static partial class Log
{
    [LoggerMessage(1000, LogLevel.Warning, "Article {File} failed: {Reason}")]
    public static partial void ArticleFailed(this ILogger logger, string file, string reason);

    [LoggerMessage(1001, LogLevel.Warning, "Neo4j failed transiently ({Code}); attempt {Attempt} of {MaxAttempts}, retrying in {Delay}")]
    public static partial void Retrying(this ILogger logger, string code, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(1002, LogLevel.Information, "Ingested {Written} of {Read} articles ({Unchanged} unchanged, {Failed} failed) in {Elapsed}")]
    public static partial void Ingested(this ILogger logger, int written, int read, int unchanged, int failed, TimeSpan elapsed);

    [LoggerMessage(1003, LogLevel.Error, "Neo4j cannot be used: {Reason}")]
    public static partial void Neo4jUnavailable(this ILogger logger, string reason);

    [LoggerMessage(1004, LogLevel.Information, "Starting the local Neo4j with {Script}")]
    public static partial void StartingLocalNeo4j(this ILogger logger, string script);

    [LoggerMessage(1005, LogLevel.Information, "Removed {Count} articles whose files are gone")]
    public static partial void ArticlesRemoved(this ILogger logger, int count);

    [LoggerMessage(1006, LogLevel.Information, "Watching {Folder}; full refresh every {Interval}")]
    public static partial void Watching(this ILogger logger, string folder, TimeSpan interval);

    [LoggerMessage(1007, LogLevel.Error, "Refresh of {Folder} failed: {Reason}")]
    public static partial void RefreshFailed(this ILogger logger, string folder, string reason);

    [LoggerMessage(1008, LogLevel.Warning, "Article {File} was not written")]
    public static partial void ArticleNotWritten(this ILogger logger, Exception exception, string file);

    [LoggerMessage(1009, LogLevel.Information, "Following {Feeds}; each polled every {Interval}, its pages checked again after {Recheck}")]
    public static partial void Following(this ILogger logger, string feeds, TimeSpan interval, TimeSpan recheck);

    [LoggerMessage(1010, LogLevel.Error, "Poll of {Feeds} failed: {Reason}")]
    public static partial void PollFailed(this ILogger logger, string feeds, string reason);
}
