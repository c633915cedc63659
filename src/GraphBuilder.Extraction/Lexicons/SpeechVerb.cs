namespace GraphBuilder.Extraction.Lexicons;

/// <summary>A reporting verb form: whether it denies, and whether it reports speech only with a "that" clause or a quote.</summary>
internal sealed record SpeechVerb(string Lemma, bool Denies, bool NeedsClause = false, bool NounLike = false);
