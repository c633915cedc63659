namespace GraphBuilder.Extraction.Segmentation;

/// <summary>An article's text with its paragraphs, sentences, tokens and quotes, all as offsets.</summary>
internal sealed class ArticleDocument(string text, IReadOnlyList<Range> paragraphs, IReadOnlyList<Sentence> sentences, Token[] tokens, IReadOnlyList<Quote> quotes)
{
    public string Text { get; } = text;

    public IReadOnlyList<Range> Paragraphs { get; } = paragraphs;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    public Token[] Tokens { get; } = tokens;

    public IReadOnlyList<Quote> Quotes { get; } = quotes;

    public ReadOnlySpan<char> Span(Token token) => Text.AsSpan(token.Start, token.Length);

    public string Slice(int start, int end) => Text[start..end];

    public bool Is(int token, string word) =>
        (uint)token < (uint)Tokens.Length && Span(Tokens[token]).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The token that starts at <paramref name="offset"/>, or -1.</summary>
    public int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (Tokens[mid].Start == offset)
                return mid;
            if (Tokens[mid].Start < offset)
                lo = mid + 1;
            else
                hi = mid - 1;
        }

        return -1;
    }

    public int WordCount => Tokens.Count(t => t.Kind != TokenKind.Punct);
}
