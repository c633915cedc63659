using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// "X said (that) …": the clause after the verb, to the end of the sentence or of the subordinate or
/// relative clause the report stands in. A verb that wants a clause ("argued", "believes") reports only
/// a that-clause or a clause with a finite verb ("he believes the film does not sit well").
/// </summary>
internal sealed class ReportedClause : IContentPattern
{
    private const int ThatWindow = 12;

    public bool Quoted => false;

    public (int Start, int End)? Find(Report report)
    {
        if (report.Inverted)
            return null;
        var (doc, sentence, cue) = (report.Doc, report.Sentence, report.Cue);
        var start = cue + 1;
        var hasThat = false;
        for (var k = cue + 1; k < Math.Min(sentence.EndToken, cue + ThatWindow); k++)
        {
            // "accused Mr Blair of telling lies": a verb that wants a clause may take "of" and a gerund instead.
            if (doc.Is(k, "that") || report.Verb.NeedsClause && doc.Is(k, "of") && k + 1 < sentence.EndToken && doc.Span(doc.Tokens[k + 1]).EndsWith("ing"))
            {
                start = k + 1;
                hasThat = true;
                break;
            }

            // "told the U.S. publication The War Zone that", "said on Tuesday that": only an object or adverbial may stand between.
            if (doc.Tokens[k].InQuote || doc.Tokens[k].Kind == TokenKind.Punct && !doc.Is(k, ".") || (char.IsLower(doc.Text[doc.Tokens[k].Start]) && !ReportText.BeforeThat.Contains(doc.Span(doc.Tokens[k]).ToString())))
                break;
        }

        if (report.Verb.NeedsClause && !hasThat && !IsClause(doc, cue + 1, sentence))
            return null;
        while (start < sentence.EndToken && doc.Tokens[start].Kind == TokenKind.Punct && !ReportText.IsOpeningQuote(doc, start))
            start++;
        if (start >= sentence.EndToken)
            return null;

        var (from, to) = (doc.Tokens[start].Start, ReportText.SentenceEnd(doc, sentence));
        // "When the mayor said that the budget had doubled, her rival laughed": the subordinate
        // clause ends at its comma; what follows is the main clause, not the report.
        var opener = doc.Span(doc.Tokens[sentence.FirstToken]).ToString();
        if (ReportText.Subordinators.Contains(opener) && ReportText.ClauseComma(doc, sentence.FirstToken, sentence) is { } opening && opening > cue
            && ReportText.ClauseComma(doc, start, sentence) is { } comma)
            to = doc.Tokens[comma].Start;
        // "Ms Alder, who said the vote was rigged, left early": a relative clause ends at its comma too.
        else if ((doc.Is(report.SubjectStart, "who") || doc.Is(report.SubjectStart, "which")) && ReportText.ClauseComma(doc, start, sentence) is { } closing)
            to = doc.Tokens[closing].Start;
        // said that "the reports are accurate.": the closing mark is trimmed with the full stop, so
        // the opening one goes too; said that "the reports" are false keeps both.
        if (ReportText.IsOpeningQuote(doc, start) && start + 1 < sentence.EndToken && doc.Text.AsSpan(from + 1, Math.Max(0, to - from - 1)).IndexOfAny("\"\u201D") < 0)
            from = doc.Tokens[start + 1].Start;
        return (from, to);
    }

    /// <summary>Words after the verb up to the first punctuation hold a finite auxiliary after a subject.</summary>
    private static bool IsClause(ArticleDocument doc, int from, Sentence sentence)
    {
        for (var k = from + 1; k < Math.Min(sentence.EndToken, from + ThatWindow); k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punct || doc.Tokens[k].InQuote)
                return false;
            if (Descriptors.FiniteAuxiliaries.Contains(doc.Span(doc.Tokens[k]).ToString()))
                return true;
        }

        return false;
    }
}
