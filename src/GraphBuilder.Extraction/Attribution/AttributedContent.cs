namespace GraphBuilder.Extraction.Attribution;

/// <summary>
/// A found attribution: the speaker, the reporting verb's lemma, the content as character offsets,
/// and the cue's token (used to prefer the innermost of nested attributions).
/// </summary>
internal sealed record AttributedContent(Speaker Speaker, string Verb, bool DenialVerb, int ContentStart, int ContentEnd, int CueToken, int FirstSentence, int LastSentence)
{
    /// <summary>Whether the content is a direct quote (which a following quote may continue).</summary>
    public bool Quoted { get; init; }
}
