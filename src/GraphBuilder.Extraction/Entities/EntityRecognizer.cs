using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Segmentation;

namespace GraphBuilder.Extraction.Entities;

/// <summary>
/// Finds names in an article: runs of capitalised words are split and typed by titles
/// ("Defense Secretary Lloyd Austin"), organisation head words ("Council on Foreign Relations"),
/// the gazetteer ("Wonsan", "North Korean"), acronyms and the words around them ("Kursk region",
/// "Russia's Far East", "North Korean troops").
/// </summary>
internal sealed class EntityRecognizer(Lexicon lexicon)
{
    private static readonly HashSet<string> Connectors = Lexicon.Default.Sets.Set("name-connectors");
    private static readonly HashSet<string> PlaceNouns = Lexicon.Default.Sets.Set("place-nouns");
    private static readonly HashSet<string> Compass = Lexicon.Default.Sets.Set("compass");
    private static readonly HashSet<string> Directions = Lexicon.Default.Sets.Set("directions");
    private static readonly HashSet<string> NameSuffixes = Lexicon.Default.Sets.Set("name-suffixes");
    private static readonly HashSet<string> TitleModifiers = Lexicon.Default.Sets.Set("title-modifiers");
    private static readonly HashSet<string> Locatives = Lexicon.Default.Sets.Set("locatives");
    private static readonly HashSet<string> FacilityWords = Lexicon.Default.Sets.Set("facility-words");
    private static readonly HashSet<string> AdministrativeUnits = Lexicon.Default.Sets.Set("administrative-units");
    private static readonly HashSet<string> OrganisationKinds = Lexicon.Default.Sets.Set("organisation-kinds");

    public List<EntityMention> Recognize(ArticleDocument doc)
    {
        var (lowerWords, midCapitals) = WordCases(doc);
        var mentions = new List<EntityMention>();
        foreach (var sentence in doc.Sentences)
        {
            var i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                if (!IsNameWord(doc, i))
                {
                    i++;
                    continue;
                }

                var j = i + 1;
                while (j < sentence.EndToken)
                {
                    if (IsNameWord(doc, j))
                        j++;
                    else if (j + 1 < sentence.EndToken && Connectors.Contains(doc.Span(doc.Tokens[j]).ToString()) && IsNameWord(doc, j + 1) && !lexicon.FunctionWords.Contains(doc.Span(doc.Tokens[j + 1]).ToString())
                             && !IsPersonalName(doc, i, j))
                        j += 2;
                    else
                        break;
                }

                var (from, to) = TrimChunk(doc, i, j, sentence, lowerWords);
                // A lone capitalised word that opens a sentence and is never capitalised elsewhere ("Pundits") is no name.
                if (to - from == 1 && from == sentence.FirstToken && !IsLoneName(doc, from, midCapitals))
                    from = to;
                if (from < to)
                    Classify(doc, from, to, sentence, mentions);
                i = j;
            }
        }

