using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Store.Writing;

/// <summary>Writes a batch of articles in one transaction: all of the batch commits, or none of it.</summary>
public interface IGraphWriter
{
    Task WriteAsync(IReadOnlyList<ArticleSlice> batch, CancellationToken cancellationToken);
}
