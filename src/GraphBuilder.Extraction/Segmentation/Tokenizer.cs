using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction.Segmentation;

/// <summary>
/// Splits a sentence into words, numbers and punctuation. Keeps "U.S.", "O'Brien" and "Jong-un"
/// whole and splits the possessive "'s" off, because names and possessives drive the later stages.
/// </summary>
internal static class Tokenizer
{
    public static readonly HashSet<string> DottedAbbreviations = Lexicon.Default.Sets.Set("dotted-abbreviations");

    public static void Tokenize(string text, int start, int end, int sentence, bool[] quoteMask, int maskOrigin, List<Token> tokens)
    {
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var from = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                i = WordEnd(text, i, end);
                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                while (i < end && (char.IsDigit(text[i]) || (text[i] is ',' or '.' or ':' && i + 1 < end && char.IsDigit(text[i + 1]))))
                    i++;
                while (i < end && char.IsLetter(text[i]))
                    i++; // "1950s", "4th"
                kind = TokenKind.Number;
            }
            else if (IsApostrophe(c) && i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2])))
            {
                i += 2;
                kind = TokenKind.Word; // possessive 's
            }
            else
            {
                i++;
                kind = TokenKind.Punct;
            }

            var idx = from - maskOrigin;
            tokens.Add(new Token(from, i, kind, sentence, (uint)idx < (uint)quoteMask.Length && quoteMask[idx]));
        }
    }

    private static int WordEnd(string text, int i, int end)
    {
        var start = i;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if ((c == '-' || c == '\u2010') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]) && !IsPossessive(text, i, end))
            {
                i++;
            }
            else if (c == '.' && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 <= end && (i + 2 == end || text[i + 2] == '.') && i - start <= 2)
            {
                i++; // U.S, U.N: letter-dot-letter
            }
            else
            {
                break;
            }
        }

        if (i < end && text[i] == '.')
        {
            var word = text.AsSpan(start, i - start);
            if (word.Contains('.') || (word.Length == 1 && char.IsUpper(word[0])) || DottedAbbreviations.Contains(word.ToString()))
                i++; // keep the period: "U.S.", "J.", "Lt."
        }

        return i;
    }

    private static bool IsPossessive(string text, int i, int end) =>
        text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetter(text[i + 2]));

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
