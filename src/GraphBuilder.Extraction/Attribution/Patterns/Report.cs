using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution.Patterns;

/// <summary>
/// A reporting cue whose speaker is known, for the content patterns to read: where the subject starts,
/// whether it follows the verb ("…, said X"), and whether the verb shares an earlier subject ("…, saying").
/// </summary>
internal sealed record Report(ArticleDocument Doc, Sentence Sentence, int Cue, SpeechVerb Verb, int SubjectStart, bool Inverted, bool SharedSubject);
