namespace GraphBuilder.Extraction.Lexicons;

/// <summary>A gazetteer name: what it denotes, its canonical name and, for places, its country.</summary>
internal sealed record GazetteerEntry(PlaceKind Kind, string Canonical, string CountryCode);
