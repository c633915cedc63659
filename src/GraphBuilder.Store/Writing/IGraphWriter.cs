namespace GraphBuilder.Store.Writing;

/// <summary>
/// Writes a batch in one transaction: all of the batch commits, or none of it. Preparing (the rows and
/// the request, all CPU work) is apart from writing, so a caller can prepare the next batch on another
/// thread while Neo4j writes this one.
/// </summary>
public interface IGraphWriter
{
    PreparedBatch Prepare(GraphBatch batch);

    Task WriteAsync(PreparedBatch batch, CancellationToken cancellationToken);
}

/// <summary>A batch with the request that writes it, made by <see cref="IGraphWriter.Prepare"/>.</summary>
public sealed class PreparedBatch
{
    internal PreparedBatch(GraphBatch batch, Http.CypherRequest request) => (Batch, Request) = (batch, request);

    public GraphBatch Batch { get; }

    internal Http.CypherRequest Request { get; }
}

public static class GraphWriterExtensions
{
    /// <summary>Prepares and writes <paramref name="batch"/>, for callers with nothing to overlap.</summary>
    public static Task WriteAsync(this IGraphWriter writer, GraphBatch batch, CancellationToken cancellationToken) =>
        writer.WriteAsync(writer.Prepare(batch), cancellationToken);
}
