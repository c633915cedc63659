using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// Merges entities across articles so each real-world thing has one id: a surname used alone in one
/// article ("Zelensky") joins the full name from another, an acronym ("NIS") the name it stands
/// for, and a description ("South Korean intelligence service") the one organisation of that
/// country it can mean. Merges happen only when exactly one candidate fits.
/// </summary>
public sealed class EntityCatalog
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public void Add(IEnumerable<Entity> entities)
    {
        foreach (var e in entities)
        {
            if (!_entries.TryGetValue(e.Id, out var entry))
                _entries[e.Id] = entry = new Entry(e.Id, e.Type) { CountryId = e.CountryId, IsDescription = e.IsDescription };
            entry.Names[e.Name] = entry.Names.GetValueOrDefault(e.Name) + 1;
            entry.Aliases.UnionWith(e.Aliases);
            entry.CountryId ??= e.CountryId;
        }
    }

    /// <summary>The merged entities, and for every id the id it was merged into.</summary>
    public (IReadOnlyList<Entity> Entities, IReadOnlyDictionary<string, string> Canonical) Build()
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in _entries.Values.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (Target(entry) is { } target)
                canonical[entry.Id] = target.Id;
        }

        var merged = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in _entries.Values)
        {
            var id = Follow(canonical, entry.Id);
            if (!merged.TryGetValue(id, out var into))
                merged[id] = into = new Entry(id, _entries[id].Type) { CountryId = _entries[id].CountryId };
            into.Aliases.UnionWith(entry.Aliases);
            if (id == entry.Id)
            {
                foreach (var (name, count) in entry.Names)
                    into.Names[name] = into.Names.GetValueOrDefault(name) + count;
            }
        }

        var entities = merged.Values
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new Entity(e.Id, ArticleGraphBuilder.BestName(e.Names), e.Type, [.. e.Aliases]) { CountryId = e.CountryId })
            .ToList();
        var map = _entries.Keys.ToDictionary(id => id, id => Follow(canonical, id), StringComparer.Ordinal);
        return (entities, map);
    }

    private static string Follow(Dictionary<string, string> canonical, string id)
    {
        for (var hops = 0; hops < 8 && canonical.TryGetValue(id, out var next); hops++)
            id = next;
        return id;
    }

    private Entry? Target(Entry entry)
    {
        var name = entry.Names.Keys.First();
        return entry.Type switch
        {
            EntityType.Person when !name.Contains(' ', StringComparison.Ordinal) => Unique(e => e.Type == EntityType.Person && e != entry && e.Names.Keys.Any(n => n.Contains(' ', StringComparison.Ordinal) && (LastWord(n) == Folding.Slug(name, true) || FirstWord(n) == Folding.Slug(name, true)))),
            EntityType.Organization when EntityRecognizer.IsAcronym(name) => Unique(e => e != entry && e.Type is EntityType.Organization or EntityType.MilitaryUnit && e.Aliases.Contains(name) && !EntityRecognizer.IsAcronym(e.Names.Keys.First())),
            EntityType.Organization when entry.IsDescription => Unique(e => e != entry && !e.IsDescription && e.Type == EntityType.Organization && e.CountryId == entry.CountryId && DescribedBy(e, name)),
            EntityType.Organization or EntityType.MilitaryUnit => Unique(e => e != entry && e.Type == entry.Type && e.Aliases.Any(a => a.EndsWith("'s " + name, StringComparison.Ordinal) || a.EndsWith("\u2019s " + name, StringComparison.Ordinal))),
            _ => null,
        };
    }

    /// <summary>"South Korean intelligence service" describes "South Korea's National Intelligence Service".</summary>
    private static bool DescribedBy(Entry org, string description)
    {
        var nouns = description.Split(' ')
            .Where(w => w.Length > 0 && char.IsLower(w[0]) && !Descriptors.GenericInstitutions.Contains(w))
            .Select(w => Descriptors.NameWords.GetValueOrDefault(w, w))
            .ToList();
        return nouns.Count > 0 && org.Names.Keys.Any(n => nouns.All(w => n.Contains(w, StringComparison.OrdinalIgnoreCase)));
    }

    private static string LastWord(string name) => Folding.Slug(name[(name.LastIndexOf(' ') + 1)..], true);

    private static string FirstWord(string name) => Folding.Slug(name[..name.IndexOf(' ', StringComparison.Ordinal)], true);

    private Entry? Unique(Func<Entry, bool> fits)
    {
        Entry? found = null;
        foreach (var e in _entries.Values)
        {
            if (!fits(e))
                continue;
            if (found is not null)
                return null;
            found = e;
        }

        return found;
    }

    private sealed class Entry(string id, EntityType type)
    {
        public string Id { get; } = id;

        public EntityType Type { get; } = type;

        public string? CountryId { get; set; }

        public bool IsDescription { get; init; }

        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    }
}
