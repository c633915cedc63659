namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// "The claims were rejected by the ministry", "…, and earlier reports have been denied by officials":
/// the subject of the passive clause, from the clause's start to its auxiliaries, is what the agent
/// said or denied.
/// </summary>
internal sealed class PassiveSubject : IContentPattern
{
    public bool Quoted => false;

    /// <remarks>The report's <see cref="Report.SubjectStart"/> is where the auxiliaries start.</remarks>
    public (int Start, int End)? Find(Report report)
    {
        var (doc, sentence) = (report.Doc, report.Sentence);
        var start = report.SubjectStart;
        while (start > sentence.FirstToken && !doc.Is(start - 1, ",") && !doc.Is(start - 1, ";"))
            start--;
        if (start < report.SubjectStart && (doc.Is(start, "and") || doc.Is(start, "but")))
            start++;
        return (doc.Tokens[start].Start, ReportText.TrimEnd(doc, doc.Tokens[report.SubjectStart].Start));
    }
}
