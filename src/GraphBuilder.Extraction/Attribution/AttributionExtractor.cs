using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution;

/// <summary>
/// Finds who said what: direct quotes ("…," X said / X said, "…"), indirect speech (X said that …;
/// …, X said), mixed quotes, "according to X", and quotes that continue the previous speaker.
/// </summary>
internal sealed class AttributionExtractor(Lexicon lexicon)
{
    private const int MinContentWords = 3;
    private const int ThatWindow = 12;
    private const int ClauseEndWindow = 6;
    private static readonly HashSet<string> SharesSubject = Lexicon.Default.Sets.Set("shares-subject");
    private static readonly HashSet<string> BeforeThat = Lexicon.Default.Sets.Set("before-that");
    private static readonly HashSet<string> Subordinators = Lexicon.Default.Sets.Set("subordinators");
    private static readonly HashSet<string> AdverbialOpeners = Lexicon.Default.Sets.Set("adverbial-openers");
    private static readonly HashSet<string> Determiners = Lexicon.Default.Sets.Set("determiners");
    private static readonly HashSet<string> FiniteAuxiliaries = Lexicon.Default.Sets.Set("finite-auxiliaries");

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
                if (Cue(doc, t, sentence) is not { } verb)
                    continue;
                var earlier = found.Count > before ? found[^1].Speaker : null;
                var attribution = verb.Lemma == "according"
                    ? According(doc, finder, sentence, t)
                    : Reported(doc, finder, sentence, t, verb, earlier);
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

