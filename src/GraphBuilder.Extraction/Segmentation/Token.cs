namespace GraphBuilder.Extraction.Segmentation;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>A word, number or punctuation mark, as offsets into the article text.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, int Sentence, bool InQuote)
{
    public int Length => End - Start;
}
