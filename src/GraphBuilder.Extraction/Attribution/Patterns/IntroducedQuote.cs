using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// 'X said, "…"', 'X told reporters in Rome: "…"': the first quote after the verb in its sentence,
/// introduced by it. In 'X said he has "big plans"' the quote is part of indirect speech instead.
/// </summary>
internal sealed class IntroducedQuote : IContentPattern
{
    private const int MaxIntroduction = 80;

    public bool Quoted => true;

    public (int Start, int End)? Find(Report report)
    {
        var doc = report.Doc;
        var after = doc.Tokens[report.Cue].End;
        // "Caddell continued:" with the quote as the next paragraph.
        var colon = EndsWithColon(doc, report);
        foreach (var quote in doc.Quotes)
        {
            if (quote.Start < after || quote.Start >= report.Sentence.End && !(colon && ReportText.IsPunctuationGap(doc.Text.AsSpan(report.Sentence.End, quote.Start - report.Sentence.End))))
                continue;
            var between = doc.Text.AsSpan(after, quote.Start - after).TrimEnd("\"\u201C'` ");
            // An object, then a comma or colon, may stand between: "told Ms Lind: '…'".
            var introduced = ReportText.IsPunctuationGap(between)
                || (!report.Inverted && between.Length <= MaxIntroduction && (between.EndsWith(',') || between.EndsWith(':'))
                    && !between.Contains(" that ", StringComparison.Ordinal) && !HoldsAuxiliary(between));
            if (!introduced)
                return null;
            // 'said that, "Mr Ruiz will defend himself" against what …': a quote that the sentence's own
            // words go on from is part of the clause reported.
            var end = ContinuesClause(doc, quote, report.Sentence) ? ReportText.SentenceEnd(doc, report.Sentence) : ReportText.TrimEnd(doc, quote.End);
            return (quote.Start, end);
        }

        return null;
    }

    /// <remarks>A quote that ends on its own punctuation ('"We won."', '"Why?"', '"We won,"') is a sentence of its own.</remarks>
    private static bool ContinuesClause(ArticleDocument doc, Quote quote, Sentence sentence)
    {
        if (!quote.Closed || quote.End <= quote.Start || doc.Text[quote.End - 1] is '.' or '?' or '!' or ',' or ';' or ':')
            return false;
        var next = quote.End;
        while (next < sentence.End && doc.Text[next] is '"' or '\u201D' or '\'' or '\u2019')
            next++;
        return next > quote.End && next + 1 < sentence.End && doc.Text[next] == ' ' && char.IsLower(doc.Text[next + 1]);
    }

    private static bool EndsWithColon(ArticleDocument doc, Report report) =>
        report.Sentence.EndToken - 1 > report.Cue && doc.Is(report.Sentence.EndToken - 1, ":");

    /// <summary>'said it was better than waiting, "…"': a finite verb makes the words before the quote a clause of their own.</summary>
    private static bool HoldsAuxiliary(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(" ,"))
        {
            if (Descriptors.FiniteAuxiliaries.Contains(text[range].ToString()))
                return true;
        }

        return false;
    }
}