        // "refused to say", "a state reception", "his comments": not a report of speech.
        return t > sentence.FirstToken && Determiners.Contains(doc.Span(doc.Tokens[t - 1]).ToString()) ? null : verb;
    }

    private AttributedContent? Reported(ArticleDocument doc, SpeakerFinder finder, Sentence sentence, int verbToken, SpeechVerb verb, Speaker? earlierInSentence)
    {
        var speaker = finder.Before(verbToken, sentence.FirstToken);
        var subjectStart = finder.SubjectStart ?? verbToken;
        var inverted = false;
        if (speaker is null && (verbToken == sentence.FirstToken || doc.Tokens[verbToken - 1].Kind == TokenKind.Punct || doc.Tokens[verbToken - 1].InQuote))
        {
            speaker = finder.After(verbToken + 1, sentence.EndToken);
            inverted = speaker is not null;
            subjectStart = verbToken;
        }

        // "…, saying", "began by saying", "said A and suggested B": the verb shares the clause's subject.
        // '…," adding that': a closing quote mark may stand between the comma and the verb.
        var previous = verbToken - 1;
        while (previous > sentence.FirstToken && IsQuoteMark(doc, previous))
            previous--;
        var shared = verbToken > sentence.FirstToken && (doc.Span(doc.Tokens[verbToken]).EndsWith("ing") && SharesSubject.Contains(doc.Span(doc.Tokens[previous]).ToString()) || doc.Is(verbToken - 1, "and"));
        if (speaker is null && shared)
        {
            speaker = earlierInSentence ?? finder.SentenceSubject(sentence.FirstToken, verbToken);
            subjectStart = verbToken;
        }

        if (speaker is null)
            return null;

        // '"…," he said, adding that …': the quote before a shared verb belongs to the first one.
        var before = shared && subjectStart == verbToken ? null : QuoteBefore(doc, sentence, subjectStart);
        var quoted = before is { } b ? ThenQuote(doc, sentence, verbToken, b) : QuoteAfter(doc, sentence, verbToken, inverted);
        var content = quoted ?? Indirect(doc, sentence, verbToken, subjectStart, inverted, verb.NeedsClause);
        var minimum = verb.Denies ? 1 : quoted is not null ? 2 : MinContentWords;
        if (content is not { } span || Words(doc, span.Start, span.End) < minimum)
            return null;
        return Make(doc, speaker, verb, span, verbToken, sentence) with { Quoted = quoted is not null };
    }

    private AttributedContent? According(ArticleDocument doc, SpeakerFinder finder, Sentence sentence, int t)
    {
        var speaker = finder.After(t + 2, sentence.EndToken);
        if (speaker is null)
            return null;
        // '"…," according to X', "…, according to X" or "According to X, …".
        var content = QuoteBefore(doc, sentence, t) ?? ClauseBefore(doc, sentence, t) ?? ClauseAfterComma(doc, sentence, t + 2);
        return content is { } span && Words(doc, span.Start, span.End) >= MinContentWords
            ? Make(doc, speaker, new SpeechVerb("according to", false), span, t, sentence)
            : null;
    }

    private static (int Start, int End)? ClauseBefore(ArticleDocument doc, Sentence sentence, int t) =>
        Words(doc, doc.Tokens[sentence.FirstToken].Start, doc.Tokens[t].Start) >= MinContentWords
            ? (doc.Tokens[sentence.FirstToken].Start, TrimEnd(doc, doc.Tokens[t].Start))
            : null;

    private static (int Start, int End)? ClauseAfterComma(ArticleDocument doc, Sentence sentence, int from)
    {
        var comma = from;
        while (comma < sentence.EndToken && !doc.Is(comma, ","))
            comma++;
        return comma + 1 < sentence.EndToken ? (doc.Tokens[comma + 1].Start, SentenceEnd(doc, sentence)) : null;
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

    /// <summary>"…," X said: the quote that ends just before the attribution.</summary>
    private static (int Start, int End)? QuoteBefore(ArticleDocument doc, Sentence sentence, int subjectStart)
    {
        var at = doc.Tokens[subjectStart].Start;
        foreach (var quote in doc.Quotes)
        {
            // A quote from an earlier sentence counts only when it ended on "?" or "!", which the
            // sentence splitter had to treat as an end: '"How many times?" Clinton said.'
            if (quote.End > at || (quote.End < sentence.Start && !EndsWithQuestionOrExclamation(doc, quote)))
                continue;
            var gap = doc.Text.AsSpan(quote.End, at - quote.End);
            if (!IsPunctuationGap(gap))
                continue;
            var quoteOpensSentence = quote.Start < sentence.Start || IsPunctuationGap(doc.Text.AsSpan(sentence.Start, quote.Start - sentence.Start));
            return quoteOpensSentence ? (quote.Start, TrimEnd(doc, quote.End)) : (sentence.Start, TrimEnd(doc, at));
        }

        return null;
    }

    /// <summary>
    /// "…," he said, "…": a quote split by its attribution is one statement, from the first quote's
    /// start to the second's end.
    /// </summary>
    private static (int Start, int End) ThenQuote(ArticleDocument doc, Sentence sentence, int verbToken, (int Start, int End) first)
    {
        var after = doc.Tokens[verbToken].End;
        foreach (var quote in doc.Quotes)
        {
            if (quote.Start < after || quote.Start >= sentence.End)
                continue;
            var gap = doc.Text.AsSpan(after, quote.Start - after).TrimEnd("\"\u201C'` ");
            return gap.EndsWith(',') && gap.Length <= 120 ? (first.Start, TrimEnd(doc, quote.End)) : first;
        }

        return first;
    }

    /// <summary>X said, "…": the first quote after the verb in the same sentence, with no "that" before it.</summary>
    private static (int Start, int End)? QuoteAfter(ArticleDocument doc, Sentence sentence, int verbToken, bool inverted)
    {
        var after = doc.Tokens[verbToken].End;
        foreach (var quote in doc.Quotes)
        {
            if (quote.Start < after || quote.Start >= sentence.End)
                continue;
            // X said, "…" or X told reporters in Rome, "…": the quote is introduced by the verb. In
            // X said he has "big plans" the quote is part of indirect speech instead.
            var between = doc.Text.AsSpan(after, quote.Start - after).TrimEnd("\"\u201C'` ");
            // "He told Ms Lind: '…'": an object then a colon introduces the quote too.
            var introduced = IsPunctuationGap(between) || (!inverted && between.Length <= 80 && (between.EndsWith(',') || between.EndsWith(':')) && !between.Contains(" that ", StringComparison.Ordinal) && !HoldsAuxiliary(between));
            return introduced ? (quote.Start, TrimEnd(doc, quote.End)) : null;
        }

        return null;
    }

    /// <summary>Indirect speech: "…, X said." or "X said (that) …".</summary>
    private static (int Start, int End)? Indirect(ArticleDocument doc, Sentence sentence, int verbToken, int subjectStart, bool inverted, bool needsClause)
    {
        var opener = doc.Span(doc.Tokens[sentence.FirstToken]).ToString();
        // "…, estimates James Goodman": a verb that otherwise wants a that-clause reports the clause before it when it comes first.
        // A verb that otherwise wants a that-clause ("…, the minister has acknowledged") reports the clause around it too.
        if (subjectStart > sentence.FirstToken && doc.Is(subjectStart - 1, ",") && EndsClause(doc, sentence, verbToken))
        {
            // An attribution in the middle of the sentence: "Upon arrival, the agency said, they got
            // uniforms" reports the clause after it; "Another film, Mr Dams said, has won" all of it.
            if (!inverted && CommaAfterAside(doc, sentence, verbToken) is { } aside)
            {
                return Descriptors.Prepositions.Contains(opener) || Subordinators.Contains(opener) || AdverbialOpeners.Contains(opener)
                    ? (doc.Tokens[aside + 1].Start, SentenceEnd(doc, sentence))
                    : (sentence.Start, SentenceEnd(doc, sentence));
            }

            if (Words(doc, sentence.Start, doc.Tokens[subjectStart - 1].Start) >= MinContentWords)
                return (sentence.Start, TrimEnd(doc, doc.Tokens[subjectStart - 1].Start));
        }

        if (inverted)
            return null;
        var start = verbToken + 1;
        var hasThat = false;
        for (var k = verbToken + 1; k < Math.Min(sentence.EndToken, verbToken + ThatWindow); k++)
        {
            if (doc.Is(k, "that"))
            {
                start = k + 1;
                hasThat = true;
                break;
            }

            // "told the U.S. publication The War Zone that", "said on Tuesday that": only an object or adverbial may stand between.
            if (doc.Tokens[k].InQuote || doc.Tokens[k].Kind == TokenKind.Punct && !doc.Is(k, ".") || (char.IsLower(doc.Text[doc.Tokens[k].Start]) && !BeforeThat.Contains(doc.Span(doc.Tokens[k]).ToString())))
                break;
        }

        // "he believes the film does not sit well", "revealed all clubs were informed": a clause without its "that".
        if (needsClause && !hasThat && !IsClause(doc, verbToken + 1, sentence))
            return null;

        while (start < sentence.EndToken && doc.Tokens[start].Kind == TokenKind.Punct && !IsOpeningQuote(doc, start))
            start++;
        if (start >= sentence.EndToken)
            return null;
        var (from, to) = (doc.Tokens[start].Start, SentenceEnd(doc, sentence));
        // "When the mayor said that the budget had doubled, her rival laughed": the subordinate
        // clause ends at its comma; what follows is the main clause, not the report.
        if (Subordinators.Contains(opener) && ClauseComma(doc, sentence.FirstToken, sentence) is { } opening && opening > verbToken
            && ClauseComma(doc, start, sentence) is { } comma)
            to = doc.Tokens[comma].Start;
        // "Ms Alder, who said the vote was rigged, left early": a relative clause ends at its comma too.
        else if ((doc.Is(subjectStart, "who") || doc.Is(subjectStart, "which")) && ClauseComma(doc, start, sentence) is { } closing)
            to = doc.Tokens[closing].Start;
        // said that "the reports are accurate.": the closing mark is trimmed with the full stop, so
        // the opening one goes too; said that "the reports" are false keeps both.
        if (IsOpeningQuote(doc, start) && start + 1 < sentence.EndToken && doc.Text.AsSpan(from + 1, Math.Max(0, to - from - 1)).IndexOfAny("\"\u201D") < 0)
            from = doc.Tokens[start + 1].Start;
        return (from, to);
    }

    /// <summary>Words from <paramref name="from"/> up to the first punctuation hold a finite auxiliary after a subject.</summary>
    private static bool IsClause(ArticleDocument doc, int from, Sentence sentence)
    {
        for (var k = from + 1; k < Math.Min(sentence.EndToken, from + ThatWindow); k++)
        {
            if (doc.Tokens[k].Kind == TokenKind.Punct || doc.Tokens[k].InQuote)
                return false;
            if (FiniteAuxiliaries.Contains(doc.Span(doc.Tokens[k]).ToString()))
                return true;
        }

        return false;
    }

    /// <summary>"…, X said, the debt fell": the comma closing an attribution after which the sentence goes on.</summary>
    private static int? CommaAfterAside(ArticleDocument doc, Sentence sentence, int verbToken)
    {
        var comma = verbToken + 1;
        while (comma < sentence.EndToken && !doc.Is(comma, ",") && comma - verbToken < ClauseEndWindow)
            comma++;
        if (comma + 1 >= sentence.EndToken || !doc.Is(comma, ",") || doc.Tokens[comma + 1].InQuote)
            return null;
        // ", adding that …", ", in a statement": another cue or an adverbial, not the rest of the report.
        var first = doc.Span(doc.Tokens[comma + 1]).ToString();
        if (first.EndsWith("ing", StringComparison.Ordinal) || Descriptors.Prepositions.Contains(first) || first is "according" or "citing")
            return null;
        return Words(doc, doc.Tokens[comma + 1].Start, doc.Tokens[sentence.EndToken - 1].End) >= MinContentWords ? comma : null;
    }

    /// <summary>The first comma outside quotes from <paramref name="from"/> on, if the sentence has one.</summary>
    private static int? ClauseComma(ArticleDocument doc, int from, Sentence sentence)
    {
        for (var k = from; k < sentence.EndToken; k++)
        {
            if (doc.Is(k, ",") && !doc.Tokens[k].InQuote)
                return k;
        }

        return null;
    }

    /// <summary>"…, X said." or "…, X said, with …": nothing but a short adverbial follows the verb.</summary>
    private static bool EndsClause(ArticleDocument doc, Sentence sentence, int verbToken)
    {
        for (var k = verbToken + 1; k < Math.Min(sentence.EndToken, verbToken + ClauseEndWindow); k++)
        {
            if (doc.Is(k, "that") || doc.Tokens[k].InQuote)
                return false;
            if (doc.Is(k, ",") || doc.Is(k, ".") || doc.Is(k, ";") || doc.Is(k, ":") || doc.Is(k, "\u2014"))
                return true;
            // Only an adverbial may follow: "said on Monday", "said of the North Koreans", not an object.
            var word = doc.Span(doc.Tokens[k]).ToString();
            if (doc.Tokens[k].Kind == TokenKind.Punct ? !doc.Is(k, "(") && !doc.Is(k, ")") : char.IsLower(word[0]) && !BeforeThat.Contains(word))
                return false;
        }

        return verbToken + ClauseEndWindow >= sentence.EndToken;
    }

    /// <summary>A quote paragraph or sentence with no attribution of its own continues the last speaker.</summary>
    private static void Continuation(ArticleDocument doc, SpeakerFinder finder, Sentence sentence, List<AttributedContent> found)
    {
        if (finder.LastSpeaker is null || found.Count == 0 || !IsOpeningQuote(doc, sentence.FirstToken))
            return;
        var previous = found[^1];
        if (previous.ContentEnd > sentence.Start || previous.LastSentence < sentence.Index - 1 && doc.Sentences[previous.LastSentence].Paragraph != sentence.Paragraph)
            return;
        var quote = doc.Quotes.FirstOrDefault(q => q.Start > sentence.Start && q.Start <= sentence.Start + 2);
        if (quote is null)
            return;
        var end = TrimEnd(doc, quote.End);
        if (Words(doc, quote.Start, end) < MinContentWords)
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
        var longestBySpeaker = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        var inside = new HashSet<AttributedContent>(ReferenceEqualityComparer.Instance);
        foreach (var a in found.OrderBy(a => a.ContentStart).ThenByDescending(a => a.ContentEnd))
        {
            if (longestBySpeaker.TryGetValue(a.Speaker.Key, out var longest) && longest.End >= a.ContentEnd && longest != (a.ContentStart, a.ContentEnd))
                inside.Add(a);
            else if (!longestBySpeaker.TryGetValue(a.Speaker.Key, out longest) || a.ContentEnd > longest.End)
                longestBySpeaker[a.Speaker.Key] = (a.ContentStart, a.ContentEnd);
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

    /// <summary>"said it was better than waiting, "…"": a finite verb makes the words before the quote a clause of their own.</summary>
    private static bool HoldsAuxiliary(ReadOnlySpan<char> text)
    {
        foreach (var range in text.SplitAny(" ,"))
        {
            if (FiniteAuxiliaries.Contains(text[range].ToString()))
                return true;
        }

        return false;
    }

    private static bool EndsWithQuestionOrExclamation(ArticleDocument doc, Quote quote)
    {
        var end = TrimEnd(doc, quote.End);
        return end > quote.Start && doc.Text[end - 1] is '?' or '!';
    }

    private static bool IsPunctuationGap(ReadOnlySpan<char> gap)
    {
        foreach (var c in gap)
        {
            if (!(char.IsWhiteSpace(c) || c is ',' or '"' or '\'' or '\u201D' or '\u201C' or '\u2014' or '-' or '.' or '?' or '!' or ':'))
                return false;
        }

        return true;
    }

    private static bool IsQuoteMark(ArticleDocument doc, int t) =>
        doc.Tokens[t].Kind == TokenKind.Punct && doc.Text[doc.Tokens[t].Start] is '"' or '\u201D' or '\u201C' or '\'' or '\u2019';

    private static bool IsOpeningQuote(ArticleDocument doc, int t) =>
        t < doc.Tokens.Length && (doc.Text[doc.Tokens[t].Start] is '"' or '\u201C' or '`' || doc.Text.AsSpan(doc.Tokens[t].Start).StartsWith("''", StringComparison.Ordinal));

    private static int SentenceEnd(ArticleDocument doc, Sentence sentence) => TrimEnd(doc, sentence.End);

    /// <summary>Moves an end offset back over closing punctuation and spaces.</summary>
    private static int TrimEnd(ArticleDocument doc, int end)
    {
        while (end > 0 && (char.IsWhiteSpace(doc.Text[end - 1]) || doc.Text[end - 1] is ',' or '.' or ';' or ':' or '\u2014' or '-' or '"' or '\'' or '\u201D' or '\u201C'))
            end--;
        return end;
    }

    private static int Words(ArticleDocument doc, int start, int end)
    {
        var count = 0;
        var inWord = false;
        for (var i = start; i < end && count <= MinContentWords; i++)
        {
            var letter = char.IsLetterOrDigit(doc.Text[i]);
            if (letter && !inWord)
                count++;
            inWord = letter;
        }

        return count;
    }
}
