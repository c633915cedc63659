using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// Resolves names within one article: a surname or given name to the full name used elsewhere in the
/// article ("Austin" → Lloyd Austin, even though Austin is also a city), an acronym to the name it
/// abbreviates ("NIS" → National Intelligence Service). What stays unresolved is marked tentative.
/// </summary>
internal sealed class EntityResolver
{

    public List<ResolvedMention> Resolve(IReadOnlyList<EntityMention> mentions)
    {
        var people = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Person && !m.Bare)
            {
                var parts = m.Name.Split(' ');
                Register(Folding.Slug(parts[^1], true), m);
                Register(Folding.Slug(parts[0], true) + "/given", m);
            }

            if (m.Acronym is not null)
                acronyms.TryAdd(m.Acronym, m);
        }

        // "Lawn Tennis Association … the LTA", "CEC Systems … CEC": an acronym the article never defines
        // stands for the one organisation whose initials or first word it is.
        var initials = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Organization || m.Bare || !m.Name.Contains(' ', StringComparison.Ordinal))
                continue;
            foreach (var acronym in AcronymsOf(m.Name))
            {
                if (initials.TryGetValue(acronym, out var other) && other.Key != m.Key)
                    ambiguous.Add("acronym/" + acronym);
                else
                    initials[acronym] = m;
            }
        }

        // "the Labour Party … Labour said", "the Conservative Party … the Tories": a party's name without
        // its head word, a plural or a nickname of it, is the party.
        var shortForms = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Organization && !m.Bare && PartyNames.ShortForm(m.Name) is { } shortForm)
            {
                if (shortForms.TryGetValue(shortForm, out var other) && other.Key != m.Key)
                    ambiguous.Add("short/" + shortForm);
                else
                    shortForms[shortForm] = m;
            }
        }

        var resolved = new List<ResolvedMention>(mentions.Count);
        foreach (var m in mentions)
            resolved.Add(ResolveOne(m));
        return resolved;

        void Register(string key, EntityMention m)
        {
            if (people.TryGetValue(key, out var other) && other.Key != m.Key)
                ambiguous.Add(key);
            else
                people[key] = m;
        }

        ResolvedMention ResolveOne(EntityMention m)
        {
            if (m.Type == EntityType.Organization && m.Bare && (acronyms.TryGetValue(m.Name, out var expansion)
                || !ambiguous.Contains("acronym/" + m.Name) && initials.TryGetValue(m.Name, out expansion)))
                return new ResolvedMention(m, expansion.Key, expansion.Name, false);

            if (m.Bare && m.Type is EntityType.Person or EntityType.Organization && ShortFormOf(m.Name) is { } party)
                return new ResolvedMention(m with { Type = EntityType.Organization }, party.Key, party.Name, false);

            var isBareName = m.Bare && m.Type is EntityType.Person || (m.WeakPlace || m.Bare && m.Type == EntityType.Place && m.ContainerKey is null);
            if (isBareName && FullName(Folding.Slug(m.Name, true)) is { } full)
                return new ResolvedMention(m with { Type = EntityType.Person }, full.Key, full.Name, false);

            var tentative = m.WeakPlace || (m.Type == EntityType.Person && m.Bare && m.Title is null);
            return new ResolvedMention(m, m.Key, m.Name, tentative);
        }

        EntityMention? ShortFormOf(string name)
        {
            foreach (var stem in PartyNames.Stems(name))
            {
                if (!ambiguous.Contains("short/" + stem) && shortForms.TryGetValue(stem, out var party))
                    return party;
            }

            return null;
        }

        static IEnumerable<string> AcronymsOf(string name)
        {
            var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (EntityRecognizer.IsAcronym(words[0]))
                yield return words[0];
            var capitals = string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0]));
            if (capitals.Length >= 2)
                yield return capitals;
        }

        EntityMention? FullName(string slug)
        {
            if (!ambiguous.Contains(slug) && people.TryGetValue(slug, out var byLast))
                return byLast;
            var given = slug + "/given";
            return !ambiguous.Contains(given) && people.TryGetValue(given, out var byFirst) ? byFirst : null;
        }
    }
}
