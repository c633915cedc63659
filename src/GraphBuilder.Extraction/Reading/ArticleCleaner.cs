using System.Text.RegularExpressions;

namespace GraphBuilder.Extraction.Reading;

/// <summary>
/// Splits raw article text into lines, drops web boilerplate, keeps prose paragraphs and reads the
/// title, outlet and publication date from the header lines.
/// </summary>
internal sealed partial class ArticleCleaner
{
    private const int HeaderLines = 12;
    private const int TitleFallbackLength = 100;
    private const int MaxBoilerplateLength = 400;

    public CleanArticle Clean(string text)
    {
        var lines = LineUnwrapper.Paragraphs(text, Lines(text));
        var paragraphs = new List<Range>();
        string? title = null, outlet = null, published = null;

        for (var i = 0; i < lines.Count; i++)
        {
            var line = text.AsSpan(lines[i]).Trim();
            if (line.IsEmpty)
                continue;
            // Navigation, bylines and dates are short lines; a long line is prose, and never run
            // through the boilerplate patterns (hostile input can be one 50 MB line).
            var shortLine = line.Length <= MaxBoilerplateLength;
            if (shortLine && TailMarker().IsMatch(line) && paragraphs.Count > 0)
                break; // "Latest Contents", "You May Also Like": the rest of the page is other stories.

            if (shortLine && i < HeaderLines)
            {
                published ??= DateReader.Find(line);
                outlet ??= Byline(line);
            }

            if (shortLine && Boilerplate().IsMatch(line))
                continue;
            // The headline: the first short line of the header that does not end like a sentence.
            if (title is null && paragraphs.Count == 0 && i < HeaderLines && LooksLikeTitle(line) && line.Count(' ') < 25 && !EndsLikeSentence(line))
            {
                title = line.ToString();
                continue;
            }

            if (!IsProse(line))
                continue;
            if (paragraphs.Count == 0 && Dateline().Match(text, lines[i].Start.Value, Math.Min(MaxBoilerplateLength, lines[i].End.Value - lines[i].Start.Value)) is { Success: true } dateline)
            {
                // "LAGOS, March 3 (Reuters) - …": the dateline is a paragraph of its own, so its place
                // is read as a place and the first sentence starts where the story does.
                outlet ??= dateline.Groups["outlet"].Success ? dateline.Groups["outlet"].Value.Trim() : null;
                var body = dateline.Index + dateline.Length;
                paragraphs.Add(new Range(lines[i].Start, body));
                paragraphs.Add(new Range(body, lines[i].End));
                continue;
            }

            paragraphs.Add(lines[i]);
        }

        title ??= paragraphs.Count > 0 ? Opening(text.AsSpan(paragraphs[0]).Trim()) : null;
        return new CleanArticle(text, paragraphs, title, outlet, published);
    }

    private static List<Range> Lines(string text)
    {
        var lines = new List<Range>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                var end = i > start && text[i - 1] == '\r' ? i - 1 : i;
                lines.Add(new Range(start, end));
                start = i + 1;
            }
        }

        return lines;
    }

    /// <summary>Prose ends like a sentence; headings, bylines, captions and links do not.</summary>
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        var last = line[^1];
        if (last is '.' or '!' or '?' or '…' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ':' or ';')
            return line.Count(' ') >= 1;
        return line.Count(' ') >= 25;
    }

    /// <summary>
    /// A full stop, possibly inside closing quote marks ("delight.''", "said.”"), ends a sentence; a
    /// headline in title case may end that way too ("Museum Will Tell of 'Suffering and Delight.'").
    /// </summary>
    private static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        if (line[^1] is '.' or '"' or '\u201D')
            return true;
        var end = line.TrimEnd("'\u2019");
        if (end.Length == line.Length || end.Length == 0 || end[^1] != '.')
            return false;
        var words = line.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Count(w => char.IsUpper(w.TrimStart('\'', '\u2018')[0])) * 5 < words.Length * 3;
    }

    private static bool LooksLikeTitle(ReadOnlySpan<char> line) =>
        line.Count(' ') >= 2 && DateReader.Find(line) is null && !line.StartsWith("By ", StringComparison.Ordinal);

    private static string? Byline(ReadOnlySpan<char> line)
    {
        var m = BylinePattern().Match(line.ToString());
        return m.Success ? m.Groups["outlet"].Value.Trim() : null;
    }

    /// <summary>An article without a headline is known by its opening words.</summary>
    private static string Opening(ReadOnlySpan<char> paragraph)
    {
        if (paragraph.Length <= TitleFallbackLength)
            return paragraph.ToString();
        var cut = paragraph[..TitleFallbackLength].LastIndexOf(' ');
        return string.Concat(paragraph[..(cut > 0 ? cut : TitleFallbackLength)], "…");
    }

    [GeneratedRegex(@"^(latest (contents|stories|news|articles)|you may also like|popular now|related (articles|stories|posts|news)|more (stories|from)|recommended( for you)?|most (read|popular)|trending( now)?|read next|also read)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TailMarker();

    [GeneratedRegex(@"^(comments?\s*\d*|share( this)?|tweet|email|print|advertisement|subscribe\b.*|sign (up|in)\b.*|log in|previous post.*|next post.*|read (entire|full|the rest|more)\b.*|click here\b.*|quick access\b.*|skip to\b.*|follow us\b.*|source:.*|image:.*|photo:.*|credit:.*|.*\|\s*via \w+.*)$|//=|do_shortcode|\{\{|<%|pic\.twitter\.com", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

    [GeneratedRegex(@"\G\s*[A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+)*(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})? ?(?:\((?<outlet>[^)]{2,30})\))? ?(?:--|[-\u2013\u2014]) ")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^By\s+(?<outlet>[^|(\n]{2,60}?)\s*(\(|\|)")]
    private static partial Regex BylinePattern();
}
