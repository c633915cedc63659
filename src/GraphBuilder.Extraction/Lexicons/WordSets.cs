namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// The named word sets of Data/word-sets.txt: "[name]" starts a set (case-insensitive unless marked
/// "case-sensitive"), the lines below it hold its words, and "a=b" entries make a map.
/// </summary>
internal sealed class WordSets
{
    private readonly Dictionary<string, HashSet<string>> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _maps = new(StringComparer.Ordinal);

    public static WordSets Parse(IEnumerable<string> lines)
    {
        var result = new WordSets();
        HashSet<string>? set = null;
        Dictionary<string, string>? map = null;
        foreach (var line in lines)
        {
            if (line.StartsWith('['))
            {
                var close = line.IndexOf(']', StringComparison.Ordinal);
                var name = line[1..close];
                var comparer = line[(close + 1)..].Trim() == "case-sensitive" ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
                result._sets[name] = set = new HashSet<string>(comparer);
                result._maps[name] = map = new Dictionary<string, string>(comparer);
                continue;
            }

            if (set is null || map is null)
                throw new InvalidOperationException($"word-sets.txt: '{line}' stands before any [section].");
            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = word.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                    map[word[..eq]] = word[(eq + 1)..];
                else
                    set.Add(word);
            }
        }

        return result;
    }

    public HashSet<string> Set(string name) =>
        _sets.TryGetValue(name, out var set) ? set : throw new KeyNotFoundException($"word-sets.txt has no [{name}] section.");

    public Dictionary<string, string> Map(string name) =>
        _maps.TryGetValue(name, out var map) ? map : throw new KeyNotFoundException($"word-sets.txt has no [{name}] section.");
}
