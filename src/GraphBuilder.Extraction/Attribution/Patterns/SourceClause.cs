namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// "…, according to X" reports the words before the cue; "According to X, …" those after the comma
/// that closes the source.
/// </summary>
internal sealed class SourceClause : IContentPattern
{
    public bool Quoted => false;

    public (int Start, int End)? Find(Report report)
    {
        var (doc, sentence, cue) = (report.Doc, report.Sentence, report.Cue);
        var before = doc.Tokens[cue].Start;
        if (ReportText.Words(doc, doc.Tokens[sentence.FirstToken].Start, before) >= ReportText.MinContentWords)
            return (doc.Tokens[sentence.FirstToken].Start, ReportText.TrimEnd(doc, before));
        var comma = cue + 2;
        while (comma < sentence.EndToken && !doc.Is(comma, ","))
            comma++;
        return comma + 1 < sentence.EndToken ? (doc.Tokens[comma + 1].Start, ReportText.SentenceEnd(doc, sentence)) : null;
    }
}
