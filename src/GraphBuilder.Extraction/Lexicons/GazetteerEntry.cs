namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// A gazetteer name: what it denotes, its canonical name and, for places, its country; where GeoNames
/// knows the place, its id (<see cref="GeoNamesId"/>) and the id of the division or country that holds
/// it (<see cref="Within"/>).
/// </summary>
internal sealed record GazetteerEntry(PlaceKind Kind, string Canonical, string CountryCode)
{
    public int? GeoNamesId { get; init; }

    public int? Within { get; init; }
}
