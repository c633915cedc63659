namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// Common nouns that stand for a speaker who is named elsewhere ("the agency", "the spokesperson"),
/// and the small words around them. The lists are data: the sections of Data/word-sets.txt.
/// </summary>
internal static class Descriptors
{
    /// <summary>Nouns for an institution: "the agency said", "his office said".</summary>
    public static readonly HashSet<string> Institutions = Lexicon.Default.Sets.Set("institutions");

    /// <summary>Nouns for one person in a role: "the spokesperson said", "the Pentagon chief said".</summary>
    public static readonly HashSet<string> PersonRoles = Lexicon.Default.Sets.Set("person-roles");

    /// <summary>"Mr", "Ms", "Dr": forms of address, which say nothing of a person's role.</summary>
    public static readonly HashSet<string> Honorifics = Lexicon.Default.Sets.Set("honorifics");

    /// <summary>Words before "to" that keep a reporting verb a report: "continues to insist", "went on to say".</summary>
    public static readonly HashSet<string> CarryingOn = Lexicon.Default.Sets.Set("carrying-on");

    /// <summary>Nouns for people in the plural, who speak for the country or body that qualifies them ("U.S. officials").</summary>
    public static readonly HashSet<string> Groups = Lexicon.Default.Sets.Set("groups");

    /// <summary>Institutions that stand for their country: "the Ukrainian government", "the Russian regime".</summary>
    public static readonly HashSet<string> Governments = Lexicon.Default.Sets.Set("governments");

    /// <summary>Institution nouns general enough to name any organisation just quoted: "the agency".</summary>
    public static readonly HashSet<string> GenericInstitutions = Lexicon.Default.Sets.Set("generic-institutions");

    /// <summary>Last words of a state's own bodies, one of a kind per country ("Defence Ministry", "Central Bank").</summary>
    public static readonly HashSet<string> NationalBodies = Lexicon.Default.Sets.Set("national-bodies");

    /// <summary>
    /// The one name of a country's own body however the text puts it ("the Russian Defence Ministry",
    /// "Defence Ministry of Russia"): "Russia's Defence Ministry". Null for what is no state body.
    /// </summary>
    public static string? NationalBody(string country, string body) =>
        NationalBodies.Contains(body[(body.LastIndexOf(' ') + 1)..])
            ? (country.EndsWith('s') ? $"{country}' {body}" : $"{country}'s {body}")
            : null;

    /// <summary>Description words and the word an organisation's name uses for them ("spy agency" → Intelligence).</summary>
    public static readonly Dictionary<string, string> NameWords = Lexicon.Default.Sets.Map("name-words");

    public static readonly HashSet<string> Pronouns = Lexicon.Default.Sets.Set("pronouns");

    public static readonly HashSet<string> PossessivePronouns = Lexicon.Default.Sets.Set("possessive-pronouns");

    /// <summary>Words that may stand between a subject and its reporting verb ("Austin also said").</summary>
    public static readonly HashSet<string> VerbModifiers = Lexicon.Default.Sets.Set("verb-modifiers");

    public static readonly HashSet<string> Prepositions = Lexicon.Default.Sets.Set("prepositions");

    /// <summary>Finite auxiliaries and copulas: a clause holds one ("the film does not sit well"), an object does not.</summary>
    public static readonly HashSet<string> FiniteAuxiliaries = Lexicon.Default.Sets.Set("finite-auxiliaries");

    /// <summary>Words before a verb form that make it a noun or an infinitive ("a state visit", "refused to say").</summary>
    public static readonly HashSet<string> Determiners = Lexicon.Default.Sets.Set("determiners");
}
