namespace GraphBuilder.Extraction.Lexicons;

/// <summary>What a gazetteer name denotes, in order of preference when a name has several.</summary>
internal enum PlaceKind : byte
{
    Country,
    Demonym,
    Capital,
    Region,
    Division,
    City,
}
