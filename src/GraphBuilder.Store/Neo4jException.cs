namespace GraphBuilder.Store;

/// <summary>
/// A failure talking to Neo4j. <see cref="IsTransient"/> says whether the same request may succeed
/// later (server unreachable, Neo.TransientError.*): the one place that retries decides on it, never
/// on the message text.
/// </summary>
public sealed class Neo4jException : Exception
{
    public Neo4jException()
    {
    }

    public Neo4jException(string message)
        : base(message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Neo4jException(string code, string message, bool isTransient, Exception? inner = null)
        : base(message.StartsWith(code, StringComparison.Ordinal) ? message : $"{code}: {message}", inner)
    {
        Code = code;
        IsTransient = isTransient;
    }

    /// <summary>Neo4j's status code ("Neo.TransientError.Transaction.DeadlockDetected"), or a GraphBuilder code for transport failures.</summary>
    public string Code { get; } = "GraphBuilder.Unknown";

    public bool IsTransient { get; }

    public static Neo4jException FromStatus(string code, string message) =>
        new(code, message, code.StartsWith("Neo.TransientError.", StringComparison.Ordinal));
}
