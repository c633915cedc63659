using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Attribution;

/// <summary>
/// Finds the speaker of a reporting verb: the subject before it (skipping appositives and
/// parentheses), or the name after it ("…," said Frank Ledwidge). Pronouns and descriptions
/// ("he", "his office", "the agency", "the Pentagon chief") resolve to the salient speaker or to a
/// matching name earlier in the article.
/// </summary>
internal sealed class SpeakerFinder
{
    private const int MaxSubjectTokens = 12;
    private static readonly HashSet<string> RoleModifiers = Lexicon.Default.Sets.Set("role-modifiers");
    private static readonly HashSet<string> AsideParticiples = Lexicon.Default.Sets.Set("aside-participles");
    private static readonly HashSet<string> ClauseBoundaries = Lexicon.Default.Sets.Set("clause-boundaries");
    private static readonly HashSet<string> Documents = Lexicon.Default.Sets.Set("documents");
    private static readonly HashSet<string> AppositiveOpeners = Lexicon.Default.Sets.Set("appositive-openers");
    private readonly ArticleDocument _doc;
    private readonly IReadOnlyList<ResolvedMention> _mentions;
    private readonly IReadOnlyList<PersonRole> _roles;
    private readonly Lexicon _lexicon;
    private readonly int[] _endingAt;
    private readonly int[] _startingAt;
    private readonly Dictionary<string, char> _sex = new(StringComparer.Ordinal);
    private readonly List<Speaker> _people = [];

    public SpeakerFinder(ArticleDocument doc, IReadOnlyList<ResolvedMention> mentions, IReadOnlyList<PersonRole> roles, Lexicon lexicon)
    {
        _doc = doc;
        _mentions = mentions;
        _roles = roles;
        _lexicon = lexicon;
        _endingAt = new int[doc.Tokens.Length];
        _startingAt = new int[doc.Tokens.Length];
        Array.Fill(_endingAt, -1);
        Array.Fill(_startingAt, -1);
        for (var i = 0; i < mentions.Count; i++)
        {
            // Later, longer or more specific mentions win: a person over the country in its title.
            var end = mentions[i].End - 1;
            if (_endingAt[end] < 0 || Rank(mentions[i]) >= Rank(mentions[_endingAt[end]]))
                _endingAt[end] = i;
            if (_startingAt[mentions[i].First] < 0 || Rank(mentions[i]) > Rank(mentions[_startingAt[mentions[i].First]]))
                _startingAt[mentions[i].First] = i;
            if (mentions[i].Type == EntityType.Person && Sex(mentions[i]) is { } sex)
                _sex.TryAdd(mentions[i].Key, sex);
        }
    }

    /// <summary>What the text shows of a person's sex: "Mr", "Ms", or a given name mostly borne by one sex.</summary>
    private char? Sex(ResolvedMention m)
    {
        var title = m.Mention.Title;
        if (title is not null)
        {
            if (title.StartsWith("Mr", StringComparison.Ordinal) && !title.StartsWith("Mrs", StringComparison.Ordinal))
                return 'm';
            if (title.StartsWith("Ms", StringComparison.Ordinal) || title.StartsWith("Mrs", StringComparison.Ordinal) || title.StartsWith("Miss", StringComparison.Ordinal))
                return 'f';
        }

        var space = m.Name.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && _lexicon.GivenNames.TryGetValue(m.Name[..space], out var sex) && sex != 'u' ? sex : null;
    }

    /// <summary>The most recent speaker, for "it", "they" and continued quotes.</summary>
    public Speaker? LastSpeaker
    {
        get;
        set
        {
            field = value;
            if (value is { Type: EntityType.Person } or { BySpokesperson: true })
                SalientPerson = value;
        }
    }

    /// <summary>The person "he" or "she" most likely means: the last person speaking or opening a sentence.</summary>
    public Speaker? SalientPerson
    {
        get => _people.Count > 0 ? _people[^1] : null;
        private set
        {
            if (value is null)
                return;
            _people.RemoveAll(p => p.Key == value.Key);
            _people.Add(value);
        }
    }

