namespace GraphBuilder.Extraction.Model;

/// <summary>
/// Something a speaker said in an article. <paramref name="Start"/> and <paramref name="End"/> are
/// character offsets of <paramref name="Text"/> in the original article text; <paramref name="Sentence"/>
/// is the whole sentence (or sentences) that carry it.
/// </summary>
public sealed record Statement(
    string Id,
    string SpeakerId,
    StatementKind Kind,
    string Verb,
    string Text,
    string ArticleId,
    string Sentence,
    int Start,
    int End,
    IReadOnlyList<string> About);
