namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// An analyst's decisions on identity, applied before the automatic rules: a merge makes every entity
/// named by <see cref="CuratedMerge.Names"/> one node with the id of <see cref="CuratedMerge.Keep"/>;
/// a split keeps the entity named by it on its own (nothing merges into it and it merges into nothing).
/// Names are matched without regard to case against an entity's names, then its aliases, or its id.
/// Decisions are values: recording one returns a new curation, and the later decision on a name wins.
/// </summary>
public sealed record EntityCuration
{
    public static EntityCuration Empty { get; } = new();

    public IReadOnlyList<CuratedMerge> Merges { get; init; } = [];

    public IReadOnlyList<string> Splits { get; init; } = [];

    public bool IsEmpty => Merges.Count == 0 && Splits.Count == 0;

    /// <summary>Records that <paramref name="others"/> are the same thing as <paramref name="keep"/>.</summary>
    public EntityCuration Merge(string keep, IReadOnlyCollection<string> others)
    {
        var named = others.Prepend(keep).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A name is in one decision only: merging it again moves it, and ends a split of it.
        var merges = Merges
            .Select(m => m with { Names = [.. m.Names.Where(n => !named.Contains(n))] })
            .Where(m => m.Names.Count > 0 && !named.Contains(m.Keep))
            .ToList();
        var joined = Merges.Where(m => named.Contains(m.Keep)).SelectMany(m => m.Names).Where(n => !named.Contains(n));
        merges.Add(new CuratedMerge(keep, [.. others.Where(n => !string.Equals(n, keep, StringComparison.OrdinalIgnoreCase)).Concat(joined).Distinct(StringComparer.OrdinalIgnoreCase)]));
        return new EntityCuration { Merges = merges, Splits = [.. Splits.Where(s => !named.Contains(s))] };
    }

    /// <summary>Records that <paramref name="name"/> is a thing of its own, undoing any merge of it.</summary>
    public EntityCuration Split(string name)
    {
        bool Same(string n) => string.Equals(n, name, StringComparison.OrdinalIgnoreCase);
        var merges = Merges
            .Where(m => !Same(m.Keep))
            .Select(m => m with { Names = [.. m.Names.Where(n => !Same(n))] })
            .Where(m => m.Names.Count > 0)
            .ToList();
        return new EntityCuration { Merges = merges, Splits = [.. Splits.Where(s => !Same(s)).Append(name)] };
    }
}

/// <summary>One merge decision: the entity to keep, and the names of those that become it.</summary>
public sealed record CuratedMerge(string Keep, IReadOnlyList<string> Names);
