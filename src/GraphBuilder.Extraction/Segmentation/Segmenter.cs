using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction.Segmentation;

/// <summary>
/// Splits prose paragraphs into sentences and tokens and finds quotations, with straight and
/// curly marks, quotes that run over sentences and quotes left open for the next paragraph.
/// </summary>
internal sealed class Segmenter(Lexicon lexicon)
{
    internal const int MaxSentenceLength = 2_000;

    public ArticleDocument Segment(string text, IReadOnlyList<Range> paragraphs)
    {
        var sentences = new List<Sentence>();
        var tokens = new List<Token>(text.Length / 5);
        var quotes = new List<Quote>();

        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (start, end) = Trimmed(text, paragraphs[p]);
            var quoteMask = FindQuotes(text, start, end, p, quotes);
            var sentenceStart = start;
            foreach (var boundary in Boundaries(text, start, end))
            {
                // No real sentence runs this long; hostile or broken text is cut at a space so that
                // no later stage ever works on an unbounded span.
                while (boundary - sentenceStart > MaxSentenceLength)
                {
                    var cut = text.LastIndexOf(' ', sentenceStart + MaxSentenceLength, MaxSentenceLength / 2);
                    cut = cut > sentenceStart ? cut : sentenceStart + MaxSentenceLength;
                    AddSentence(text, sentenceStart, cut, p, quoteMask, start, sentences, tokens);
                    sentenceStart = cut;
                }

                AddSentence(text, sentenceStart, boundary, p, quoteMask, start, sentences, tokens);
                sentenceStart = boundary;
            }
        }

        return new ArticleDocument(text, paragraphs, sentences, [.. tokens], quotes);
    }

    private static (int Start, int End) Trimmed(string text, Range range)
    {
        var (start, length) = range.GetOffsetAndLength(text.Length);
        var end = start + length;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return (start, end);
    }

    private static void AddSentence(string text, int start, int end, int paragraph, bool[] quoteMask, int maskOrigin, List<Sentence> sentences, List<Token> tokens)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (start == end)
            return;

        var index = sentences.Count;
        var first = tokens.Count;
        Tokenizer.Tokenize(text, start, end, index, quoteMask, maskOrigin, tokens);
        sentences.Add(new Sentence(index, start, end, paragraph, first, tokens.Count));
    }

    /// <summary>Marks the characters inside quotation marks and records each quote.</summary>
    private static bool[] FindQuotes(string text, int start, int end, int paragraph, List<Quote> quotes)
    {
        var mask = new bool[end - start];
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            // Some wires write double quotes as two apostrophes (''…'') or as ``…''.
            var doubled = i + 1 < end && ((c == '\'' && text[i + 1] == '\'') || (c == '`' && text[i + 1] == '`'));
            var straight = c == '"' || doubled;
            var opens = c == '\u201C' || (straight && open < 0 && (i == start || !char.IsLetterOrDigit(text[i - 1])));
            var closes = open >= 0 && (c == '\u201D' || straight);
            if (closes && straight && ReopensAfterSentence(text, start, i, end, doubled ? 2 : 1) is { } sentenceEnd)
            {
                // '… cut rates. "Dismal reports …': copy without paragraph breaks runs the next quote
                // paragraph on, and its opening mark cannot be a closing one (space before, a word after).
                Close(open, sentenceEnd, closed: false);
                open = i + (doubled ? 2 : 1);
            }
            else if (closes)
            {
                Close(open, i, closed: true);
                open = -1;
            }
            else if (opens)
            {
                open = i + (doubled ? 2 : 1);
            }

            if (doubled)
                i++;
        }

        if (open >= 0)
            Close(open, end, closed: false);
        return mask;

        static int? ReopensAfterSentence(string text, int start, int mark, int end, int width)
        {
            if (mark + width >= end || !char.IsLetterOrDigit(text[mark + width]) || mark == start || !char.IsWhiteSpace(text[mark - 1]))
                return null;
            var k = mark - 1;
            while (k > start && char.IsWhiteSpace(text[k - 1]))
                k--;
            return k > start && text[k - 1] is '.' or '!' or '?' ? k : null;
        }

        void Close(int from, int to, bool closed)
        {
            if (to <= from)
                return;
            quotes.Add(new Quote(from, to, paragraph, closed));
            Array.Fill(mask, true, from - start, to - from);
        }
    }

    private IEnumerable<int> Boundaries(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
                continue;
            var j = i + 1;
            while (j < end && text[j] is '"' or '\u201D' or '\u2019' or '\'' or ')' or '.')
                j++;
            if (j >= end || !char.IsWhiteSpace(text[j]))
                continue;
            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
                k++;
            if (k >= end)
                continue;
            var next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '\u2018' or '\'' or '`' or '(' or '\u2014'))
                continue;
            if (c == '.' && !EndsSentence(text, start, i, k))
                continue;
            yield return j;
        }

        yield return end;
    }

    /// <summary>Whether the period at <paramref name="dot"/> ends a sentence rather than an abbreviation.</summary>
    private bool EndsSentence(string text, int paragraphStart, int dot, int next)
    {
        var w = dot;
        while (w > paragraphStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
            w--;
        var word = text.AsSpan(w, dot - w);
        if (word.IsEmpty)
            return true;
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false; // an initial: "Lloyd J. Austin"
        if (Tokenizer.DottedAbbreviations.Contains(word.ToString()))
            return false;
        if (word.Contains('.'))
        {
            // "U.S." ends a sentence only when a sentence-starting word follows.
            var n = next;
            while (n < text.Length && char.IsLetter(text[n]))
                n++;
            return lexicon.FunctionWords.Contains(text[next..n]);
        }

        return true;
    }
}
