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
            return introduced ? (quote.Start, ReportText.TrimEnd(doc, quote.End)) : null;
        }

        return null;
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
