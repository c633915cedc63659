namespace GraphBuilder.Extraction.Model;

/// <summary>One real-world thing, with every surface form seen for it.</summary>
public sealed record Entity(string Id, string Name, EntityType Type, IReadOnlyList<string> Aliases)
{
    /// <summary>The country the text ties the entity to ("South Korea's National Intelligence Service"), if any.</summary>
    public string? CountryId { get; init; }

    /// <summary>True for an entity known only by a description ("the South Korean intelligence service").</summary>
    public bool IsDescription { get; init; }

    /// <summary>A person's titles across the corpus ("spokesperson", "defence minister"), in ordinal order.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
}
