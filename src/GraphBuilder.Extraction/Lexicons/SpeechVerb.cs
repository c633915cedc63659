namespace GraphBuilder.Extraction.Lexicons;

/// <summary>A reporting verb form and whether it denies rather than states.</summary>
internal sealed record SpeechVerb(string Lemma, bool Denies);
