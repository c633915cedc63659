using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Attribution;

/// <summary>Who a statement is attributed to. <see cref="Surface"/> is the name as written, if a new alias.</summary>
internal sealed record Speaker(string Key, EntityType Type, string Name, string? Surface)
{
    public string? CountryKey { get; init; }

    public bool IsDescription { get; init; }

    /// <summary>"A Labour spokesman said": a body speaking through one person, whom "he" or "she" may then stand for.</summary>
    public bool BySpokesperson { get; init; }
}