    /// <summary>"his office", "her claim", "its report": the person or body a possessive pronoun stands for.</summary>
    private Speaker? PronounOwner(string word) =>
        word.Equals("his", StringComparison.OrdinalIgnoreCase) ? SalientOfSex('m') : word.Equals("her", StringComparison.OrdinalIgnoreCase) ? SalientOfSex('f') : LastSpeaker;

    /// <summary>
    /// "the minister said" with no minister named: the most recent person the text has not given
    /// another role ("journalist Ann Dyer", "party leader Tom Reed" cannot be the minister).
    /// </summary>
    private Speaker? SalientWithoutOtherRole(string noun)
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            var key = _people[i].Key;
            if (!_roles.Any(r => r.PersonKey == key && !Descriptors.Honorifics.Contains(r.Title)) || _roles.Any(r => r.PersonKey == key && r.Title.Contains(noun, StringComparison.OrdinalIgnoreCase)))
                return _people[i];
        }

        // Everyone has a role, and roles have synonyms: the press secretary may be "the spokesperson".
        return SalientPerson;
    }

    /// <summary>"he" skips the salient people the text shows to be women, "she" the men.</summary>
    private Speaker? SalientOfSex(char sex)
    {
        for (var i = _people.Count - 1; i >= 0; i--)
        {
            if (!_sex.TryGetValue(_people[i].Key, out var known) || known == sex)
                return _people[i];
        }

        return null;
    }

    /// <summary>A sentence whose subject is a named person makes that person salient.</summary>
    public void EnterSentence(Sentence sentence)
    {
        // "In a White House statement, President Obama condemned …": an opening adverbial holds no subject.
        var first = sentence.FirstToken;
        if (Descriptors.Prepositions.Contains(_doc.Span(_doc.Tokens[first]).ToString()) && ReportText.ClauseComma(_doc, first, sentence) is { } comma)
            first = comma + 1;
        for (var k = first; k < sentence.EndToken; k++)
        {
            if (_doc.Tokens[k].InQuote)
                continue;
            if (_startingAt[k] >= 0)
            {
                var m = _mentions[_endingAt[_mentions[_startingAt[k]].End - 1]];
                // "Moore's film …", "The problem with Gibson's film …", "The Republican vice presidential nominee …": a possessor,
                // a preposition's object or a name qualifying a role is not the sentence's subject, so
                // "he" still means whoever was speaking.
                if (EntityRecognizer.IsPossessiveMark(_doc, m.End) || k > sentence.FirstToken && Descriptors.Prepositions.Contains(_doc.Span(_doc.Tokens[k - 1]).ToString())
                    || m.End < sentence.EndToken && QualifiedRole(m.End))
                {
                    k = m.End - 1;
                    continue;
                }

                if (m.Type == EntityType.Person && !m.Tentative)
                    SalientPerson = FromMention(m);
                return;
            }

            if (Descriptors.Pronouns.Contains(_doc.Span(_doc.Tokens[k]).ToString()))
                return;
        }
    }

    public int? SubjectStart { get; private set; }

    private static int Rank(ResolvedMention m) => (m.Type == EntityType.Person ? 10 : 0) + (m.End - m.First);

    /// <summary>The subject before the verb at <paramref name="verb"/>, and the token where it starts.</summary>
    public Speaker? Before(int verb, int sentenceFirst)
    {
        SubjectStart = null;
        var k = verb - 1;
        while (k >= sentenceFirst && IsVerbModifier(k))
            k--;
        if (k - 1 > sentenceFirst && _doc.Is(k, "to") && Descriptors.CarryingOn.Contains(_doc.Span(_doc.Tokens[k - 1]).ToString()))
        {
            // "X continues to insist", "X went on to say"
            k -= 2;
            while (k >= sentenceFirst && (IsVerbModifier(k) || _doc.Is(k, "went") || _doc.Is(k, "goes")))
                k--;
        }

        if (k < sentenceFirst || _doc.Is(k, "and") || _doc.Is(k, "or") || _doc.Is(k, "but"))
            return null; // a second verb: "said … and suggested that"
        if (_doc.Is(k, ")"))
        {
            while (k > sentenceFirst && !_doc.Is(k, "("))
                k--;
            k--;
        }

        // "The state's campaign chairman, Phil Lovas, said", "Manufacturers' body, the EEF, said": the name
        // that fills the commas is the speaker.
        if (k > sentenceFirst && _doc.Is(k, ",") && _endingAt[k - 1] >= 0 && _mentions[_endingAt[k - 1]] is { Type: EntityType.Person or EntityType.Organization } named
            && FillsCommas(named, sentenceFirst))
        {
            SubjectStart = named.First;
            return FromMention(named);
        }

        // "Labour, which denies …", "Ms Ruiz, who said …": the relative pronoun stands for the name before its comma.
        if (k - 2 >= sentenceFirst && (_doc.Is(k, "which") || _doc.Is(k, "who")) && _doc.Is(k - 1, ",") && _endingAt[k - 2] >= 0
            && _mentions[_endingAt[k - 2]] is { Type: EntityType.Person or EntityType.Organization or EntityType.Country } antecedent)
        {
            SubjectStart = k;
            return FromMention(antecedent);
        }

        if (k >= sentenceFirst && _doc.Is(k, ",") && !_doc.Tokens[k].InQuote)
            k = SkipAppositive(k, sentenceFirst);
        if (k < sentenceFirst || _doc.Tokens[k].Kind == TokenKind.Punct || _doc.Tokens[k].InQuote)
            return null;

        var start = k;
        while (start > sentenceFirst && k - start < MaxSubjectTokens && !IsBoundary(start - 1))
            start--;
        SubjectStart = start;
        return Head(start, k + 1);
    }

    /// <summary>The speaker named after the verb: "said Frank Ledwidge", "according to the agency".</summary>
    public Speaker? After(int from, int sentenceEnd)
    {
        var limit = Math.Min(sentenceEnd, from + 8);
        // "according to former city council member Ana Ruiz", "said EEF chief economist, Steve Radley",
        // "according to media and PR strategist Glen Yearwood": whatever qualifies a role leads to the person.
        for (var k = from; k < limit && (!IsBoundary(k) || _doc.Is(k, "and") || IsCommaAfterRole(k)) && !_lexicon.SpeechVerbs.ContainsKey(_doc.Span(_doc.Tokens[k]).ToString()); k++)
        {
            if (_startingAt[k] >= 0 && _mentions[_startingAt[k]] is { Type: EntityType.Person, Tentative: false } person)
                return FromMention(person);
        }

        // "according to a report earlier this week from the British Retail Consortium": a document speaks for its author.
        for (var k = from; k < Math.Min(sentenceEnd, from + 3); k++)
        {
            if (Documents.Contains(_doc.Span(_doc.Tokens[k]).ToString()) && Author(k + 1, sentenceEnd) is { } author)
                return author;
        }

        ResolvedMention? fallback = null;
        for (var k = from; k < limit; k++)
        {
            if (_startingAt[k] >= 0)
            {
                // "said Democratic presidential nominee Hillary Clinton", "said White House spokesperson
                // John Kirby": the qualifiers lead to the person.
                var m = _mentions[_startingAt[k]];
                if (m.Type == EntityType.Person && !m.Tentative)
                    return FromMention(m);
                fallback ??= m;
                k = m.End - 1;
                continue;
            }

            if (fallback is not null)
            {
                if (_doc.Tokens[k].Kind == TokenKind.Punct || !char.IsLower(_doc.Text[_doc.Tokens[k].Start]))
                    break;
                continue;
            }

            var word = _doc.Span(_doc.Tokens[k]).ToString();
            if (Descriptors.Pronouns.Contains(word) && k == from)
                return Pronoun(word);
            if (char.IsLower(word[0]) && (Descriptors.Institutions.Contains(word) || Descriptors.PersonRoles.Contains(word) || Descriptors.Groups.Contains(word)))
                return Head(from, DescriptionEnd(k, sentenceEnd));
            // "according to the nonpartisan Congressional Budget Office", "a new Post-ABC News poll": adjectives
            // may lead to the name; a function word or another verb means the name, if any, is not the source.
            if (_doc.Tokens[k].Kind == TokenKind.Punct || char.IsLower(word[0]) && (Descriptors.Prepositions.Contains(word) || ClauseBoundaries.Contains(word) || Descriptors.FiniteAuxiliaries.Contains(word) || _lexicon.SpeechVerbs.ContainsKey(word)))
                return null;
        }

        if (fallback is null)
            return null;
        return NationalOf(fallback) ?? FromMention(fallback);
    }

    private bool IsCommaAfterRole(int k) =>
        _doc.Is(k, ",") && k > 0 && k + 1 < _doc.Tokens.Length && Descriptors.PersonRoles.Contains(_doc.Span(_doc.Tokens[k - 1]).ToString())
        && _startingAt[k + 1] >= 0 && _mentions[_startingAt[k + 1]].Type == EntityType.Person;

    /// <summary>The body named after "from", "by" or "of" within a few words of a document noun.</summary>
    private Speaker? Author(int from, int sentenceEnd)
    {
        for (var k = from; k < Math.Min(sentenceEnd - 1, from + 8) && !IsBoundary(k); k++)
        {
            if ((_doc.Is(k, "from") || _doc.Is(k, "by") || _doc.Is(k, "of")) && (_startingAt[k + 1] >= 0 || _doc.Is(k + 1, "the") && k + 2 < sentenceEnd && _startingAt[k + 2] >= 0))
            {
                var m = _mentions[_startingAt[_doc.Is(k + 1, "the") ? k + 2 : k + 1]];
                return m.Type is EntityType.Person or EntityType.Organization or EntityType.Country ? FromMention(_mentions[_endingAt[m.End - 1]]) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Who owns the reporting noun at <paramref name="noun"/>: "Trump's claim", "the ministry's earlier
    /// denial", "a New York Times report", "his claim".
    /// </summary>
    public Speaker? Owner(int noun, int sentenceFirst)
    {
        var k = noun - 1;
        while (k > sentenceFirst && noun - k <= 2 && _doc.Tokens[k].Kind == TokenKind.Word && char.IsLower(_doc.Text[_doc.Tokens[k].Start])
               && !Descriptors.PossessivePronouns.Contains(_doc.Span(_doc.Tokens[k]).ToString()) && !EntityRecognizer.IsPossessiveMark(_doc, k))
            k--;
        if (k < sentenceFirst)
            return null;
        var word = _doc.Span(_doc.Tokens[k]).ToString();
        if (Descriptors.PossessivePronouns.Contains(word))
            return PronounOwner(word);
        if (EntityRecognizer.IsPossessiveMark(_doc, k))
            k--;
        return k >= sentenceFirst && _endingAt[k] >= 0 && _mentions[_endingAt[k]] is { Type: EntityType.Person or EntityType.Organization or EntityType.Country } m
            ? FromMention(m)
            : null;
    }

    /// <summary>The first person or organisation named in the sentence: the subject of ", saying …".</summary>
    public Speaker? SentenceSubject(int sentenceFirst, int before)
    {
        for (var k = sentenceFirst; k < before; k++)
        {
            if (_doc.Tokens[k].InQuote)
                continue;
            if (_startingAt[k] >= 0 && _mentions[_startingAt[k]] is { Type: EntityType.Person or EntityType.Organization, Tentative: false } first)
            {
                // "Kremlin spokesperson Dmitry Peskov …, insisting": the person the organisation introduces.
                var next = first.End;
                while (next < before && next - first.End < 3 && _lexicon.RoleNouns.Contains(_doc.Span(_doc.Tokens[next]).ToString()))
                    next++;
                var m = next < before && _startingAt[next] >= 0 && _mentions[_startingAt[next]].Type == EntityType.Person ? _mentions[_startingAt[next]] : first;
                return FromMention(_mentions[_endingAt[m.End - 1]]);
            }

            if (Descriptors.Pronouns.Contains(_doc.Span(_doc.Tokens[k]).ToString()))
                return Pronoun(_doc.Span(_doc.Tokens[k]).ToString());
        }

        return null;
    }

    private bool FillsCommas(ResolvedMention m, int sentenceFirst)
    {
        var k = m.First - 1;
        if (k >= sentenceFirst && (_doc.Is(k, "the") || _doc.Is(k, "The")))
            k--;
        // "The minister, Mr. Guajardo Villarreal, argues": the honorific belongs to the name.
        if (k > sentenceFirst && _doc.Is(k, ".") && Descriptors.Honorifics.Contains(_doc.Span(_doc.Tokens[k - 1]).ToString()))
            k -= 2;
        else if (k >= sentenceFirst && Descriptors.Honorifics.Contains(_doc.Span(_doc.Tokens[k]).ToString()))
            k--;
        return m.Type == EntityType.Person ? k < sentenceFirst || _doc.Is(k, ",") : k >= sentenceFirst && _doc.Is(k, ",");
    }

    private int DescriptionEnd(int k, int sentenceEnd)
    {
        var end = k + 1;
        while (end < sentenceEnd && (Descriptors.Institutions.Contains(_doc.Span(_doc.Tokens[end]).ToString()) || Descriptors.PersonRoles.Contains(_doc.Span(_doc.Tokens[end]).ToString())))
            end++;
        return end;
    }

    private bool IsVerbModifier(int k)
    {
        var token = _doc.Tokens[k];
        if (token.Kind != TokenKind.Word || token.InQuote)
            return false;
        var word = _doc.Span(token);
        return Descriptors.VerbModifiers.Contains(word.ToString()) || (word.Length > 4 && word.EndsWith("ly") && char.IsLower(word[0]));
    }

    /// <summary>Steps back over ", the head of …," to the name it describes.</summary>
    private int SkipAppositive(int comma, int sentenceFirst)
    {
        for (var c = comma - 1; c > sentenceFirst && comma - c <= 30; c--)
        {
            if (!_doc.Is(c, ",") || _doc.Tokens[c].InQuote)
                continue;
            // "Rep. Gregory Meeks (D-N.Y.), chairman of …,": the name may carry a parenthesis.
            var name = c - 1;
            if (_doc.Is(name, ")"))
            {
                while (name > sentenceFirst && !_doc.Is(name, "("))
                    name--;
                name--;
            }

            if (name >= sentenceFirst && _endingAt[name] >= 0 && _mentions[_endingAt[name]].Type is EntityType.Person or EntityType.Organization or EntityType.Country && IsAppositiveStart(c + 1)
                && !IsPrepositionObject(_mentions[_endingAt[name]]))
                return name;
        }

        return comma;
    }

    /// <summary>"the foreign minister of France, a member of …,": a name after a preposition is inside an appositive.</summary>
    private bool IsPrepositionObject(ResolvedMention m)
    {
        var k = m.First - 1;
        if (k >= 0 && _doc.Is(k, "the"))
            k--;
        return k >= 0 && Descriptors.Prepositions.Contains(_doc.Span(_doc.Tokens[k]).ToString());
    }

    private bool IsAppositiveStart(int k)
    {
        var word = _doc.Span(_doc.Tokens[k]).ToString();
        // "Okafor, speaking to reporters, said", "Smith, asked about the plan, said": a participle opens an aside too.
        if (char.IsLower(word[0]) && (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5 || AsideParticiples.Contains(word)))
            return true;
        return AppositiveOpeners.Contains(word) || IsPartyAndState(word) || _lexicon.RoleNouns.Contains(word) || _lexicon.PersonTitles.Contains(word) || _doc.Tokens[k].Kind == TokenKind.Number
            || (_startingAt[k] >= 0 && (_mentions[_startingAt[k]].Type is EntityType.Country or EntityType.Organization || EntityRecognizer.IsPossessiveMark(_doc, _mentions[_startingAt[k]].End)))
            || QualifiedRole(k);
    }

    /// <summary>"Mitch McConnell, R-Ky., said": a US party initial and state.</summary>
    private static bool IsPartyAndState(string word) => word.Length is >= 3 and <= 8 && word[0] is 'R' or 'D' or 'I' && word[1] == '-' && char.IsUpper(word[2]);

    /// <summary>
    /// "political editor of …", "vice presidential nominee": lower-case words leading to a role noun.
    /// A verb between ("Moyes will discipline striker …") makes the role another person's.
    /// </summary>
    private bool QualifiedRole(int k)
    {
        for (var r = k; r < Math.Min(_doc.Tokens.Length, k + 4) && _doc.Tokens[r].Kind == TokenKind.Word && char.IsLower(_doc.Text[_doc.Tokens[r].Start]); r++)
        {
            var word = _doc.Span(_doc.Tokens[r]).ToString();
            if (Descriptors.FiniteAuxiliaries.Contains(word) || _lexicon.SpeechVerbs.ContainsKey(word))
                return false;
            if (_lexicon.RoleNouns.Contains(word) || Descriptors.PersonRoles.Contains(word))
                return true;
        }

        return false;
    }

    private bool IsBoundary(int k)
    {
        var token = _doc.Tokens[k];
        if (token.InQuote)
            return true;
        // "U.S." ends a name and "Sen." a title: their full stops are no boundary, nor is the slash of "9/11 widow".
        if (token.Kind == TokenKind.Punct)
            return !_doc.Is(k, "/") && (!_doc.Is(k, ".") || _endingAt[k] < 0 && !(k > 0 && Tokenizer.DottedAbbreviations.Contains(_doc.Span(_doc.Tokens[k - 1]).ToString())));
        return ClauseBoundaries.Contains(_doc.Span(token).ToString());
    }

    /// <summary>The speaker a subject phrase [start, end) stands for.</summary>
    private Speaker? Head(int start, int end)
    {
        // "Secretary of Defense Lloyd Austin": a person closing the phrase is its head, whatever the title holds.
        if (_endingAt[end - 1] >= 0 && _mentions[_endingAt[end - 1]] is { Type: EntityType.Person } closing && closing.First >= start)
            return FromMention(closing);

        var head = end;
        for (var k = start; k < end; k++)
        {
            var inside = _startingAt[k] >= 0 ? _mentions[_startingAt[k]].End : -1;
            if (inside > k)
            {
                k = inside - 1;
                continue;
            }

            if (k > start && Descriptors.Prepositions.Contains(_doc.Span(_doc.Tokens[k]).ToString()))
            {
                head = k;
                break;
            }
        }

        // "The Man Utd boss", "the Obama spokesman", "the Clinton campaign": a role or institution noun
        // ending the phrase is its head, and a name before it only qualifies it.
        var headWord = _doc.Span(_doc.Tokens[head - 1]).ToString();
        if (head - start > 1 && char.IsLower(headWord[0]) && (Descriptors.PersonRoles.Contains(headWord) || Descriptors.Institutions.Contains(headWord)) && _endingAt[head - 1] < 0)
            return Description(start, head, end, headWord);

        // A person named in the phrase is the speaker: "Kremlin spokesperson Dmitry Peskov".
        for (var k = head - 1; k >= start; k--)
        {
            if (_endingAt[k] >= 0 && _mentions[_endingAt[k]].Type == EntityType.Person && _mentions[_endingAt[k]].First >= start)
                return FromMention(_mentions[_endingAt[k]]);
        }

        var last = _doc.Span(_doc.Tokens[head - 1]).ToString();
        if (head - start == 1 && Descriptors.Pronouns.Contains(last))
            return Pronoun(last);
        // "The 64-year-old has denied …": an age standing for a person is the person the text is about.
        if (last.EndsWith("year-old", StringComparison.Ordinal))
            return SalientPerson;
        if (_endingAt[head - 1] >= 0 && _mentions[_endingAt[head - 1]].First == start + 1 && NationalOf(_mentions[_endingAt[head - 1]]) is { } national)
            return national;
        if (_endingAt[head - 1] >= 0)
        {
            var m = _mentions[_endingAt[head - 1]];
            if (m.First >= start)
                return FromMention(m);
        }

        if (char.IsLower(last[0]) && (Descriptors.Institutions.Contains(last) || Descriptors.PersonRoles.Contains(last) || Descriptors.Groups.Contains(last)))
            return Description(start, head, end, last);
        // "The report reveals that …": a document speaks for the body whose report it is, or that last spoke.
        if (char.IsLower(last[0]) && Documents.Contains(last) && (_doc.Is(start, "the") || _doc.Is(start, "The")))
            return LastMentionIn(start, head) is { Type: EntityType.Organization } author ? FromMention(author) : LastSpeaker is { Type: not EntityType.Person } body ? body : null;
        return null;
    }

    private Speaker? Description(int start, int head, int end, string noun)
    {
        var modifier = LastMentionIn(start, head);
        var possessive = head - 2 >= start && EntityRecognizer.IsPossessiveMark(_doc, modifier is null ? -1 : modifier.End);
        var pronounOwner = Descriptors.PossessivePronouns.Contains(_doc.Span(_doc.Tokens[start]).ToString());

        if (Descriptors.Groups.Contains(noun))
            return modifier is { Type: not EntityType.Person } ? FromMention(modifier) : null;

        if (Descriptors.PersonRoles.Contains(noun))
        {
            if (pronounOwner)
                return null;
            if (modifier is not null && LowerCaseBody(start, modifier, head) is { } body)
                return body with { BySpokesperson = true };
            var holder = RoleHolder(noun, modifier?.Key, head);
            if (holder is not null)
                return holder;
            if (possessive || (_doc.Is(start, "a") || _doc.Is(start, "an")))
                return (modifier is not null ? FromMention(modifier) : PrepositionObject(head, end)) is { } spoken ? spoken with { BySpokesperson = spoken.Type != EntityType.Person } : null;
            // "The Pentagon chief" may be the "Secretary of Defense" just quoted; a bare "the minister" is
            // nobody the text has given another role.
            return modifier is null ? SalientWithoutOtherRole(noun) : SalientPerson ?? FromMention(modifier);
        }

        // An institution: "his office", "the agency", "the South Korean intelligence service".
        if (pronounOwner)
            return PronounOwner(_doc.Span(_doc.Tokens[start]).ToString());
        if ((possessive || Descriptors.Governments.Contains(noun)) && modifier is { Type: not EntityType.Person })
            return FromMention(modifier); // "the Ukrainian government" speaks for Ukraine
        if (modifier is null && LastSpeaker is { Type: EntityType.Organization } last && (last.Name.Contains(noun, StringComparison.OrdinalIgnoreCase) || Descriptors.GenericInstitutions.Contains(noun)))
            return last; // "The intelligence service said … The agency said …"
        if (RecentOrganization(noun, modifier?.Key, start) is { } org)
            return FromMention(org);
        // "the South Korean intelligence service", "the Clinton campaign": a body named by whom it belongs to.
        if (modifier is { Type: EntityType.Country or EntityType.Person })
        {
            var surface = _doc.Slice(_doc.Tokens[modifier.First].Start, _doc.Tokens[head - 1].End);
            // "the Russian defence ministry" takes the id of "Russia's Defence Ministry", named or not.
            var body = modifier.Type == EntityType.Country ? Descriptors.NationalBody(modifier.Name, Capitalised(_doc.Slice(_doc.Tokens[modifier.End].Start, _doc.Tokens[head - 1].End))) : null;
            return new Speaker(Ids.For(EntityType.Organization, body ?? surface), EntityType.Organization, surface, surface)
            {
                CountryKey = modifier.Type == EntityType.Country ? modifier.Key : null,
                IsDescription = modifier.Type == EntityType.Country,
            };
        }

        if (modifier is { Type: EntityType.Organization })
            return FromMention(modifier);
        return LastSpeaker is { Type: not EntityType.Person } ? LastSpeaker : null;
    }

    /// <summary>Each word with its first letter in capitals: "defence ministry" → "Defence Ministry".</summary>
    private static string Capitalised(string words) =>
        string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => string.Concat(char.ToUpperInvariant(w[0]).ToString(), w.AsSpan(1))));

    /// <summary>
    /// "an All England club spokesperson", "a Labour party source": a lower-case organisation word after
    /// the name completes it, as the article may name it elsewhere ("All England Club").
    /// </summary>
    private Speaker? LowerCaseBody(int start, ResolvedMention modifier, int head)
    {
        var k = modifier.End;
        if (k >= head || _doc.Tokens[k].Kind != TokenKind.Word || !char.IsLower(_doc.Text[_doc.Tokens[k].Start]))
            return null;
        var word = _doc.Span(_doc.Tokens[k]).ToString();
        var capitalised = Capitalised(word);
        if (!_lexicon.OrganizationWords.Contains(capitalised))
            return null;
        var first = modifier.First;
        while (first > start && char.IsUpper(_doc.Text[_doc.Tokens[first - 1].Start]) && !Descriptors.Determiners.Contains(_doc.Span(_doc.Tokens[first - 1]).ToString()))
            first--;
        var name = $"{_doc.Slice(_doc.Tokens[first].Start, _doc.Tokens[k - 1].End)} {capitalised}";
        return _mentions.FirstOrDefault(m => m.Type == EntityType.Organization && m.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } named
            ? FromMention(named)
            : new Speaker(Ids.For(EntityType.Organization, name), EntityType.Organization, name, name);
    }

    /// <summary>"a spokesperson for the Kremlin": the body named after the role's preposition.</summary>
    private Speaker? PrepositionObject(int head, int end) =>
        head < end && head + 1 < _doc.Tokens.Length && Descriptors.Prepositions.Contains(_doc.Span(_doc.Tokens[head]).ToString())
            ? After(head + 1, Math.Min(end + 4, _doc.Tokens.Length))
            : null;

    private ResolvedMention? LastMentionIn(int start, int end)
    {
        ResolvedMention? found = null;
        for (var k = start; k < end; k++)
        {
            if (_endingAt[k] >= 0 && _mentions[_endingAt[k]].First >= start)
                found = _mentions[_endingAt[k]];
        }

        return found;
    }

    private Speaker? RoleHolder(string noun, string? organization, int before)
    {
        var beforeChar = _doc.Tokens[before - 1].Start;
        PersonRole? best = null;
        foreach (var role in _roles)
        {
            if (role.Title.Contains(noun, StringComparison.OrdinalIgnoreCase) && (organization is null || role.AffiliationKey == organization))
                best = role;
        }

        if (best is null)
            return null;
        var person = _mentions.LastOrDefault(m => m.Key == best.PersonKey && _doc.Tokens[m.First].Start < beforeChar) ?? _mentions.FirstOrDefault(m => m.Key == best.PersonKey);
        return person is null ? null : FromMention(person);
    }

    private ResolvedMention? RecentOrganization(string noun, string? countryKey, int before)
    {
        ResolvedMention? fallback = null;
        for (var i = _mentions.Count - 1; i >= 0; i--)
        {
            var m = _mentions[i];
            if (m.First >= before || m.Type is not (EntityType.Organization or EntityType.MilitaryUnit))
                continue;
            var matchesCountry = countryKey is null || m.Mention.AffiliationKey == countryKey;
            if (matchesCountry && m.Name.Contains(noun, StringComparison.OrdinalIgnoreCase))
                return m;
            if (countryKey is null && noun is "agency" or "service" && m.Name.Contains("Intelligence", StringComparison.OrdinalIgnoreCase))
                fallback ??= m;
        }

        return fallback;
    }

    private Speaker? Pronoun(string word)
    {
        if (word.Equals("he", StringComparison.OrdinalIgnoreCase))
            return SalientOfSex('m');
        if (word.Equals("she", StringComparison.OrdinalIgnoreCase))
            return SalientOfSex('f');
        if (word.Equals("they", StringComparison.OrdinalIgnoreCase))
            return LastSpeaker;
        return LastSpeaker is { Type: not EntityType.Person } ? LastSpeaker : null;
    }

    /// <summary>"said the American", "the Scot added": a nationality standing for a person is the person the text is about.</summary>
    private Speaker? NationalOf(ResolvedMention m) =>
        m.End - m.First == 1 && m.First > 0 && _doc.Is(m.First - 1, "the") && _lexicon.Gazetteer.Find(_doc.Span(_doc.Tokens[m.First]).ToString()) is { Kind: PlaceKind.Demonym }
            ? SalientPerson
            : null;

    public Speaker FromMention(ResolvedMention m)
    {
        var type = m.Type;
        var key = m.Key;
        var name = m.Name;
        if (type == EntityType.Place && m.Mention.WeakPlace)
        {
            type = EntityType.Person;
            key = Ids.For(EntityType.Person, m.Mention.Surface);
        }
        else if (type == EntityType.Place && _lexicon.Gazetteer.Find(m.Mention.Surface) is { Kind: PlaceKind.Capital } capital)
        {
            // "Moscow said": the capital speaks for the government.
            type = EntityType.Country;
            key = Ids.For(EntityType.Country, capital.Canonical);
            name = capital.Canonical;
        }

        return new Speaker(key, type, name, m.Mention.Surface);
    }
}
