namespace GraphBuilder.Extraction.Segmentation;

/// <summary>A sentence: its character span, its paragraph and its tokens [FirstToken, EndToken).</summary>
internal sealed record Sentence(int Index, int Start, int End, int Paragraph, int FirstToken, int EndToken);
