namespace GraphBuilder.Worker.Sources;

/// <summary>Where articles come from. Unreadable files are reported as items, never thrown.</summary>
internal interface IArticleSource
{
    IAsyncEnumerable<SourceItem> ReadAsync(CancellationToken cancellationToken);
}
