namespace GraphBuilder.Store.Writing;

/// <summary>Writes a batch in one transaction: all of the batch commits, or none of it.</summary>
public interface IGraphWriter
{
    Task WriteAsync(GraphBatch batch, CancellationToken cancellationToken);
}
