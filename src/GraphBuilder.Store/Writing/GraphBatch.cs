using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Store.Writing;

/// <summary>
/// What one transaction writes: article slices (resolved against the whole stored corpus) with the
/// entities they use; entities whose properties changed though none of their articles did
/// (<see cref="Entities"/>); places whose gazetteer container is new or changed (<see cref="Containment"/>,
/// written after every entity of the run exists); and ids the resolution no longer has
/// (<see cref="Retired"/>), deleted once the rewritten articles no longer point at them.
/// </summary>
public sealed record GraphBatch(IReadOnlyList<ArticleSlice> Slices)
{
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlyList<Entity> Containment { get; init; } = [];

    public IReadOnlyList<string> Retired { get; init; } = [];

    public bool IsEmpty => Slices.Count == 0 && Entities.Count == 0 && Containment.Count == 0 && Retired.Count == 0;
}
