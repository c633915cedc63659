using GraphBuilder.Extraction.Attribution.Patterns;
using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution;

/// <summary>
/// Finds who said what. For each reporting cue the <see cref="SpeakerFinder"/> names the speaker (the
/// subject before the verb, the name after it, the subject an "…, adding" shares, the source after
/// "according to"); then the content patterns are tried in order and the first that finds the reported
/// words wins. A quote with no attribution of its own continues the last speaker.
/// </summary>
internal sealed class AttributionExtractor(Lexicon lexicon)
{
    /// <summary>The layouts of a report around a reporting verb, most specific first.</summary>
    private static readonly IContentPattern[] VerbPatterns =
    [
        new QuoteAroundAttribution(),  // '"…," X said' and '"…," X said, "…"'
        new IntroducedQuote(),         // 'X said: "…"'
        new ClauseAroundAttribution(), // '…, X said.' and '…, X said, …'
        new ReportedClause(),          // 'X said (that) …'
    ];

    /// <summary>The layouts around "according to X".</summary>
    private static readonly IContentPattern[] SourcePatterns =
    [
        new QuoteAroundAttribution(),  // '"…," according to X'
        new SourceClause(),            // '…, according to X' and 'According to X, …'
    ];

    /// <summary>The layout of a passive report: its subject is what was said.</summary>
    private static readonly IContentPattern[] PassivePatterns = [new PassiveSubject()];

    /// <summary>The layout after a reporting noun: its that-clause.</summary>
    private static readonly IContentPattern[] OwnedPatterns = [new ReportedClause()];

    private static readonly HashSet<string> ReportingNouns = Lexicon.Default.Sets.Set("reporting-nouns");
    private static readonly HashSet<string> ReferringDeterminers = Lexicon.Default.Sets.Set("referring-determiners");
    private static readonly HashSet<string> DenialNouns = Lexicon.Default.Sets.Set("denial-nouns");
    private static readonly HashSet<string> PassiveAuxiliaries = Lexicon.Default.Sets.Set("passive-auxiliaries");
    private static readonly SpeechVerb AccordingTo = new("according to", false);
    private static readonly HashSet<string> SharesSubject = Lexicon.Default.Sets.Set("shares-subject");

    public List<AttributedContent> Extract(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions, IReadOnlyList<PersonRole> roles)
    {
        var finder = new SpeakerFinder(doc, mentions, roles, lexicon);
        var found = new List<AttributedContent>();
        var lastParagraph = -1;
        foreach (var sentence in doc.Sentences)
        {
            if (sentence.Paragraph > lastParagraph + 1)
                finder.LastSpeaker = null; // salience does not jump over a paragraph without speech
            var before = found.Count;
            finder.EnterSentence(sentence);
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                // "Trump's claim that …" reads as a noun; "…, warning that …" falls back to the verb.
                var attribution = NounCue(doc, t, sentence) is { } noun ? Owned(doc, finder, sentence, t, noun) : null;
                if (attribution is null && Cue(doc, t, sentence) is { } verb)
                {
                    attribution = verb.Lemma == "according"
                        ? According(doc, finder, sentence, t)
                        : Reported(doc, finder, sentence, t, verb, found.Count > before ? found[^1].Speaker : null);
                }

                if (attribution is null)
                    continue;
                found.Add(attribution);
                finder.LastSpeaker = attribution.Speaker;
            }

            if (found.Count == before)
                Continuation(doc, finder, sentence, found);
            if (found.Count > before || found.Count > 0 && found[^1].LastSentence >= sentence.Index)
                lastParagraph = sentence.Paragraph;
        }

