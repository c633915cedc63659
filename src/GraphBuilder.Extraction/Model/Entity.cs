namespace GraphBuilder.Extraction.Model;

/// <summary>One real-world thing, with every surface form seen for it.</summary>
public sealed record Entity(string Id, string Name, EntityType Type, IReadOnlyList<string> Aliases)
{
    /// <summary>The country the text ties the entity to ("South Korea's National Intelligence Service"), if any.</summary>
    public string? CountryId { get; init; }

    /// <summary>True for an entity known only by a description ("the South Korean intelligence service").</summary>
    public bool IsDescription { get; init; }

    /// <summary>The GeoNames id of a place or country the gazetteer knows: it, not the name, decides which place.</summary>
    public int? GeoNamesId { get; init; }

    /// <summary>
    /// For a place the gazetteer knows, the entity of the corpus that GeoNames puts it in (a city's
    /// division, else its country; a division's country), as opposed to what the text says.
    /// </summary>
    public string? Within { get; init; }

    /// <summary>A person's titles across the corpus ("spokesperson", "defence minister"), in ordinal order.</summary>
    public IReadOnlyList<string> Titles { get; init; } = [];
}
