using System.IO.Compression;

namespace GraphBuilder.Extraction.Lexicons;

/// <summary>
/// The word lists and gazetteer the rules use, loaded once from the embedded files in Data/.
/// Keeping them as data lets a linguist extend them without touching the rules.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(Load);

    public static Lexicon Default => Shared.Value;

    public required Gazetteer Gazetteer { get; init; }

    public required Dictionary<string, SpeechVerb> SpeechVerbs { get; init; }

    public required HashSet<string> PersonTitles { get; init; }

    public required HashSet<string> RoleNouns { get; init; }

    public required HashSet<string> OrganizationWords { get; init; }

    public required HashSet<string> GroupNouns { get; init; }

    public required HashSet<string> UnitWords { get; init; }

    public required HashSet<string> FunctionWords { get; init; }

    /// <summary>Given names and the sex they are most used for: 'm', 'f' or 'u'.</summary>
    public required Dictionary<string, char> GivenNames { get; init; }

    /// <summary>English words the dictionary writes only in lower case ("keeper", "research"): capitalised, they open a sentence, not a name.</summary>
    public required HashSet<string> CommonWords { get; init; }

    /// <summary>Regular expressions that word content as a denial (Data/denial-cues.txt).</summary>
    public required IReadOnlyList<string> DenialCues { get; init; }

    /// <summary>The named word sets of Data/word-sets.txt.</summary>
    public required WordSets Sets { get; init; }

    private static Lexicon Load()
    {
        var military = Lines("military-words.txt").ToDictionary(l => l[..l.IndexOf(':', StringComparison.Ordinal)], l => Words(l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..]));
        using var gazetteer = Resource("gazetteer.tsv.gz");
        return new Lexicon
        {
            Gazetteer = Gazetteer.Load(gazetteer),
            SpeechVerbs = SpeechVerbsFrom(Lines("speech-verbs.txt")),
            PersonTitles = new(Lines("person-titles.txt").SelectMany(Words), StringComparer.Ordinal),
            RoleNouns = new(Lines("role-nouns.txt").SelectMany(Words), StringComparer.OrdinalIgnoreCase),
            OrganizationWords = new(Lines("organization-words.txt").SelectMany(Words), StringComparer.Ordinal),
            GroupNouns = new(military["group"], StringComparer.OrdinalIgnoreCase),
            UnitWords = new(military["unit"], StringComparer.Ordinal),
            FunctionWords = new(Lines("function-words.txt").SelectMany(Words), StringComparer.Ordinal),
            GivenNames = Lines("given-names.txt").ToDictionary(l => l[..l.IndexOf(' ', StringComparison.Ordinal)], l => l[^1], StringComparer.Ordinal),
            CommonWords = new(Lines("common-words.txt.gz"), StringComparer.Ordinal),
            DenialCues = Lines("denial-cues.txt"),
            Sets = WordSets.Parse(Lines("word-sets.txt")),
        };
    }

    private static Dictionary<string, SpeechVerb> SpeechVerbsFrom(IEnumerable<string> lines)
    {
        var verbs = new Dictionary<string, SpeechVerb>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines)
        {
            var marks = line[..line.AsSpan().IndexOfAnyExcept("!?~ ")];
            var forms = Words(line[marks.Length..]);
            foreach (var form in forms)
                verbs.TryAdd(form, new SpeechVerb(forms[0], marks.Contains('!'), marks.Contains('?'), marks.Contains('~')));
        }

        return verbs;
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<string> Lines(string name)
    {
        using var stream = Resource(name);
        using var reader = new StreamReader(name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
                lines.Add(line);
        }

        return lines;
    }

    private static Stream Resource(string name) => EmbeddedText.Open(typeof(Lexicon).Assembly, name);
}
