namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// One way a report lays out its words around the cue ('"…," X said', 'X said that …'). The extractor
/// tries its patterns in order and keeps the first content found, so a new layout is a new class.
/// </summary>
internal interface IContentPattern
{
    /// <summary>Whether what this pattern finds is a direct quote, which a following quote may continue.</summary>
    bool Quoted { get; }

    /// <summary>The reported words as character offsets, or null when the report is not laid out this way.</summary>
    (int Start, int End)? Find(Report report);
}
