using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Store.Writing;

/// <summary>
/// What one transaction writes: article slices (resolved against the whole stored corpus);
/// the entities to create or update (<see cref="Entities"/>: every entity the slices use must be stored
/// already or be among them); which of the articles no earlier run stored (<see cref="NewArticles"/>,
/// created rather than merged); places whose gazetteer container is new or changed
/// (<see cref="Containment"/>, written after every entity of the run exists); and ids the resolution
/// no longer has (<see cref="Retired"/>), deleted once the rewritten articles no longer point at them.
/// </summary>
public sealed record GraphBatch(IReadOnlyList<ArticleSlice> Slices)
{
    public IReadOnlyList<Entity> Entities { get; init; } = [];

    public IReadOnlySet<string> NewArticles { get; init; } = new HashSet<string>();

    public IReadOnlyList<Entity> Containment { get; init; } = [];

    public IReadOnlyList<string> Retired { get; init; } = [];

    public bool IsEmpty => Slices.Count == 0 && Entities.Count == 0 && Containment.Count == 0 && Retired.Count == 0;

    /// <summary>
    /// The slices with every entity they use, all merged: right whatever is stored, for one article
    /// written on its own and for callers that do not know what is stored.
    /// </summary>
    public static GraphBatch Merging(IReadOnlyList<ArticleSlice> slices) =>
        new(slices) { Entities = [.. slices.SelectMany(s => s.Entities).DistinctBy(e => e.Id)] };
}
