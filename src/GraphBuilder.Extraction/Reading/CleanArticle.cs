namespace GraphBuilder.Extraction.Reading;

/// <summary>
/// An article with its boilerplate set aside: the prose paragraphs as spans of the original text
/// (so offsets stay valid for provenance) and the metadata the text gives.
/// </summary>
internal sealed record CleanArticle(
    string Text,
    IReadOnlyList<Range> Paragraphs,
    string? Title,
    string? Outlet,
    string? Published);
