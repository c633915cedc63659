namespace GraphBuilder.Worker.Ingestion;

/// <summary>What an ingest run did. <see cref="Failures"/> names each article that did not make it, and why.</summary>
internal sealed record IngestResult(
    int Read,
    int Written,
    int Unchanged,
    IReadOnlyList<(string File, string Reason)> Failures,
    long Statements,
    TimeSpan Elapsed)
{
    /// <summary>Set when Neo4j could not be used at all: nothing was written.</summary>
    public string? Fatal { get; init; }

    /// <summary>Stored articles rewritten unchanged because new or deleted ones merged or split their entities.</summary>
    public int Relinked { get; init; }

    /// <summary>True when a Neo4j outage outlasted the retries and some articles were left unwritten.</summary>
    public bool Interrupted { get; init; }

    /// <summary>A run that could do nothing, and why.</summary>
    public static IngestResult NothingDone(string reason, TimeSpan elapsed) => new(0, 0, 0, [], 0, elapsed) { Fatal = reason };
}
