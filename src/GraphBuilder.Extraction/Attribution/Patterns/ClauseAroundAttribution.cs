using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// "…, X said.", "…, estimates X", "…, the minister has acknowledged": the clause before a comma and an
/// attribution that ends the sentence. In the middle of a sentence the attribution is an aside: "Upon
/// arrival, the agency said, they got uniforms" reports what follows it, "Another film, Mr Dams said,
/// has won" the whole sentence.
/// </summary>
internal sealed class ClauseAroundAttribution : IContentPattern
{
    private static readonly HashSet<string> AdverbialOpeners = Lexicon.Default.Sets.Set("adverbial-openers");

    public bool Quoted => false;

    public (int Start, int End)? Find(Report report)
    {
        var (doc, sentence) = (report.Doc, report.Sentence);
        if (report.SubjectStart <= sentence.FirstToken || !doc.Is(report.SubjectStart - 1, ",") || !ReportText.EndsClause(doc, sentence, report.Cue))
            return null;
        if (!report.Inverted && CommaAfterAside(doc, sentence, report.Cue) is { } aside)
        {
            var opener = doc.Span(doc.Tokens[sentence.FirstToken]).ToString();
            return (Descriptors.Prepositions.Contains(opener) && !OpensInfinitive(doc, sentence) || ReportText.Subordinators.Contains(opener) || AdverbialOpeners.Contains(opener))
                ? (doc.Tokens[aside + 1].Start, ReportText.SentenceEnd(doc, sentence))
                : (sentence.Start, ReportText.SentenceEnd(doc, sentence));
        }

        var before = doc.Tokens[report.SubjectStart - 1].Start;
        return ReportText.Words(doc, sentence.Start, before) >= ReportText.MinContentWords ? (sentence.Start, ReportText.TrimEnd(doc, before)) : null;
    }

    /// <summary>"To understand the case, Roberts said, one should …": a purpose clause belongs to what was said.</summary>
    private static bool OpensInfinitive(ArticleDocument doc, Sentence sentence)
    {
        var next = sentence.FirstToken + 1;
        return doc.Is(sentence.FirstToken, "To") && next < sentence.EndToken && char.IsLower(doc.Text[doc.Tokens[next].Start])
            && !Descriptors.Determiners.Contains(doc.Span(doc.Tokens[next]).ToString());
    }

    /// <summary>"…, X said, the debt fell": the comma closing an attribution after which the sentence goes on.</summary>
    private static int? CommaAfterAside(ArticleDocument doc, Sentence sentence, int cue)
    {
        var comma = cue + 1;
        while (comma < sentence.EndToken && !doc.Is(comma, ",") && comma - cue < ReportText.ClauseEndWindow)
            comma++;
        if (comma + 1 >= sentence.EndToken || !doc.Is(comma, ",") || doc.Tokens[comma + 1].InQuote)
            return null;
        // ", adding that …", ", in a statement": another cue or an adverbial, not the rest of the report.
        var first = doc.Span(doc.Tokens[comma + 1]).ToString();
        if (first.EndsWith("ing", StringComparison.Ordinal) || Descriptors.Prepositions.Contains(first) || first is "according" or "citing")
            return null;
        return ReportText.Words(doc, doc.Tokens[comma + 1].Start, doc.Tokens[sentence.EndToken - 1].End) >= ReportText.MinContentWords ? comma : null;
    }
}
