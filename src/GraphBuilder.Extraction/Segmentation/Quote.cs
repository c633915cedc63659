namespace GraphBuilder.Extraction.Segmentation;

/// <summary>
/// Quoted words: <see cref="Start"/>..<see cref="End"/> is the text inside the marks, which may
/// run over several sentences; <see cref="Closed"/> is false for a paragraph that leaves the quote
/// open because the next paragraph continues it.
/// </summary>
internal sealed record Quote(int Start, int End, int Paragraph, bool Closed);
