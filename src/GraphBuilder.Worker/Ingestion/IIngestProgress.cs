namespace GraphBuilder.Worker.Ingestion;

/// <summary>Receives progress of a long ingest: a bar on a terminal, nothing in logs.</summary>
internal interface IIngestProgress
{
    void Report(string stage, int done, int total);
}

internal sealed class NoProgress : IIngestProgress
{
    public static readonly NoProgress Instance = new();

    public void Report(string stage, int done, int total)
    {
    }
}
