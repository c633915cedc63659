namespace GraphBuilder.Extraction.Lexicons;

/// <summary>Common nouns that stand for a speaker who is named elsewhere ("the agency", "the spokesperson").</summary>
internal static class Descriptors
{
    /// <summary>Nouns for an institution: "the agency said", "his office said".</summary>
    public static readonly HashSet<string> Institutions = new(StringComparer.OrdinalIgnoreCase)
    {
        "agency", "office", "ministry", "department", "government", "service", "company", "campaign", "administration",
        "military", "army", "intelligence", "committee", "council", "group", "organization", "organisation", "bureau",
        "police", "embassy", "court", "kremlin", "pentagon", "party", "team", "firm", "spy", "network", "newspaper",
        "paper", "outlet", "broadcaster", "regime", "foundation", "institute", "center", "centre", "commission", "union",
    };

    /// <summary>Nouns for one person in a role: "the spokesperson said", "the Pentagon chief said".</summary>
    public static readonly HashSet<string> PersonRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "president", "chief", "head", "leader",
        "envoy", "ambassador", "official", "director", "commander", "general", "adviser", "advisor", "aide", "senator",
        "governor", "mayor", "lawyer", "attorney", "representative", "chairman", "chairwoman", "premier", "chancellor",
        "diplomat", "negotiator", "prosecutor", "candidate", "nominee",
    };

    /// <summary>Nouns for people in the plural, who speak for the country or body that qualifies them ("U.S. officials").</summary>
    public static readonly HashSet<string> Groups = new(StringComparer.OrdinalIgnoreCase)
    {
        "officials", "lawmakers", "diplomats", "authorities", "leaders", "officers", "ministers", "legislators",
        "prosecutors", "investigators", "spokespeople", "representatives", "sources", "analysts", "experts", "aides",
        "senators", "commanders", "negotiators", "spokesmen",
    };

    /// <summary>Institutions that stand for their country: "the Ukrainian government", "the Russian regime".</summary>
    public static readonly HashSet<string> Governments = new(StringComparer.OrdinalIgnoreCase) { "government", "regime", "authorities", "administration", "leadership" };

    /// <summary>Institution nouns general enough to name any organisation just quoted: "the agency".</summary>
    public static readonly HashSet<string> GenericInstitutions = new(StringComparer.OrdinalIgnoreCase) { "agency", "service", "organization", "organisation", "group", "body", "office" };

    /// <summary>Description words and the word an organisation's name uses for them ("spy agency" → Intelligence).</summary>
    public static readonly Dictionary<string, string> NameWords = new(StringComparer.OrdinalIgnoreCase) { ["spy"] = "intelligence", ["defence"] = "defense" };

    public static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it" };

    public static readonly HashSet<string> PossessivePronouns = new(StringComparer.OrdinalIgnoreCase) { "his", "her", "their", "its" };

    /// <summary>Words that may stand between a subject and its reporting verb ("Austin also said").</summary>
    public static readonly HashSet<string> VerbModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "has", "have", "had", "would", "will", "did", "does", "do", "is", "was", "were", "are", "then", "later",
        "again", "previously", "reportedly", "publicly", "repeatedly", "once", "recently", "often", "just", "quickly",
        "strongly", "flatly", "explicitly", "directly", "further", "earlier", "similarly", "still", "already",
        "separately", "privately", "initially", "first", "subsequently", "now", "been", "may", "might", "could",
        "can", "must", "should", "even", "only", "simply", "clearly", "openly", "angrily", "bluntly",
    };

    public static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase) { "of", "to", "for", "at", "in", "from", "with", "on", "about", "by", "under", "over" };
}
