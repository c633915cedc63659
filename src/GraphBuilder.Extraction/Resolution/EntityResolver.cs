using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>
/// Resolves names within one article: a surname or given name to the full name used elsewhere in the
/// article ("Austin" → Lloyd Austin, even though Austin is also a city), an acronym to the name it
/// abbreviates ("NIS" → National Intelligence Service, "the LTA" → Lawn Tennis Association), a party's
/// short form to the party ("Labour", "the Tories"). What stays unresolved is marked tentative.
/// </summary>
internal sealed class EntityResolver
{
    private const int MinLengthForMisspelling = 6;

    public List<ResolvedMention> Resolve(IReadOnlyList<EntityMention> mentions)
    {
        // Each index maps a form to the one mention it can mean; null marks a form two names share.
        var people = new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
        var defined = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        var initials = new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
        var parties = new Dictionary<string, EntityMention?>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == EntityType.Person && !m.Bare)
            {
                Claim(people, Folding.Surname(m.Name), m);
                Claim(people, Folding.GivenName(m.Name) + "/given", m);
            }

            if (m.Acronym is not null)
                defined.TryAdd(m.Acronym, m);
            if (m.Type != EntityType.Organization || m.Bare || !m.Name.Contains(' ', StringComparison.Ordinal))
                continue;
            // "Lawn Tennis Association … the LTA", "CEC Systems … CEC": an acronym the article never
            // defines stands for the one organisation whose initials or first word it is.
            foreach (var acronym in AcronymsOf(m.Name))
                Claim(initials, acronym, m);
            if (PartyNames.ShortForm(m.Name) is { } shortForm)
                Claim(parties, shortForm, m);
        }

        var resolved = new List<ResolvedMention>(mentions.Count);
        foreach (var m in mentions)
            resolved.Add(ResolveOne(m));
        return resolved;

        ResolvedMention ResolveOne(EntityMention m)
        {
            if (m.Type == EntityType.Organization && m.Bare && (defined.GetValueOrDefault(m.Name) ?? initials.GetValueOrDefault(m.Name)) is { } expansion)
                return new ResolvedMention(m, expansion.Key, expansion.Name, false);
            if (m.Bare && m.Type is EntityType.Person or EntityType.Organization && PartyNames.Stems(m.Name).Select(s => parties.GetValueOrDefault(s)).FirstOrDefault(p => p is not null) is { } party)
                return new ResolvedMention(m with { Type = EntityType.Organization }, party.Key, party.Name, false);

            // A lone word the article elsewhere gives as a person's surname is that person, whatever it
            // looked like alone: "said Poll" after "Referee Graham Poll", "Austin" after "Lloyd Austin".
            var isBareName = m.Bare && (m.Type is EntityType.Person || m.Type == EntityType.Organization && !EntityRecognizer.IsAcronym(m.Name))
                || m.WeakPlace || m.Bare && m.Type == EntityType.Place && m.ContainerKey is null;
            var slug = Folding.Slug(m.Name, true);
            // An organisation word is claimed by a surname only, never by a given name ("Yukos" is no "Yukos Smith").
            if (isBareName && (m.Type == EntityType.Organization ? people.GetValueOrDefault(slug) : FullName(slug)) is { } full)
                return new ResolvedMention(m with { Type = EntityType.Person }, full.Key, full.Name, false);

            if ((m.Bare && m.Type == EntityType.Person || m.WeakPlace) && !m.Name.Contains(' ', StringComparison.Ordinal) && Misspelt(slug) is { } meant)
                return new ResolvedMention(m with { Type = EntityType.Person }, meant.Key, meant.Name, false);

            var tentative = m.WeakPlace || (m.Type == EntityType.Person && m.Bare && m.Title is null);
            return new ResolvedMention(m, m.Key, m.Name, tentative);
        }

        // "said Daveport" in a story on Lindsay Davenport: a long surname one letter from exactly one
        // surname of the article, with the same first letter, is a misspelling of it.
        EntityMention? Misspelt(string slug)
        {
            if (slug.Length < MinLengthForMisspelling)
                return null;
            EntityMention? found = null;
            foreach (var (form, full) in people)
            {
                if (full is null || form.EndsWith("/given", StringComparison.Ordinal) || form[0] != slug[0] || !Folding.OneEditApart(form, slug) || IsPlural(form, slug))
                    continue;
                if (found is not null && found.Key != full.Key)
                    return null;
                found = full;
            }

            return found;
        }

        // "Democrats" is no misspelling of "Democrat".
        static bool IsPlural(string a, string b) => a == b + "s" || b == a + "s";

        EntityMention? FullName(string slug) => people.GetValueOrDefault(slug) ?? people.GetValueOrDefault(slug + "/given");
    }

    private static void Claim(Dictionary<string, EntityMention?> index, string form, EntityMention m)
    {
        if (!index.TryGetValue(form, out var other))
            index[form] = m;
        else if (other is not null && other.Key != m.Key)
            index[form] = null;
    }

    private static IEnumerable<string> AcronymsOf(string name)
    {
        var first = name.Split([' ', '-'], 2, StringSplitOptions.RemoveEmptyEntries)[0];
        if (EntityRecognizer.IsAcronym(first))
            yield return first;
        var capitals = EntityRecognizer.Initials(name);
        if (capitals.Length >= 2)
            yield return capitals;
    }
}
