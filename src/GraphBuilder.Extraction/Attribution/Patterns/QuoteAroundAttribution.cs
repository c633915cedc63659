using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// '"…," X said' and '"…," X said, "…"': the quote that ends just before the attribution, joined with a
/// second quote the attribution splits off.
/// </summary>
internal sealed class QuoteAroundAttribution : IContentPattern
{
    public bool Quoted => true;

    public (int Start, int End)? Find(Report report)
    {
        // '"…," he said, adding that …': the quote before a shared verb belongs to the first one.
        if (report.SharedSubject && report.SubjectStart == report.Cue)
            return null;
        return QuoteBefore(report) is { } first ? ThenQuote(report.Doc, report.Sentence, report.Cue, first) : null;
    }

    private static (int Start, int End)? QuoteBefore(Report report)
    {
        var (doc, sentence) = (report.Doc, report.Sentence);
        var at = doc.Tokens[report.SubjectStart].Start;
        foreach (var quote in doc.Quotes)
        {
            // A quote from an earlier sentence of the paragraph counts only when it ended on "?" or "!",
            // which the sentence splitter had to treat as an end: '"How many times?" Clinton said.'
            if (quote.End > at || (quote.End < sentence.Start && (quote.Paragraph != sentence.Paragraph || !EndsWithQuestionOrExclamation(doc, quote))))
                continue;
            var gap = doc.Text.AsSpan(quote.End, at - quote.End);
            if (!ReportText.IsPunctuationGap(gap))
                continue;
            var quoteOpensSentence = quote.Start < sentence.Start || ReportText.IsPunctuationGap(doc.Text.AsSpan(sentence.Start, quote.Start - sentence.Start));
            if (quoteOpensSentence)
                return (quote.Start, ReportText.TrimEnd(doc, quote.End));
            // 'The plan is "dead," Smith said.' reports the whole clause; in 'On "Face the Nation," Ryan
            // said the …' the quote is a title and the verb has its own clause.
            return ReportText.EndsClause(doc, sentence, report.Cue) ? (sentence.Start, ReportText.TrimEnd(doc, at)) : null;
        }

        return null;
    }

    /// <summary>"…," he said, "…": a quote split by its attribution is one statement, from the first quote's start to the second's end.</summary>
    private static (int Start, int End) ThenQuote(ArticleDocument doc, Sentence sentence, int cue, (int Start, int End) first)
    {
        var after = doc.Tokens[cue].End;
        foreach (var quote in doc.Quotes)
        {
            if (quote.Start < after || quote.Start >= sentence.End)
                continue;
            var gap = doc.Text.AsSpan(after, quote.Start - after).TrimEnd("\"\u201C'` ");
            return gap.EndsWith(',') && gap.Length <= 120 ? (first.Start, ReportText.TrimEnd(doc, quote.End)) : first;
        }

        return first;
    }

    private static bool EndsWithQuestionOrExclamation(ArticleDocument doc, Quote quote)
    {
        var end = ReportText.TrimEnd(doc, quote.End);
        return end > quote.Start && doc.Text[end - 1] is '?' or '!';
    }
}
