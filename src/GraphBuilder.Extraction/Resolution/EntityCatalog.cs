using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// Merges entities across articles so each real-world thing has one id: a surname used alone in one
/// article ("Zelensky") joins the full name from another, an acronym ("NIS") the name it stands
/// for, and a description ("South Korean intelligence service") the one organisation of that
/// country it can mean. Merges happen only when exactly one candidate fits, and a surname alone joins
/// a full name from another article only when the two articles share another entity or a title: a
/// shared surname is not enough ("Mayor Okonkwo" of a story on a Lagos bridge is not the lawyer
/// Emeka Okonkwo of a court story). An analyst's <see cref="EntityCuration"/> comes first: its merges
/// are made before any rule runs, and an entity it splits off takes no part in the rules.
/// </summary>
public sealed class EntityCatalog(EntityCuration? curation = null)
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly EntityCuration _curation = curation ?? EntityCuration.Empty;

    /// <summary>Adds one article's entities, with the titles its roles give people.</summary>
    public void Add(IReadOnlyList<Entity> entities, IEnumerable<Role>? roles = null)
    {
        var titles = (roles ?? []).ToLookup(r => r.PersonId, r => r.Title.ToLowerInvariant(), StringComparer.Ordinal);
        foreach (var e in entities)
        {
            // Every choice below is a function of the set of entities seen, never of the order they came in.
            if (!_entries.TryGetValue(e.Id, out var entry))
                _entries[e.Id] = entry = new Entry(e.Id, e.Type) { IsDescription = true };
            entry.Names[e.Name] = entry.Names.GetValueOrDefault(e.Name) + 1;
            entry.Aliases.UnionWith(e.Aliases);
            if (e.CountryId is not null && (entry.CountryId is null || string.CompareOrdinal(e.CountryId, entry.CountryId) < 0))
                entry.CountryId = e.CountryId;
            if (e.GeoNamesId is { } g && (entry.GeoNamesId is null || g < entry.GeoNamesId))
                entry.GeoNamesId = g;
            // A description only while no article names it outright.
            entry.IsDescription &= e.IsDescription;
        }

        // One list of the article's entities, shared by its people and holding the catalog's own id
        // strings: a person's context is the union of its articles' lists, so memory grows with the
        // articles, not with every pair of entities they name.
        string[]? members = null;
        foreach (var e in entities.Where(e => e.Type == EntityType.Person))
        {
            var entry = _entries[e.Id];
            entry.Titles.UnionWith(titles[e.Id]);
            entry.Articles.Add(members ??= [.. entities.Select(other => _entries[other.Id].Id).Distinct()]);
        }
    }

    /// <summary>The merged entities, and for every id the id it was merged into.</summary>
    public (IReadOnlyList<Entity> Entities, IReadOnlyDictionary<string, string> Canonical) Build()
    {
        var canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        var (decided, alone) = Curate(canonical);
        var indexes = new Indexes(_entries.Values.Where(e => !alone.Contains(e.Id)).ToList());
        // People last: whether a surname joins a full name depends on the entities around both,
        // compared as what they resolve to ("FRA" in one article is the "Federal Roads Agency" of another).
        foreach (var entry in _entries.Values.OrderBy(e => e.Type == EntityType.Person).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            if (!decided.Contains(entry.Id) && Target(entry, indexes, canonical) is { } target)
                canonical[entry.Id] = target.Id;
        }

        var merged = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var entry in _entries.Values)
        {
            var id = Follow(canonical, entry.Id);
            if (!merged.TryGetValue(id, out var into))
                merged[id] = into = new Entry(id, _entries[id].Type) { CountryId = _entries[id].CountryId, GeoNamesId = _entries[id].GeoNamesId };
            into.Aliases.UnionWith(entry.Aliases);
            if (id == entry.Id)
            {
                foreach (var (name, count) in entry.Names)
                    into.Names[name] = into.Names.GetValueOrDefault(name) + count;
            }
        }

        var byGeoNamesId = merged.Values.Where(e => e.GeoNamesId is not null).ToLookup(e => e.GeoNamesId!.Value);
        var entities = merged.Values
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new Entity(e.Id, ArticleGraphBuilder.BestName(e.Names), e.Type, [.. e.Aliases]) { CountryId = e.CountryId, GeoNamesId = e.GeoNamesId, Within = Within(e, byGeoNamesId) })
            .ToList();
        var map = _entries.Keys.ToDictionary(id => id, id => Follow(canonical, id), StringComparer.Ordinal);
        return (entities, map);
    }

    /// <summary>
    /// Makes the curation's merges. Returns the ids no rule may merge (those it merged or split off)
    /// and the ids no rule may merge into (those it split off). A merge keeps the entity whose name is
    /// the kept name exactly, else the first by id.
    /// </summary>
    private (HashSet<string> Decided, HashSet<string> Alone) Curate(Dictionary<string, string> canonical)
    {
        if (_curation.IsEmpty)
            return ([], []);
        var byName = _entries.Values.SelectMany(e => e.Names.Keys.Select(n => (n, e))).ToLookup(x => x.n, x => x.e, StringComparer.OrdinalIgnoreCase);
        var byAlias = _entries.Values.SelectMany(e => e.Aliases.Select(a => (a, e))).ToLookup(x => x.a, x => x.e, StringComparer.OrdinalIgnoreCase);

        // By id, else by name, else by alias.
        IEnumerable<Entry> Named(string name) =>
            _entries.TryGetValue(name, out var byId) ? [byId]
            : byName.Contains(name) ? byName[name].Distinct()
            : byAlias[name].Distinct();

        var alone = _curation.Splits.SelectMany(Named).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var decided = new HashSet<string>(alone, StringComparer.Ordinal);
        foreach (var merge in _curation.Merges)
        {
            var keep = Named(merge.Keep).OrderBy(e => e.Name.Equals(merge.Keep, StringComparison.OrdinalIgnoreCase) ? 0 : 1).ThenBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
            if (keep is null)
                continue;
            decided.Add(keep.Id);
            foreach (var other in merge.Names.Prepend(merge.Keep).SelectMany(Named).Where(e => e != keep && !alone.Contains(e.Id)))
            {
                canonical[other.Id] = keep.Id;
                decided.Add(other.Id);
            }
        }

        return (decided, alone);
    }

    /// <summary>The nearest place up the gazetteer's chain (city, division, country) that the corpus names.</summary>
    private static string? Within(Entry place, ILookup<int, Entry> byGeoNamesId)
    {
        var gazetteer = Lexicon.Default.Gazetteer;
        var entry = place.GeoNamesId is { } id ? gazetteer.ById(id) : null;
        if (entry is null || entry.Kind == PlaceKind.Country)
            return null;
        // Up the chain GeoNames gives, then to the country: a division the gazetteer has no id for
        // does not hide the country.
        var country = gazetteer.CountryName(entry.CountryCode) is { } name ? gazetteer.Find(name)?.GeoNamesId : null;
        var up = entry.Within;
        for (var hops = 0; hops < 4 && up is { } container; hops++)
        {
            if (Named(container) is { } found)
                return found;
            up = gazetteer.ById(container)?.Within ?? (container == country ? null : country);
        }

        return null;

        string? Named(int geoNamesId) => byGeoNamesId[geoNamesId].Select(e => e.Id).Order(StringComparer.Ordinal).FirstOrDefault();
    }

    private static string Follow(Dictionary<string, string> canonical, string id)
    {
        for (var hops = 0; hops < 8 && canonical.TryGetValue(id, out var next); hops++)
            id = next;
        return id;
    }

    /// <summary>
    /// The entity this one merges into, if exactly one candidate fits. Candidates come from indexes
    /// (surname, given name, alias, country), never from comparing all pairs of entities.
    /// </summary>
    private static Entry? Target(Entry entry, Indexes indexes, Dictionary<string, string> canonical)
    {
        var name = entry.Name;
        return entry.Type switch
        {
            // A lone word another article shows to be an organisation ("rival Rosneft") is that organisation.
            EntityType.Person when !name.Contains(' ', StringComparison.Ordinal) =>
                Unique(indexes.PeopleByNamePart[Folding.Slug(name, true)], e => e != entry && SharesEvidence(entry, e, canonical)) ?? Unique(indexes.OrganizationsByName[name], _ => true) ?? Party(name, indexes),
            EntityType.Organization when EntityRecognizer.IsAcronym(name) =>
                Unique(indexes.OrganizationsByAlias[name], e => e != entry && !EntityRecognizer.IsAcronym(e.Name)),
            EntityType.Organization when entry.IsDescription =>
                Unique(indexes.OrganizationsByCountry[entry.CountryId ?? ""], e => e != entry && !e.IsDescription && DescribedBy(e, name)),
            EntityType.Organization when !name.Contains(' ', StringComparison.Ordinal) && Party(name, indexes) is { } party => party,
            EntityType.Organization or EntityType.MilitaryUnit =>
                Unique(indexes.OrganizationsByPossessedName[name], e => e != entry && e.Type == entry.Type),
            _ => null,
        };
    }

    /// <summary>Another entity named alongside both, or a title both hold.</summary>
    private static bool SharesEvidence(Entry person, Entry candidate, Dictionary<string, string> canonical) =>
        person.Titles.Overlaps(candidate.Titles)
        || person.Context.Select(id => Follow(canonical, id)).ToHashSet(StringComparer.Ordinal).Overlaps(candidate.Context.Select(id => Follow(canonical, id)));

    /// <summary>"Labour", "the Tories": the one party whose short form the word is.</summary>
    private static Entry? Party(string word, Indexes indexes)
    {
        foreach (var stem in PartyNames.Stems(word))
        {
            if (Unique(indexes.PartiesByShortForm[stem], _ => true) is { } party)
                return party;
        }

        return null;
    }

    /// <summary>Lookups built once per <see cref="Build"/>: linear in the number of entities and aliases.</summary>
    private sealed class Indexes(IReadOnlyCollection<Entry> entries)
    {
        public ILookup<string, Entry> PeopleByNamePart { get; } = entries
            .Where(e => e.Type == EntityType.Person)
            .SelectMany(e => e.Names.Keys.Where(n => n.Contains(' ', StringComparison.Ordinal)).SelectMany(n => new[] { Folding.Surname(n), Folding.GivenName(n) }).Distinct().Select(part => (part, e)))
            .ToLookup(x => x.part, x => x.e, StringComparer.Ordinal);

        public ILookup<string, Entry> OrganizationsByName { get; } = entries
            .Where(e => e.Type == EntityType.Organization)
            .ToLookup(e => e.Name, StringComparer.Ordinal);

        public ILookup<string, Entry> OrganizationsByAlias { get; } = entries
            .Where(e => e.Type is EntityType.Organization or EntityType.MilitaryUnit)
            .SelectMany(e => e.Aliases.Select(a => (a, e)))
            .ToLookup(x => x.a, x => x.e, StringComparer.Ordinal);

        public ILookup<string, Entry> PartiesByShortForm { get; } = entries
            .Where(e => e.Type == EntityType.Organization)
            .SelectMany(e => e.Names.Keys.Select(PartyNames.ShortForm).Where(s => s is not null).Distinct().Select(s => (s!, e)))
            .ToLookup(x => x.Item1, x => x.e, StringComparer.Ordinal);

        public ILookup<string, Entry> OrganizationsByCountry { get; } = entries
            .Where(e => e.Type == EntityType.Organization && e.CountryId is not null)
            .ToLookup(e => e.CountryId!, StringComparer.Ordinal);

        /// <summary>
        /// "National Intelligence Service" → the entity with alias "South Korea's National Intelligence
        /// Service"; "Supreme Court" → the one with alias "U.S. Supreme Court".
        /// </summary>
        public ILookup<string, Entry> OrganizationsByPossessedName { get; } = entries
            .Where(e => e.Type is EntityType.Organization or EntityType.MilitaryUnit)
            .SelectMany(e => e.Aliases.Select(a => (Possessed(a) ?? (e.CountryId is null ? null : Qualified(a)), e)).Where(x => x.Item1 is not null).Distinct())
            .ToLookup(x => x.Item1!, x => x.e, StringComparer.Ordinal);

        private static string? Possessed(string alias)
        {
            var mark = alias.IndexOf("'s ", StringComparison.Ordinal);
            if (mark < 0)
                mark = alias.IndexOf("\u2019s ", StringComparison.Ordinal);
            return mark < 0 ? null : alias[(mark + 3)..];
        }

        /// <summary>The name after a leading country or demonym of one to three words ("U.S.", "South Korean").</summary>
        private static string? Qualified(string alias)
        {
            var words = alias.Split(' ');
            for (var n = Math.Min(3, words.Length - 2); n >= 1; n--)
            {
                if (Lexicon.Default.Gazetteer.Find(string.Join(' ', words[..n])) is { Kind: PlaceKind.Country or PlaceKind.Demonym })
                    return string.Join(' ', words[n..]);
            }

            return null;
        }
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

    private static Entry? Unique(IEnumerable<Entry> candidates, Func<Entry, bool> fits)
    {
        Entry? found = null;
        foreach (var e in candidates.Distinct())
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

        public int? GeoNamesId { get; set; }

        public bool IsDescription { get; set; }

        public Dictionary<string, int> Names { get; } = new(StringComparer.Ordinal);

        /// <summary>The most used name (then the longest, then by ordinal): the same whatever order the articles came in.</summary>
        public string Name => ArticleGraphBuilder.BestName(Names);

        public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        /// <summary>For people: the entities of each article that names them.</summary>
        public List<string[]> Articles { get; } = [];

        /// <summary>For people: the other entities of their articles.</summary>
        public IEnumerable<string> Context => Articles.SelectMany(a => a).Where(id => id != Id);

        /// <summary>For people: their titles (lower case).</summary>
        public HashSet<string> Titles { get; } = new(StringComparer.Ordinal);
    }
}
