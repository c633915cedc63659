using GraphBuilder.Extraction.Lexicons;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// The short forms of a party's name: "Labour" for the Labour Party, "Conservatives" and "the Tories"
/// for the Conservative Party. Head words and nicknames are data (Data/word-sets.txt).
/// </summary>
internal static class PartyNames
{
    private static readonly Dictionary<string, string> Nicknames = Lexicon.Default.Sets.Map("party-nicknames");
    private static readonly HashSet<string> Heads = Lexicon.Default.Sets.Set("party-heads");

    /// <summary>"Labour Party" → "Labour"; null for a name that is not a party's.</summary>
    public static string? ShortForm(string fullName)
    {
        var space = fullName.LastIndexOf(' ');
        return space > 0 && Heads.Contains(fullName[(space + 1)..]) ? fullName[..space] : null;
    }

    /// <summary>The short forms a lone word may be: "Tories" → Conservative, "Conservatives" → Conservative.</summary>
    public static IEnumerable<string> Stems(string word)
    {
        var stem = Nicknames.GetValueOrDefault(word, word);
        yield return stem;
        if (stem.Length > 3 && stem.EndsWith('s'))
            yield return stem[..^1];
    }
}
