using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution;

/// <summary>Reading helpers the attribution patterns share: content bounds, word counts, quote marks.</summary>
internal static class ReportText
{
    /// <summary>Fewer words than this are no statement, unless quoted or denied.</summary>
    public const int MinContentWords = 3;

    /// <summary>How far after a verb an attribution may still end its clause ("said on Monday,").</summary>
    public const int ClauseEndWindow = 8;

    /// <summary>What may stand between a reporting verb and its "that" or the end of its clause: "told reporters on Monday that".</summary>
    public static readonly HashSet<string> BeforeThat = Lexicon.Default.Sets.Set("before-that");

    /// <summary>Words that open a subordinate clause: "When the mayor said …, her rival laughed".</summary>
    public static readonly HashSet<string> Subordinators = Lexicon.Default.Sets.Set("subordinators");

    public static int SentenceEnd(ArticleDocument doc, Sentence sentence) => TrimEnd(doc, sentence.End);

    /// <summary>Moves an end offset back over closing punctuation and spaces.</summary>
    public static int TrimEnd(ArticleDocument doc, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(doc.Text[end - 1]) || doc.Text[end - 1] is ',' or '.' or ';' or ':' or '\u2014' or '-' or '"' or '\'' or '\u201D' or '\u201C'))
            end--;
        return end;
    }

    /// <summary>The words in [start, end), counted only up to one more than <see cref="MinContentWords"/>.</summary>
    public static int Words(ArticleDocument doc, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end && count <= MinContentWords; i++)
        {
            var letter = char.IsLetterOrDigit(doc.Text[i]);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }

        return count;
    }

    public static bool IsPunctuationGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!(char.IsWhiteSpace(c) || c is ',' or '"' or '\'' or '\u201D' or '\u201C' or '\u2014' or '-' or '.' or '?' or '!' or ':'))
                return false;
        }

        return true;
    }

    public static bool IsQuoteMark(ArticleDocument doc, int t) =>
        doc.Tokens[t].Kind == TokenKind.Punct && doc.Text[doc.Tokens[t].Start] is '"' or '\u201D' or '\u201C' or '\'' or '\u2019';

    public static bool IsOpeningQuote(ArticleDocument doc, int t) =>
        t < doc.Tokens.Length && (doc.Text[doc.Tokens[t].Start] is '"' or '\u201C' or '`' || doc.Text.AsSpan(doc.Tokens[t].Start).StartsWith("''", StringComparison.Ordinal));

    /// <summary>The first comma outside quotes from <paramref name="from"/> on, if the sentence has one.</summary>
    public static int? ClauseComma(ArticleDocument doc, int from, Sentence sentence)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (doc.Is(k, ",") && !doc.Tokens[k].InQuote)
                return k;
        }

        return null;
    }

    /// <summary>"…, X said." or "…, X said, with …": nothing but a short adverbial follows the verb.</summary>
    public static bool EndsClause(ArticleDocument doc, Sentence sentence, int cue)
    {
        var window = cue + ClauseEndWindow;
        for (var k = cue + 1; k < Math.Min(sentence.EndToken, window); k++)
        {
            // "said Mr. Burman (a view shared by many).": a parenthesis is an aside, whatever it holds.
            if (doc.Is(k, "("))
            {
                var open = k;
                while (k + 1 < sentence.EndToken && !doc.Is(k, ")"))
                    k++;
                window += k - open + 1;
                continue;
            }

            if (doc.Is(k, "that") || doc.Tokens[k].InQuote)
                return false;
            if (doc.Is(k, ",") || doc.Is(k, ".") || doc.Is(k, ";") || doc.Is(k, ":") || doc.Is(k, "\u2014"))
                return true;
            // Only an adverbial may follow: "said on Monday", "said of the North Koreans", not an object.
            var word = doc.Span(doc.Tokens[k]).ToString();
            if (doc.Tokens[k].Kind == TokenKind.Punct ? !doc.Is(k, ")") : char.IsLower(word[0]) && !BeforeThat.Contains(word))
                return false;
        }

        return window >= sentence.EndToken;
    }
}
