using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Bench;

/// <summary>
/// A deterministic synthetic news corpus for benchmarks: the seed articles' paragraphs recombined,
/// with their people and places renamed from pools that grow with the corpus, so that entity counts
/// grow with it too. Each article gets an outlet and a date in a byline, and 400 to 1,500 words.
/// </summary>
internal sealed class CorpusGenerator
{
    private const int MinWords = 400;
    private const int MaxWords = 1_500;
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ren", "sa", "to", "vel", "dra", "no", "ber", "gan", "lis", "mor", "tek", "vi", "zor", "ha", "pen", "ril", "su"];
    private static readonly string[] Outlets = ["Daily Ledger", "Harbor Times", "Evening Courier", "Northern Dispatch", "Capital Wire", "Coastal Herald", "Metro Bulletin", "Frontier Post"];

    private readonly IReadOnlyList<string[]> _paragraphs;
    private readonly IReadOnlyList<(Regex Pattern, bool Surname)> _people;
    private readonly IReadOnlyList<Regex> _places;

    public CorpusGenerator(IReadOnlyList<ArticleText> seeds, IArticleExtractor extractor)
    {
        _paragraphs = [.. seeds.Select(s => s.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Count(c => c == ' ') >= 8).ToArray()).Where(p => p.Length > 0)];
        var entities = seeds.SelectMany(s => extractor.Extract(s).Entities).ToList();
        var fullNames = entities.Where(e => e.Type == EntityType.Person && e.Name.Contains(' ', StringComparison.Ordinal)).Select(e => e.Name).Distinct().ToList();
        _people = [.. fullNames.Select(n => (Word(n), false)).Concat(fullNames.Select(n => (Word(n[(n.LastIndexOf(' ') + 1)..]), true)))];
        _places = [.. entities.Where(e => e.Type == EntityType.Place && !e.Name.Contains(' ', StringComparison.Ordinal)).Select(e => Word(e.Name))];
    }

    /// <summary>Article <paramref name="index"/> of a corpus of <paramref name="size"/> made with <paramref name="seed"/>.</summary>
    public string Article(int seed, int size, int index)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index)); // HashCode is randomised per process
        var pool = Math.Max(50, size / 2); // distinct names grow with the corpus
        var text = new StringBuilder();
        var date = new DateOnly(2024, 1, 1).AddDays(random.Next(365));
        var words = 0;
        var target = random.Next(MinWords, MaxWords);
        var source = _paragraphs[random.Next(_paragraphs.Count)];
        var body = new StringBuilder();
        for (var p = random.Next(source.Length); words < target; p++)
        {
            if (p % source.Length == 0 && p > 0)
                source = _paragraphs[random.Next(_paragraphs.Count)];
            var paragraph = source[p % source.Length];
            var paragraphWords = paragraph.Count(c => c == ' ') + 1;
            if (words >= MinWords && words + paragraphWords > MaxWords)
                break;
            body.Append(paragraph).Append('\n');
            words += paragraphWords;
        }

        var renamed = body.ToString();
        foreach (var (pattern, surname) in _people)
        {
            var who = random.Next(pool);
            var replacement = surname ? Name(seed, who, 1) : Name(seed, who, 0) + " " + Name(seed, who, 1);
            renamed = pattern.Replace(renamed, replacement);
        }

        foreach (var place in _places)
            renamed = place.Replace(renamed, Name(seed, random.Next(pool), 2));

        text.Append(CultureInfo.InvariantCulture, $"Report {index} on the war in the east\n");
        text.Append(CultureInfo.InvariantCulture, $"By {Outlets[random.Next(Outlets.Length)]} | Created at {date:yyyy-MM-dd} 09:00:00\n\n");
        text.Append(renamed);
        return text.ToString();
    }

    public void Write(string folder, int seed, int size)
    {
        Directory.CreateDirectory(folder);
        Parallel.For(0, size, i => File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"{i:D6}.txt")), Article(seed, size, i)));
    }

    /// <summary>A pronounceable name, the same for the same (seed, who, part).</summary>
    private static string Name(int seed, int who, int part)
    {
        var random = new Random(unchecked((((seed * 31) + who) * 7) + part));
        var sb = new StringBuilder();
        for (var i = random.Next(2, 4); i > 0; i--)
            sb.Append(Syllables[random.Next(Syllables.Length)]);
        sb[0] = char.ToUpperInvariant(sb[0]);
        return sb.ToString();
    }

    private static Regex Word(string name) => new(@"\b" + Regex.Escape(name) + @"\b", RegexOptions.CultureInvariant);
}