        return Innermost(doc, found);
    }

    private SpeechVerb? Cue(ArticleDocument doc, int t, Sentence sentence)
    {
        var token = doc.Tokens[t];
        if (token.Kind != TokenKind.Word || token.InQuote)
            return null;
        var word = doc.Span(token).ToString();
        if (word is "according" or "According")
            return t + 1 < sentence.EndToken && doc.Is(t + 1, "to") ? new SpeechVerb("according", false) : null;
        if (!char.IsLower(word[0]) || !lexicon.SpeechVerbs.TryGetValue(word, out var verb))
            return null;
        // A bare "state", "report" or "post" is far more often a noun than a verb.
        if (verb.NounLike && word.Equals(verb.Lemma, StringComparison.Ordinal))
            return null;
        // "Judge Alder, asked about the ruling, said …": a participle in an aside, not the report.
        if (verb.Lemma == "ask" && t > sentence.FirstToken && doc.Is(t - 1, ","))
            return null;
        for (var k = Math.Max(sentence.FirstToken, t - 3); k < t; k++)
        {
            var w = doc.Span(doc.Tokens[k]).ToString();
            if (w is "not" or "never" or "n't" or "without")
                return null;
        }

        // "refused to say", "a state reception", "his comments": not a report of speech; "continues to
        // insist", "went on to explain" are, with the second verb as the cue.
        if (t + 1 < sentence.EndToken && doc.Is(t + 1, "to") && Descriptors.CarryingOn.Contains(word))
            return null;
        if (t - 2 >= sentence.FirstToken && doc.Is(t - 1, "to") && Descriptors.CarryingOn.Contains(doc.Span(doc.Tokens[t - 2]).ToString()))
            return verb;
        return t > sentence.FirstToken && Descriptors.Determiners.Contains(doc.Span(doc.Tokens[t - 1]).ToString()) ? null : verb;
    }

    /// <summary>"Trump's claim that …", "the ministry's denial that …": a reporting noun before its clause.</summary>
    private static SpeechVerb? NounCue(ArticleDocument doc, int t, Sentence sentence)
    {
        if (t + 1 >= sentence.EndToken || !doc.Is(t + 1, "that") || doc.Tokens[t].InQuote)
            return null;
        var word = doc.Span(doc.Tokens[t]).ToString();
        return ReportingNouns.Contains(word) ? new SpeechVerb(word, DenialNouns.Contains(word), NeedsClause: true) : null;
    }

    private static AttributedContent? Reported(ArticleDocument doc, SpeakerFinder finder, Sentence sentence, int verbToken, SpeechVerb verb, Speaker? earlierInSentence)
    {
        // "That charge was denied by Mr Mandelson": the agent after "by" speaks, about the subject.
        if (PassiveSubjectEnd(doc, sentence, verbToken) is { } auxiliary)
        {
            return finder.After(verbToken + 2, sentence.EndToken) is { } agent
                ? Read(new Report(doc, sentence, verbToken, verb, auxiliary, Inverted: true, SharedSubject: false), agent, PassivePatterns)
                : null;
        }

        var speaker = finder.Before(verbToken, sentence.FirstToken);
        var subjectStart = finder.SubjectStart ?? verbToken;
        var inverted = false;
        if (speaker is null && (verbToken == sentence.FirstToken || doc.Tokens[verbToken - 1].Kind == TokenKind.Punct || doc.Tokens[verbToken - 1].InQuote))
        {
            speaker = finder.After(verbToken + 1, sentence.EndToken);
            inverted = speaker is not null;
            subjectStart = verbToken;
        }

        // "…, saying", "began by saying", "said A and suggested B", "backed it but has said": the verb shares the clause's subject.
        // '…," adding that': a closing quote mark may stand between the comma and the verb.
        var previous = verbToken - 1;
        while (previous > sentence.FirstToken && ReportText.IsQuoteMark(doc, previous))
            previous--;
        var conjunction = verbToken - 1;
        while (conjunction > sentence.FirstToken && Descriptors.VerbModifiers.Contains(doc.Span(doc.Tokens[conjunction]).ToString()))
            conjunction--;
        var shared = verbToken > sentence.FirstToken && (doc.Span(doc.Tokens[verbToken]).EndsWith("ing") && SharesSubject.Contains(doc.Span(doc.Tokens[previous]).ToString()) || doc.Is(conjunction, "and") || doc.Is(conjunction, "but"));
        if (speaker is null && shared)
        {
            speaker = earlierInSentence ?? finder.SentenceSubject(sentence.FirstToken, verbToken);
            subjectStart = verbToken;
        }

        return speaker is null ? null : Read(new Report(doc, sentence, verbToken, verb, subjectStart, inverted, shared), speaker, VerbPatterns);
    }

    private static AttributedContent? Owned(ArticleDocument doc, SpeakerFinder finder, Sentence sentence, int noun, SpeechVerb verb) =>
        finder.Owner(noun, sentence.FirstToken) is { } owner
            ? Read(new Report(doc, sentence, noun, verb, noun, Inverted: false, SharedSubject: false), owner, OwnedPatterns)
            : null;

    /// <summary>Where the auxiliaries of a passive report start ("was denied by", "has been rejected by"), if the verb is one.</summary>
    private static int? PassiveSubjectEnd(ArticleDocument doc, Sentence sentence, int verbToken)
    {
        if (verbToken + 2 >= sentence.EndToken || !doc.Is(verbToken + 1, "by"))
            return null;
        var k = verbToken;
        while (k > sentence.FirstToken && PassiveAuxiliaries.Contains(doc.Span(doc.Tokens[k - 1]).ToString()))
            k--;
        return k < verbToken && k > sentence.FirstToken ? k : null;
    }

    private static AttributedContent? According(ArticleDocument doc, SpeakerFinder finder, Sentence sentence, int t) =>
        finder.After(t + 2, sentence.EndToken) is { } source
            ? Read(new Report(doc, sentence, t, AccordingTo, t, Inverted: true, SharedSubject: false), source, SourcePatterns)
            : null;

    /// <summary>The content of the first pattern that reads the report, if it has words enough to be a statement.</summary>
    private static AttributedContent? Read(Report report, Speaker speaker, IContentPattern[] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (pattern.Find(report) is not { } span)
                continue;
            span = ReferredClaim(report, span) ?? span;
            var minimum = report.Verb.Denies ? 1 : pattern.Quoted && report.Verb != AccordingTo ? 2 : ReportText.MinContentWords;
            return ReportText.Words(report.Doc, span.Start, span.End) >= minimum
                ? Make(report.Doc, speaker, report.Verb, span, report.Cue, report.Sentence) with { Quoted = pattern.Quoted }
                : null;
        }

        return null;
    }

    /// <summary>
    /// "amid claims that Mr Hale is part of a plot. That charge was denied by Mr Hale": a content of
    /// only "that charge" or "these claims" stands for the claim's clause in the sentence before or
    /// earlier in the same sentence.
    /// </summary>
    private static (int Start, int End)? ReferredClaim(Report report, (int Start, int End) span)
    {
        var (doc, sentence) = (report.Doc, report.Sentence);
        var first = doc.TokenAt(span.Start);
        // "those rumours on Friday": an adjunct may follow the noun.
        if (first < 0 || first + 2 > doc.Tokens.Length || doc.Tokens[first + 1].End != span.End && !(first + 2 < doc.Tokens.Length && Descriptors.Prepositions.Contains(doc.Span(doc.Tokens[first + 2]).ToString()))
            || !ReferringDeterminers.Contains(doc.Span(doc.Tokens[first]).ToString()) || !ReportingNouns.Contains(doc.Span(doc.Tokens[first + 1]).ToString()))
            return null;
        var from = sentence.Index > 0 ? doc.Sentences[sentence.Index - 1].FirstToken : sentence.FirstToken;
        for (var k = first - 1; k >= from; k--)
        {
            if (doc.Is(k + 1, "that") && ReportingNouns.Contains(doc.Span(doc.Tokens[k]).ToString()) && !doc.Tokens[k].InQuote && k + 2 < first)
            {
                var claim = doc.Sentences[doc.Tokens[k].Sentence];
                return (doc.Tokens[k + 2].Start, ReportText.SentenceEnd(doc, claim));
            }
        }

        return null;
    }

    private static AttributedContent Make(ArticleDocument doc, Speaker speaker, SpeechVerb verb, (int Start, int End) span, int cue, Sentence sentence)
    {
        var first = sentence.Index;
        while (first > 0 && doc.Sentences[first - 1].End > span.Start)
            first--;
        var last = sentence.Index;
        while (last + 1 < doc.Sentences.Count && doc.Sentences[last + 1].Start < span.End)
            last++;
        return new AttributedContent(speaker, verb.Lemma, verb.Denies, span.Start, span.End, cue, first, last);
    }

    /// <summary>A quote paragraph or sentence with no attribution of its own continues the last speaker.</summary>
    private static void Continuation(ArticleDocument doc, SpeakerFinder finder, Sentence sentence, List<AttributedContent> found)
    {
        if (finder.LastSpeaker is null || found.Count == 0 || !ReportText.IsOpeningQuote(doc, sentence.FirstToken))
            return;
        var previous = found[^1];
        if (previous.ContentEnd > sentence.Start || previous.LastSentence < sentence.Index - 1 && doc.Sentences[previous.LastSentence].Paragraph != sentence.Paragraph)
            return;
        var quote = doc.Quotes.FirstOrDefault(q => q.Start > sentence.Start && q.Start <= sentence.Start + 2);
        if (quote is null)
            return;
        var end = ReportText.TrimEnd(doc, quote.End);
        if (ReportText.Words(doc, quote.Start, end) < ReportText.MinContentWords)
            return;
        var last = sentence.Index;
        while (last + 1 < doc.Sentences.Count && doc.Sentences[last + 1].Start < end)
            last++;
        if (previous.Quoted && previous.LastSentence == sentence.Index - 1 && doc.Sentences[previous.LastSentence].Paragraph == sentence.Paragraph && previous.Speaker == finder.LastSpeaker)
        {
            // '"…," O'Brien said. "…"': the quote goes on after its attribution; one statement.
            found[^1] = previous with { ContentEnd = end, LastSentence = last };
            return;
        }

        found.Add(new AttributedContent(finder.LastSpeaker, previous.Verb, false, quote.Start, end, doc.Tokens.Length, sentence.Index, last) { Quoted = true });
    }

    /// <summary>
    /// "Reuters reported that Kirby stated, '…'": when one attribution's content holds another's quoted
    /// cue, the inner speaker said those words and the outer attribution is dropped. A statement inside
    /// a longer one of the same speaker ('"…," he said, adding, "…"') is dropped too, and where two
    /// share a span, the quote's own attribution beats "continues the last speaker".
    /// Sorted lookups keep this linear-logarithmic: hostile text can hold thousands of cues.
    /// </summary>
    private static List<AttributedContent> Innermost(ArticleDocument doc, List<AttributedContent> found)
    {
        var quotedCues = found.Where(b => b.Quoted && b.CueToken < doc.Tokens.Length).OrderBy(b => doc.Tokens[b.CueToken].Start).ToList();
        var cueStarts = quotedCues.Select(b => doc.Tokens[b.CueToken].Start).ToArray();
        var longestBySpeaker = new Dictionary<string, AttributedContent>(StringComparer.Ordinal);
        var inside = new HashSet<AttributedContent>(ReferenceEqualityComparer.Instance);
        foreach (var a in found.OrderBy(a => a.ContentStart).ThenByDescending(a => a.ContentEnd))
        {
            if (longestBySpeaker.TryGetValue(a.Speaker.Key, out var longest) && longest.ContentEnd >= a.ContentEnd && (longest.ContentStart, longest.ContentEnd) != (a.ContentStart, a.ContentEnd))
            {
                // "Poll explains decision Referee Graham Poll said he …" (a headline run into the body):
                // nobody reports their own saying by name, so the named inner report is the statement.
                if (NamedInside(a, longest))
                {
                    inside.Add(longest);
                    longestBySpeaker[a.Speaker.Key] = a;
                }
                else
                {
                    inside.Add(a);
                }
            }
            else if (longest is null || a.ContentEnd > longest.ContentEnd)
            {
                longestBySpeaker[a.Speaker.Key] = a;
            }
        }

        var kept = new List<AttributedContent>(found.Count);
        var spans = new Dictionary<(int, int), int>();
        foreach (var a in found)
        {
            if (inside.Contains(a) || HoldsAnother(a))
                continue;
            if (!spans.TryGetValue((a.ContentStart, a.ContentEnd), out var twin))
            {
                spans[(a.ContentStart, a.ContentEnd)] = kept.Count;
                kept.Add(a);
            }
            else if (kept[twin].CueToken >= doc.Tokens.Length)
            {
                kept[twin] = a;
            }
        }

        return kept;

        // Unless a quote runs between them ('"…," Austin said, adding, "…"' is one statement).
        bool NamedInside(AttributedContent inner, AttributedContent outer)
        {
            if (outer.Quoted || inner.CueToken >= doc.Tokens.Length || doc.Tokens[inner.CueToken].Start < outer.ContentStart
                || inner.Speaker.Surface is not { Length: > 0 } surface || Descriptors.Pronouns.Contains(surface))
                return false;
            var before = doc.Text.AsSpan(outer.ContentStart, doc.Tokens[inner.CueToken].Start - outer.ContentStart);
            return before.Contains(surface, StringComparison.Ordinal) && before.IndexOfAny("\"\u201c\u201d") < 0;
        }

        bool HoldsAnother(AttributedContent a)
        {
            var i = Array.BinarySearch(cueStarts, a.ContentStart);
            for (i = i < 0 ? ~i : i; i < cueStarts.Length && cueStarts[i] < a.ContentEnd; i++)
            {
                var b = quotedCues[i];
                if (b != a && b.Speaker.Key != a.Speaker.Key && doc.Tokens[b.CueToken].End <= a.ContentEnd)
                    return true;
            }

            return false;
        }
    }
}
