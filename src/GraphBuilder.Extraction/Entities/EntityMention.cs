using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// A recognised name in an article, as tokens [First, End). <see cref="Key"/> is the entity id it
/// points to before resolution; <see cref="Bare"/> marks a single word ("Austin") whose type the
/// rest of the article decides.
/// </summary>
internal sealed record EntityMention(int First, int End, EntityType Type, string Key, string Name, string Surface)
{
    public bool Bare { get; init; }

    /// <summary>A title before a person's name: "Defense Secretary", "Lt. Gen.".</summary>
    public string? Title { get; init; }

    /// <summary>The country or organisation a title or name belongs to ("Kremlin" in "Kremlin spokesperson").</summary>
    public string? AffiliationKey { get; init; }

    /// <summary>For a place, the place or country the text puts it in ("Wonsan, North Korea").</summary>
    public string? ContainerKey { get; init; }

    /// <summary>An acronym the text defines for this name: "National Intelligence Service (NIS)".</summary>
    public string? Acronym { get; init; }

    /// <summary>A gazetteer city with no place context yet: a place only if nothing else claims the word.</summary>
    public bool WeakPlace { get; init; }

    /// <summary>The GeoNames id of a place or country the gazetteer knows.</summary>
    public int? GeoNamesId { get; init; }
}