        return Consistent(mentions);
    }

    /// <summary>
    /// One reading per name in the article: a one-word name the text once calls an organisation
    /// ("rival Xstrata") is that organisation wherever else it stands alone ("Xstrata said").
    /// </summary>
    private static List<EntityMention> Consistent(List<EntityMention> mentions)
    {
        HashSet<string>? organisations = null;
        HashSet<string>? containers = null;
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Organization && m.End - m.First == 1)
                (organisations ??= new(StringComparer.Ordinal)).Add(m.Name);
            if (m.ContainerKey is not null)
                (containers ??= new(StringComparer.Ordinal)).Add(m.ContainerKey);
        }

        // "Seville's Olympic Stadium": a town that holds a place is a place, not a surname.
        for (var i = 0; containers is not null && i < mentions.Count; i++)
        {
            if (mentions[i].WeakPlace && containers.Contains(mentions[i].Key))
                mentions[i] = mentions[i] with { WeakPlace = false };
        }

        for (var i = 0; organisations is not null && i < mentions.Count; i++)
        {
            // "the Trump campaign" must not make an organisation of the Trump the article names in full.
            if (mentions[i] is { Type: EntityType.Person, Bare: true, Title: null } m && organisations.Contains(m.Name) && !PartOfFullName(m.Name, mentions))
                mentions[i] = m with { Type = EntityType.Organization, Key = Ids.For(EntityType.Organization, m.Name) };
        }

        return mentions;
    }

    /// <summary>"wrote Cameron Easley for Morning Consult": a given name and a surname end at "for"/"of", unlike "Council on Foreign Relations".</summary>
    private bool IsPersonalName(ArticleDocument doc, int from, int to) =>
        to - from is 2 or 3 && lexicon.GivenNames.ContainsKey(doc.Span(doc.Tokens[from]).ToString()) && !HasOrganizationWord(doc, from, to) && !HasTitle(doc, from, to);

    private static bool PartOfFullName(string word, List<EntityMention> mentions) =>
        mentions.Exists(m => m is { Type: EntityType.Person, Bare: false } && m.Name.Split(' ').Contains(word, StringComparer.Ordinal));

    private static bool IsNameWord(ArticleDocument doc, int t)
    {
        var token = doc.Tokens[t];
        if (token.Kind != TokenKind.Word)
            return false;
        var c = doc.Text[token.Start];
        return char.IsUpper(c);
    }

    /// <summary>Drops sentence-initial common words ("Recent", "Compiling") and function words.</summary>
    private (int From, int To) TrimChunk(ArticleDocument doc, int from, int to, Sentence sentence, HashSet<string> lowerWords)
    {
        while (from < to)
        {
            var word = doc.Span(doc.Tokens[from]).ToString();
            var starts = from == sentence.FirstToken || doc.Tokens[from - 1].Kind == TokenKind.Punct && IsOpening(doc, from - 1);
            // "President Obama" opening a sentence keeps its title even where "the president" is written lower case too.
            var title = lexicon.PersonTitles.Contains(word) && from + 1 < to;
            if (lexicon.FunctionWords.Contains(word.TrimEnd('.')) || Connectors.Contains(word) || IsHyphenatedAdjective(word) || (starts && !title && (lowerWords.Contains(word.ToLowerInvariant()) || OpensWithCommonWord(doc, from, to)) && lexicon.Gazetteer.Find(word) is null))
                from++;
            else
                break;
        }

        while (to > from && (lexicon.FunctionWords.Contains(doc.Span(doc.Tokens[to - 1]).ToString().TrimEnd('.')) || Connectors.Contains(doc.Span(doc.Tokens[to - 1]).ToString())))
            to--;
        return (from, to);
    }

    /// <summary>"Keeper Petr Cech", "Called Speegle": a word the dictionary knows only in lower case opens the sentence, not the name.</summary>
    private bool OpensWithCommonWord(ArticleDocument doc, int from, int to)
    {
        var word = doc.Span(doc.Tokens[from]).ToString();
        return to - from > 1 && IsCommonWord(word) && !HasOrganizationWord(doc, from + 1, to);
    }

    private bool IsCommonWord(string word) => !lexicon.GivenNames.ContainsKey(word) && lexicon.CommonWords.Contains(word.ToLowerInvariant());

    private static bool IsOpening(ArticleDocument doc, int t) => doc.Text[doc.Tokens[t].Start] is '"' or '\u201C' or '(' or '\u2018' or '\u2014' or ':';

    /// <summary>
    /// A lone capitalised word that opens a sentence is a name if it is capitalised elsewhere too, is in
    /// the gazetteer or is an acronym, or speaks ("Palmieri said"), unless it looks plural ("Experts said").
    /// </summary>
    private bool IsLoneName(ArticleDocument doc, int t, HashSet<string> midCapitals)
    {
        var word = doc.Span(doc.Tokens[t]).ToString();
        if (midCapitals.Contains(word) || IsAcronym(word) || Descriptors.Institutions.Contains(word))
            return true;
        // "Research has found": a word the dictionary writes in lower case is no town, though one bears its name.
        if (!IsCommonWord(word) && lexicon.Gazetteer.Find(word) is not null)
            return true;
        return !word.EndsWith('s') && !word.EndsWith("ing", StringComparison.Ordinal) && t + 1 < doc.Tokens.Length && lexicon.SpeechVerbs.ContainsKey(doc.Span(doc.Tokens[t + 1]).ToString());
    }

    /// <summary>Words seen in lower case, and words seen capitalised away from a sentence start.</summary>
    private static (HashSet<string> Lower, HashSet<string> MidCapitals) WordCases(ArticleDocument doc)
    {
        var lower = new HashSet<string>(StringComparer.Ordinal);
        var capitals = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < doc.Tokens.Length; t++)
        {
            var token = doc.Tokens[t];
            if (token.Kind != TokenKind.Word)
                continue;
            if (char.IsLower(doc.Text[token.Start]))
                lower.Add(doc.Span(token).ToString());
            else if (t > 0 && doc.Tokens[t - 1].Sentence == token.Sentence && doc.Tokens[t - 1].Kind == TokenKind.Word)
                capitals.Add(doc.Span(token).ToString());
        }

        return (lower, capitals);
    }

    private void Classify(ArticleDocument doc, int from, int to, Sentence sentence, List<EntityMention> mentions)
    {
        // "… state grab for Yukos Russia's president has …" (a headline run into the body): a country
        // glued to a name the article uses on its own opens the next phrase.
        if (to - from >= 2 && to < sentence.EndToken && IsPossessiveMark(doc, to)
            && lexicon.Gazetteer.Find(doc.Span(doc.Tokens[to - 1]).ToString()) is { Kind: PlaceKind.Country }
            && StandsAlone(doc, Surface(doc, from, to - 1), doc.Span(doc.Tokens[to - 1]).ToString()))
        {
            Classify(doc, from, to - 1, sentence, mentions);
            Classify(doc, to - 1, to, sentence, mentions);
            return;
        }

        // "President Volodymyr Zelensky of Ukraine": a titled name, then the country it belongs to.
        for (var c = from + 1; c < to - 1; c++)
        {
            if (doc.Is(c, "of") && HasTitle(doc, from, c) && lexicon.Gazetteer.Find(Surface(doc, c + 1, to)) is { Kind: PlaceKind.Country })
            {
                ClassifyRest(doc, from, c, sentence, mentions, null);
                Classify(doc, c + 1, to, sentence, mentions);
                return;
            }
        }

        // "Jefferson Parish Sheriff Harry Lee", "the Kent County Republican headquarters": a place ends at
        // its administrative unit, and a name or a qualifier follows.
        for (var c = from + 1; c < to - 1; c++)
        {
            if (AdministrativeUnits.Contains(doc.Span(doc.Tokens[c]).ToString()) && !HasOrganizationWord(doc, from, to))
            {
                Classify(doc, from, c + 1, sentence, mentions);
                Classify(doc, c + 1, to, sentence, mentions);
                return;
            }
        }

        var surface = Surface(doc, from, to);
        // "LAGOS, March 3 (Reuters) -": a dateline writes its place in capitals.
        var place = Place(surface, dateline: from == sentence.FirstToken && to < sentence.EndToken && doc.Is(to, ",") && surface.Length >= 4);
        // "White House" is a town somewhere too, but a name with an organisation word is the organisation.
        if (place is not null && to - from <= 4 && !AllCompass(doc, from, to) && !(place.Kind == PlaceKind.City && HasOrganizationWord(doc, from, to)))
        {
            AddPlace(doc, from, to, surface, place, sentence, mentions);
            return;
        }

        // A leading demonym or country qualifies what follows: "Ukrainian President ...", "U.S. Defense Secretary ...".
        for (var k = Math.Min(to - 1, from + 3); k > from; k--)
        {
            var prefix = lexicon.Gazetteer.Find(Surface(doc, from, k));
            // "British Airways", "Korean Air": a demonym and one company word are the company's own name.
            if (prefix is { Kind: PlaceKind.Demonym or PlaceKind.Country } && (HasTitle(doc, k, to) || HasOrganizationWord(doc, k, to) && (to - k > 1 || Descriptors.NationalBodies.Contains(doc.Span(doc.Tokens[k]).ToString()))))
            {
                var country = CountryMention(doc, from, k, prefix);
                mentions.Add(country);
                ClassifyRest(doc, k, to, sentence, mentions, country.Key);
                return;
            }
        }

        ClassifyRest(doc, from, to, sentence, mentions, null);
    }

    private void ClassifyRest(ArticleDocument doc, int from, int to, Sentence sentence, List<EntityMention> mentions, string? affiliation)
    {
        var surface = Surface(doc, from, to);
        if (TryPerson(doc, from, to, affiliation, mentions))
            return;

        var possessor = Possessor(doc, from, mentions);
        if (HasOrganizationWord(doc, from, to))
        {
            // A lone organisation word ("said Poll", "the Post") is bare: a person's surname in the article may claim it.
            mentions.Add(Organization(doc, from, to, surface, possessor ?? affiliation, mentions) with { Bare = to - from == 1 });
            return;
        }

        var word = doc.Span(doc.Tokens[from]).ToString();
        if (to - from == 1 && IsAcronym(word))
        {
            mentions.Add(new EntityMention(from, to, EntityType.Organization, Ids.For(EntityType.Organization, word), word, word) { Bare = true });
            return;
        }

        if (IsPlaceByContext(doc, from, to, sentence, possessor))
        {
            var name = Surface(doc, from, to);
            var isCompass = possessor is not null && AllCompass(doc, from, to);
            if (isCompass)
                name = (lexicon.Gazetteer.DemonymOf(NameOf(possessor!, mentions)) ?? NameOf(possessor!, mentions)) + " " + name;
            var end = to < sentence.EndToken && PlaceNouns.Contains(doc.Span(doc.Tokens[to]).ToString()) ? to + 1 : to;
            var container = possessor ?? ContainerAfter(doc, from, end, sentence, null);
            mentions.Add(new EntityMention(from, end, EntityType.Place, Ids.For(EntityType.Place, name), name, Surface(doc, possessor is null ? from : PossessorStart(mentions, from), end)) { ContainerKey = container });
            return;
        }

        // "games developer Argonaut Games": an organisation kind before a name that opens with no given name.
        if (to - from >= 2 && to - from <= 4 && NamesOrganisation(doc, from) && LooksLikeName(doc, from, to))
        {
            mentions.Add(Organization(doc, from, to, surface, possessor ?? affiliation, mentions));
            return;
        }

        if (to - from >= 2 && to - from <= 4 && LooksLikeName(doc, from, to))
        {
            mentions.Add(Person(doc, from, to, null, affiliation));
            return;
        }

        if (to - from == 1)
        {
            // "Police said", "Police officials said": an institution's own noun, capitalised, names it.
            var type = NamesOrganisation(doc, from) || Descriptors.Institutions.Contains(word) ? EntityType.Organization : EntityType.Person;
            mentions.Add(new EntityMention(from, to, type, Ids.For(type, word), word, word) { Bare = true, AffiliationKey = affiliation });
        }
    }

    /// <summary>
    /// "the Scotsman", "rival Xstrata", "Swiss-based Xstrata", "mobile content firm Zed": what stands
    /// before a lone unknown name says it is an organisation, unless the name is a given name.
    /// </summary>
    private bool NamesOrganisation(ArticleDocument doc, int t)
    {
        if (t == 0 || lexicon.GivenNames.ContainsKey(doc.Span(doc.Tokens[t]).ToString()) || doc.Tokens[t - 1].Sentence != doc.Tokens[t].Sentence)
            return false;
        var before = doc.Span(doc.Tokens[t - 1]).ToString();
        return before is "the" or "The" && !QualifiesNoun(doc, t + 1) || before.EndsWith("-based", StringComparison.Ordinal) || char.IsLower(before[0]) && OrganisationKinds.Contains(before);
    }

    /// <summary>"the Clinton campaign": a lower-case word after the name that is no verb makes the name a modifier.</summary>
    private bool QualifiesNoun(ArticleDocument doc, int t)
    {
        if (t >= doc.Tokens.Length || doc.Tokens[t].Kind != TokenKind.Word || !char.IsLower(doc.Text[doc.Tokens[t].Start]))
            return false;
        var word = doc.Span(doc.Tokens[t]).ToString();
        return !lexicon.SpeechVerbs.ContainsKey(word) && !Descriptors.FiniteAuxiliaries.Contains(word);
    }

    private void AddPlace(ArticleDocument doc, int from, int to, string surface, GazetteerEntry place, Sentence sentence, List<EntityMention> mentions)
    {
        switch (place.Kind)
        {
            case PlaceKind.Country:
                var whole = CountryMention(doc, from, to, place);
                mentions.Add(whole);
                if (from > sentence.FirstToken && Directions.Contains(doc.Span(doc.Tokens[from - 1]).ToString()) && char.IsLower(doc.Text[doc.Tokens[from - 1].Start]))
                {
                    // "eastern Russia" is a place inside the country.
                    var direction = doc.Span(doc.Tokens[from - 1]).ToString();
                    var name = char.ToUpperInvariant(direction[0]) + direction[1..] + " " + place.Canonical;
                    mentions.Add(new EntityMention(from - 1, to, EntityType.Place, Ids.For(EntityType.Place, name), name, Surface(doc, from - 1, to)) { ContainerKey = whole.Key });
                }

                return;
            case PlaceKind.Demonym:
                var country = CountryMention(doc, from, to, place);
                mentions.Add(country);
                if (GroupNounAfter(doc, to, sentence) is { } noun)
                {
                    var name = surface + " troops";
                    mentions.Add(new EntityMention(from, noun + 1, EntityType.Group, Ids.For(EntityType.Group, lexicon.Gazetteer.DemonymOf(place.Canonical) + " troops"), name, Surface(doc, from, noun + 1)) { AffiliationKey = country.Key });
                }

                return;
        }

        var possessor = Possessor(doc, from, mentions);
        var placeNoun = to < sentence.EndToken && PlaceNouns.Contains(doc.Span(doc.Tokens[to]).ToString());
        var calledCity = IsCalledCity(doc, from, to, sentence);
        if (place.Kind != PlaceKind.City && calledCity && lexicon.Gazetteer.FindCity(surface) is { } city)
            place = city;
        var contextual = place.Kind is not PlaceKind.City || placeNoun || calledCity || possessor is not null || IsLocative(doc, from) || CountryAfterComma(doc, from, to, sentence, place) is not null;
        var end = placeNoun ? to + 1 : to;
        var canonical = PlaceName(place, surface);
        // A place GeoNames knows is one node whatever the text calls it: "Kursk", "Kursk region" and
        // "Kursk Oblast" are the oblast, named as the gazetteer names it; "the city of Kursk" is the city.
        var known = place.GeoNamesId is not null && place.Kind is PlaceKind.Division or PlaceKind.City;
        if (known && place.Kind == PlaceKind.Division)
            canonical = place.Canonical;
        mentions.Add(new EntityMention(from, end, EntityType.Place, Ids.For(EntityType.Place, known ? place.Canonical : canonical), canonical, Surface(doc, possessor is null ? from : PossessorStart(mentions, from), end))
        {
            GeoNamesId = known || place.Kind == PlaceKind.Capital ? place.GeoNamesId : null,
            WeakPlace = !contextual && to - from == 1,
            Bare = to - from == 1,
            ContainerKey = possessor ?? ContainerAfter(doc, from, end, sentence, place),
        });
    }

    /// <summary>
    /// The gazetteer entry for a chunk. An all-capital word is an acronym unless it names a country
    /// ("DPRK", "USA"): "NIS" is not the Serbian city of Niš. A plural demonym names the country's people.
    /// </summary>
    private GazetteerEntry? Place(string surface, bool dateline = false)
    {
        var entry = lexicon.Gazetteer.Find(surface);
        if (entry is not null)
            return IsAcronym(surface) && !dateline && entry.Kind is not (PlaceKind.Country or PlaceKind.Demonym) ? null : entry;
        return surface.EndsWith('s') && lexicon.Gazetteer.Find(surface[..^1]) is { Kind: PlaceKind.Demonym } demonym
            ? demonym with { Kind = PlaceKind.Country }
            : null;
    }

    private EntityMention CountryMention(ArticleDocument doc, int from, int to, GazetteerEntry entry) =>
        new(from, to, EntityType.Country, Ids.For(EntityType.Country, entry.Canonical), entry.Canonical, Surface(doc, from, to)) { GeoNamesId = entry.GeoNamesId };

    /// <summary>"the city of Kursk", "Kursk city": the text picks the city over a division of the same name.</summary>
    private static bool IsCalledCity(ArticleDocument doc, int from, int to, Sentence sentence) =>
        (to < sentence.EndToken && doc.Is(to, "city"))
        || (from - 2 >= sentence.FirstToken && doc.Is(from - 1, "of") && doc.Is(from - 2, "city"));

    /// <summary>
    /// "Wonsan, North Korea", "Kursk, a Russian territory", "Aceh in Indonesia", "Edgware in north London",
    /// "the Thai beach resort of Phuket": the container the text names, where the gazetteer agrees.
    /// </summary>
    private string? ContainerAfter(ArticleDocument doc, int from, int end, Sentence sentence, GazetteerEntry? place)
    {
        if (CountryAfterComma(doc, from, end, sentence, place) is { } key)
            return key;
        if (end + 1 < sentence.EndToken && doc.Is(end, "in") && Container(doc, end + 1, sentence, place) is { } inside)
            return inside;
        if (end + 3 < sentence.EndToken && doc.Is(end, ",") && doc.Is(end + 1, "a")
            && lexicon.Gazetteer.Find(doc.Span(doc.Tokens[end + 2]).ToString()) is { Kind: PlaceKind.Demonym } demonym
            && PlaceNouns.Contains(doc.Span(doc.Tokens[end + 3]).ToString()))
            return Ids.For(EntityType.Country, demonym.Canonical);
        return CountryOfDescription(doc, from, sentence, place);
    }

    /// <summary>"the Thai beach resort of Phuket": a demonym and a place noun before "of".</summary>
    private string? CountryOfDescription(ArticleDocument doc, int from, Sentence sentence, GazetteerEntry? place)
    {
        if (place is null || from - 3 < sentence.FirstToken || !doc.Is(from - 1, "of") || !PlaceNouns.Contains(doc.Span(doc.Tokens[from - 2]).ToString()))
            return null;
        for (var k = from - 3; k >= Math.Max(sentence.FirstToken, from - 5); k--)
        {
            var word = doc.Span(doc.Tokens[k]).ToString();
            if (lexicon.Gazetteer.Find(word) is { Kind: PlaceKind.Demonym or PlaceKind.Country } country)
                return country.CountryCode == place.CountryCode ? Ids.For(EntityType.Country, country.Canonical) : null;
            if (!char.IsLower(word[0]))
                return null;
        }

        return null;
    }

    /// <summary>The place named from <paramref name="start"/> ("the", "north" skipped) that can hold <paramref name="place"/>.</summary>
    private string? Container(ArticleDocument doc, int start, Sentence sentence, GazetteerEntry? place)
    {
        while (start < sentence.EndToken && (doc.Is(start, "the") || Directions.Contains(doc.Span(doc.Tokens[start]).ToString()) && char.IsLower(doc.Text[doc.Tokens[start].Start])))
            start++;
        for (var k = Math.Min(sentence.EndToken, start + 4); k > start; k--)
        {
            if (!IsNameWord(doc, k - 1) || k < sentence.EndToken && IsNameWord(doc, k) && !lexicon.FunctionWords.Contains(doc.Span(doc.Tokens[k]).ToString()))
                continue;
            var surface = Surface(doc, start, k);
            if (lexicon.Gazetteer.Find(surface) is { } entry && Holds(entry, place) && !ListGoesOn(doc, k, sentence))
                return entry.Kind == PlaceKind.Country ? Ids.For(EntityType.Country, entry.Canonical) : Ids.For(EntityType.Place, PlaceName(entry, surface));
        }

        return null;
    }

    /// <summary>
    /// A region takes its gazetteer name, and so does a place written in capitals ("BOISE", "WASHINGTON"
    /// in a dateline). A capital's row names its country, so a capital is named by its own city row.
    /// </summary>
    private string PlaceName(GazetteerEntry entry, string surface) =>
        entry.Kind is not PlaceKind.Region && surface.Any(char.IsLower) ? surface
        : entry.Kind is not PlaceKind.Capital ? entry.Canonical
        : entry.GeoNamesId is { } id && lexicon.Gazetteer.ById(id) is { } city ? city.Canonical
        : System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(surface.ToLowerInvariant());

    /// <summary>
    /// Whether <paramref name="container"/> can hold the place: a country or division holds any place but
    /// a country (a town's name may be borne in several countries, so its code proves little); a city holds
    /// only a place the gazetteer does not know or a town of the same country ("Edgware in north London").
    /// </summary>
    private static bool Holds(GazetteerEntry container, GazetteerEntry? place) => container.Kind switch
    {
        PlaceKind.Country or PlaceKind.Division or PlaceKind.Region => place is null || place.Kind is not (PlaceKind.Country or PlaceKind.Demonym),
        PlaceKind.City or PlaceKind.Capital => place is null || place.Kind == PlaceKind.City && place.CountryCode == container.CountryCode,
        _ => false,
    };

    /// <summary>"Manchester, Liverpool, Leeds": a name followed by another is a list, not a place and its container.</summary>
    /// <summary>"…, Russia is able to": a place that opens the next clause is no container either.</summary>
    private bool ListGoesOn(ArticleDocument doc, int k, Sentence sentence) =>
        k + 1 < sentence.EndToken && (doc.Is(k, ",") || doc.Is(k, "and") || doc.Is(k, "or")) && IsNameWord(doc, k + 1)
        || k < sentence.EndToken && (Descriptors.FiniteAuxiliaries.Contains(doc.Span(doc.Tokens[k]).ToString()) || lexicon.SpeechVerbs.ContainsKey(doc.Span(doc.Tokens[k]).ToString()));

    private string? CountryAfterComma(ArticleDocument doc, int from, int end, Sentence sentence, GazetteerEntry? place)
    {
        if (end + 1 >= sentence.EndToken || !doc.Is(end, ","))
            return null;
        // A place that is itself an item of a list ("…, Leicester, Somerset") has no container here.
        if (from > sentence.FirstToken && (doc.Is(from - 1, ",") || doc.Is(from - 1, "and")))
            return null;
        return Container(doc, end + 1, sentence, place);
    }

    /// <summary>
    /// A name the words around make a place: "Kursk region", "the Olympic Dam mine", "Seville's Olympic
    /// Stadium", "Russia's Far East", "in Kentish Town, London".
    /// </summary>
    private bool IsPlaceByContext(ArticleDocument doc, int from, int to, Sentence sentence, string? possessor)
    {
        if (to < sentence.EndToken && PlaceNouns.Contains(doc.Span(doc.Tokens[to]).ToString()) && char.IsLower(doc.Text[doc.Tokens[to].Start]))
            return true;
        if (to - from >= 2 && (FacilityWords.Contains(doc.Span(doc.Tokens[to - 1]).ToString()) || AdministrativeUnits.Contains(doc.Span(doc.Tokens[to - 1]).ToString())))
            return true;
        return possessor is not null && AllCompass(doc, from, to) || IsLocative(doc, from) && CountryAfterComma(doc, from, to, sentence, null) is not null;
    }

    private static bool AllCompass(ArticleDocument doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!Compass.Contains(doc.Span(doc.Tokens[t]).ToString()))
                return false;
        }

        return true;
    }

    /// <summary>The country or place that owns this chunk: "Russia's" in "Russia's Kursk region".</summary>
    private static string? Possessor(ArticleDocument doc, int from, List<EntityMention> mentions)
    {
        var k = from - 1;
        while (k > 0 && Directions.Contains(doc.Span(doc.Tokens[k]).ToString()) || k > 0 && doc.Is(k, "neighboring"))
            k--;
        if (k < 1 || !IsPossessiveMark(doc, k) || mentions.Count == 0)
            return null;
        var last = mentions[^1];
        return last.End == k && last.Type is EntityType.Country or EntityType.Place ? last.Key : null;
    }

    /// <summary>Where the possessor of the chunk at <paramref name="from"/> starts ("South Korea's …").</summary>
    private static int PossessorStart(List<EntityMention> mentions, int from) =>
        mentions.Count > 0 && mentions[^1].End < from ? mentions[^1].First : Math.Max(0, from - 2);

    /// <summary>Whether the text names <paramref name="name"/> twice or more without <paramref name="next"/> after it.</summary>
    private static bool StandsAlone(ArticleDocument doc, string name, string next)
    {
        var text = doc.Text.AsSpan();
        var alone = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0 && alone < 2; at = NextIndex(text, name, at))
        {
            var end = at + name.Length;
            var wordStart = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var wordEnd = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (wordStart && wordEnd && !text[end..].TrimStart(' ').StartsWith(next, StringComparison.Ordinal))
                alone++;
        }

        return alone >= 2;

        static int NextIndex(ReadOnlySpan<char> text, string name, int at)
        {
            var next = text[(at + 1)..].IndexOf(name, StringComparison.Ordinal);
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    internal static bool IsPossessiveMark(ArticleDocument doc, int t) => doc.Is(t, "'s") || doc.Is(t, "\u2019s");

    private static string NameOf(string key, List<EntityMention> mentions) => mentions.FindLast(m => m.Key == key)?.Name ?? key;

    private bool IsLocative(ArticleDocument doc, int from)
    {
        var k = from - 1;
        if (k >= 0 && doc.Is(k, "the"))
            k--;
        return k >= 0 && Locatives.Contains(doc.Span(doc.Tokens[k]).ToString());
    }

    private int? GroupNounAfter(ArticleDocument doc, int to, Sentence sentence)
    {
        for (var k = to; k < Math.Min(sentence.EndToken, to + 3); k++)
        {
            var token = doc.Tokens[k];
            if (token.Kind != TokenKind.Word || char.IsUpper(doc.Text[token.Start]))
                return null;
            if (lexicon.GroupNouns.Contains(doc.Span(token).ToString()))
            {
                if (k + 1 < sentence.EndToken && lexicon.GroupNouns.Contains(doc.Span(doc.Tokens[k + 1]).ToString()))
                    continue; // "special forces soldiers"

                // "troop ships", "military base": a singular noun may modify another noun; plurals are heads.
                if (!doc.Span(token).EndsWith('s') && k + 1 < sentence.EndToken && doc.Tokens[k + 1].Kind == TokenKind.Word && char.IsLower(doc.Text[doc.Tokens[k + 1].Start]) && IsNounAfterModifier(doc, k + 1))
                    return null;
                return k;
            }
        }

        return null;
    }

    private bool IsNounAfterModifier(ArticleDocument doc, int t)
    {
        var word = doc.Span(doc.Tokens[t]).ToString();
        return !lexicon.SpeechVerbs.ContainsKey(word) && word is not ("are" or "were" or "have" or "had" or "has" or "is" or "was" or "in" or "to" or "from" or "and" or "or" or "of" or "at" or "with" or "who" or "that" or "being" or "could" or "would" or "will" or "may" or "might" or "can" or "for" or "on" or "as" or "by" or "near" or "into" or "seen" or "fighting" or "gathering" or "deployed" or "sent" or "already" or "also");
    }

    private bool TryPerson(ArticleDocument doc, int from, int to, string? affiliation, List<EntityMention> mentions)
    {
        // The name is the run of plain name words at the end; what stands before it must hold a title.
        var nameStart = to;
        // "Referee Graham Poll": between a title and a given name, an organisation word is a surname.
        if (to - from >= 3 && lexicon.OrganizationWords.Contains(doc.Span(doc.Tokens[to - 1]).ToString()) && lexicon.GivenNames.ContainsKey(doc.Span(doc.Tokens[to - 2]).ToString())
            && lexicon.PersonTitles.Contains(doc.Span(doc.Tokens[to - 3]).ToString()))
            nameStart = to - 1;
        var surnameEnd = nameStart;
        while (nameStart > from && IsPlainNameWord(doc, nameStart - 1))
            nameStart--;
        if (nameStart == from || nameStart == to || to - nameStart > 4 || HasOrganizationWord(doc, nameStart, surnameEnd))
            return false;
        if (!HasTitle(doc, from, nameStart))
            return false;

        var titleWords = Surface(doc, from, nameStart);
        if (HasOrganizationWord(doc, from, nameStart))
        {
            // "White House Press Secretary Karine Jean-Pierre": the organisation stands inside the title.
            var orgEnd = from;
            while (orgEnd < nameStart && !lexicon.PersonTitles.Contains(doc.Span(doc.Tokens[orgEnd]).ToString()) && !TitleModifiers.Contains(doc.Span(doc.Tokens[orgEnd]).ToString()))
                orgEnd++;
            if (orgEnd > from && HasOrganizationWord(doc, from, orgEnd))
            {
                var org = Organization(doc, from, orgEnd, Surface(doc, from, orgEnd), affiliation, mentions);
                mentions.Add(org);
                affiliation = org.Key;
            }
        }

        mentions.Add(Person(doc, nameStart, to, titleWords, affiliation));
        return true;
    }

    private bool HasTitle(ArticleDocument doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (lexicon.PersonTitles.Contains(doc.Span(doc.Tokens[t]).ToString()))
                return true;
        }

        return false;
    }

    private bool IsPlainNameWord(ArticleDocument doc, int t)
    {
        var word = doc.Span(doc.Tokens[t]).ToString();
        return IsNameWord(doc, t) && (!lexicon.PersonTitles.Contains(word) || IsSurname(doc, t)) && !TitleModifiers.Contains(word) && !lexicon.OrganizationWords.Contains(word) && !Connectors.Contains(word);
    }

    /// <summary>"Larry King", "Mr. King", "Ms Major": a title word after a given name or an honorific is a surname.</summary>
    private bool IsSurname(ArticleDocument doc, int t)
    {
        if (t == 0 || doc.Tokens[t - 1].Sentence != doc.Tokens[t].Sentence || t + 1 < doc.Tokens.Length && IsNameWord(doc, t + 1) && doc.Tokens[t + 1].Sentence == doc.Tokens[t].Sentence)
            return false;
        var before = doc.Span(doc.Tokens[t - 1]).ToString();
        return lexicon.GivenNames.ContainsKey(before) || Descriptors.Honorifics.Contains(before);
    }

    private bool LooksLikeName(ArticleDocument doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            var word = doc.Span(doc.Tokens[t]).ToString();
            if (!IsPlainNameWord(doc, t) || lexicon.FunctionWords.Contains(word) || (IsAcronym(word) && !NameSuffixes.Contains(word)) || IsHyphenatedAdjective(word))
                return false;
        }

        // A name is not made of place names ("Rome Italy") or compass words.
        var placeWords = 0;
        for (var t = from; t < to; t++)
        {
            if (lexicon.Gazetteer.Find(doc.Span(doc.Tokens[t]).ToString()) is { Kind: not PlaceKind.City } || Compass.Contains(doc.Span(doc.Tokens[t]).ToString()))
                placeWords++;
        }

        return placeWords < to - from;
    }

    private EntityMention Person(ArticleDocument doc, int from, int to, string? title, string? affiliation)
    {
        var key = new List<string>();
        for (var t = from; t < to; t++)
        {
            var word = doc.Span(doc.Tokens[t]).ToString();
            var initial = word.Length <= 2 && word.EndsWith('.');
            if (!initial && !NameSuffixes.Contains(word))
                key.Add(word);
        }

        var surface = Surface(doc, from, to);
        var keyName = key.Count > 0 ? string.Join(' ', key) : surface;
        return new EntityMention(from, to, EntityType.Person, Ids.For(EntityType.Person, keyName), keyName, surface)
        {
            Bare = key.Count == 1,
            Title = title,
            AffiliationKey = affiliation,
        };
    }

    private EntityMention Organization(ArticleDocument doc, int from, int to, string surface, string? qualifier, List<EntityMention> mentions)
    {
        var type = lexicon.UnitWords.Contains(doc.Span(doc.Tokens[to - 1]).ToString()) ? EntityType.MilitaryUnit : EntityType.Organization;
        string? acronym = null;
        if (to + 2 < doc.Tokens.Length && doc.Is(to, "(") && doc.Is(to + 2, ")") && IsAcronym(doc.Span(doc.Tokens[to + 1]).ToString()))
            acronym = doc.Span(doc.Tokens[to + 1]).ToString();

        var possessed = qualifier is not null && from >= 2 && IsPossessiveMark(doc, from - 1);
        var start = possessed ? PossessorStart(mentions, from) : from;
        var name = possessed ? Surface(doc, start, to) : surface;
        // A country's own body has one id however the text names it: "Russia's Defence Ministry" for
        // "the Russian Defence Ministry" and "the Defence Ministry of Russia" too.
        var key = name;
        if (qualifier is not null && qualifier.StartsWith(Ids.Prefix(EntityType.Country) + ":", StringComparison.Ordinal) && !possessed
            && mentions.Count > 0 && mentions[^1] is { Key: var k } prefix && k == qualifier && prefix.End == from
            && Descriptors.NationalBody(prefix.Name, surface) is { } national)
        {
            key = national;
            name = Surface(doc, prefix.First, to);
        }
        else if (!possessed && OfCountry(surface) is var (body, country) && body.Contains(' ', StringComparison.Ordinal) && Descriptors.NationalBody(country.Canonical, body) is { } owned)
        {
            key = owned;
            qualifier ??= Ids.For(EntityType.Country, country.Canonical);
        }

        return new EntityMention(start, to, type, Ids.For(type, key), name, name) { Acronym = acronym, AffiliationKey = qualifier };
    }

    /// <summary>"National Intelligence Service of South Korea": the body and the country it belongs to.</summary>
    private (string Body, GazetteerEntry Country)? OfCountry(string surface)
    {
        var of = surface.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0)
            return null;
        var tail = surface[(of + 4)..];
        if (tail.StartsWith("the ", StringComparison.Ordinal))
            tail = tail[4..];
        return lexicon.Gazetteer.Find(tail) is { Kind: PlaceKind.Country } country ? (surface[..of], country) : null;
    }

    private bool HasOrganizationWord(ArticleDocument doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (lexicon.OrganizationWords.Contains(doc.Span(doc.Tokens[t]).ToString()))
                return true;
        }

        return false;
    }

    /// <summary>"York-based", "Russian-made": a compound adjective, not part of a name.</summary>
    private static bool IsHyphenatedAdjective(string word)
    {
        var dash = word.LastIndexOf('-');
        return dash > 0 && dash + 1 < word.Length && char.IsLower(word[dash + 1]);
    }

    /// <summary>The first letters of a name's capitalised words: "Lawn Tennis Association" → "LTA".</summary>
    internal static string Initials(string name) =>
        string.Concat(name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]));

    internal static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 8)
            return false;
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                letters++;
            else if (c != '.' && !char.IsDigit(c))
                return false;
        }

        return letters >= 2; // "Z." is an initial, not an acronym
    }

    private static string Surface(ArticleDocument doc, int from, int to) =>
        doc.Text[doc.Tokens[from].Start..doc.Tokens[to - 1].End].Replace('\n', ' ');
}
