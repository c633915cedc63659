namespace GraphBuilder.Extraction.Reading;

/// <summary>
/// Joins the lines of hard-wrapped copy (wire stories broken at about 70 columns) back into
/// paragraphs, as spans of the original text: a line that stops short of the wrap width, a blank
/// line or an indented line ends a paragraph. Copy that is not hard-wrapped keeps one paragraph per line.
/// </summary>
internal static class LineUnwrapper
{
    private const int MinWrappedLines = 3;
    private const int MinWrapWidth = 40;
    private const int MaxWrapWidth = 100;

    public static List<Range> Paragraphs(string text, List<Range> lines)
    {
        var width = WrapWidth(text, lines);
        if (width is null)
            return lines;

        var blocks = new List<Range>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (start, end) = (lines[i].Start.Value, lines[i].End.Value);
            // A wrapped line fills the column; the last line of a paragraph stops short of it.
            while (i + 1 < lines.Count && end - start > 0 && Length(text, lines[i]) >= width * 3 / 4 && Continues(text, lines[i + 1]))
                end = lines[++i].End.Value;
            blocks.Add(new Range(start, end));
        }

        return blocks;
    }

    /// <summary>The column the copy is wrapped at, or null when most long lines do not share one.</summary>
    private static int? WrapWidth(string text, List<Range> lines)
    {
        var lengths = lines.Select(l => Length(text, l)).Where(n => n >= MinWrapWidth).ToList();
        var wrapped = lengths.Count(n => n <= MaxWrapWidth);
        // Lines that end mid-sentence are what wrapping leaves behind; one-paragraph-per-line copy ends its lines on punctuation.
        var open = lines.Count(l => Length(text, l) is >= MinWrapWidth and <= MaxWrapWidth && !EndsSentence(text, l));
        if (wrapped < MinWrappedLines || wrapped * 10 < lengths.Count * 8 || open * 3 < wrapped)
            return null;
        return lengths.Where(n => n <= MaxWrapWidth).Max();
    }

    private static bool Continues(string text, Range next)
    {
        var line = text.AsSpan(next);
        return !line.Trim().IsEmpty && !(line[0] is ' ' or '\t');
    }

    private static bool EndsSentence(string text, Range line)
    {
        var trimmed = text.AsSpan(line).TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or '"' or '\u201D' or ':';
    }

    private static int Length(string text, Range line) => text.AsSpan(line).TrimEnd().Length;
}
