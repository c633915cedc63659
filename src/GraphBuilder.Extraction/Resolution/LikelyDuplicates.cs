using GraphBuilder.Extraction.Entities;
using GraphBuilder.Extraction.Lexicons;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Extraction.Resolution;

/// <summary>Two entities an analyst may want to merge, and why they look alike.</summary>
public sealed record LikelyDuplicate(Entity First, Entity Second, string Evidence);

/// <summary>
/// Pairs of resolved entities that the automatic rules left apart but that look alike: one name is
/// the start or end of another ("Poll" / "Graham Poll", "Van Dyke" / "Dick Van Dyke"), an acronym is
/// another's initials, two names differ by one letter ("Daveport" / "Davenport"), or one name has two
/// types. Places are left to the gazetteer. Every pair comes from an index, never from comparing all
/// pairs, so the list costs time linear in the entities.
/// </summary>
public static class LikelyDuplicates
{
    private const int MinLengthForSpelling = 6;

    public static IReadOnlyList<LikelyDuplicate> Find(IReadOnlyList<Entity> entities)
    {
        var found = new Dictionary<(string, string), LikelyDuplicate>();
        void Add(Entity a, Entity b, string evidence)
        {
            if (a.Id == b.Id)
                return;
            var (first, second) = string.CompareOrdinal(a.Id, b.Id) < 0 ? (a, b) : (b, a);
            found.TryAdd((first.Id, second.Id), new LikelyDuplicate(first, second, evidence));
        }

        var named = entities.Where(e => e.Type is not (EntityType.Place or EntityType.Country)).ToList();

        var byPart = named
            .SelectMany(e => Parts(e.Name).Select(part => (part, e)))
            .ToLookup(x => x.part, x => x.e, StringComparer.OrdinalIgnoreCase);
        foreach (var e in named)
        {
            foreach (var longer in byPart[e.Name])
                Add(e, longer, $"'{e.Name}' is part of '{longer.Name}'");
        }

        var byInitials = named
            .Where(e => e.Type == EntityType.Organization && e.Name.Contains(' ', StringComparison.Ordinal))
            .ToLookup(e => EntityRecognizer.Initials(e.Name), StringComparer.Ordinal);
        foreach (var e in named.Where(e => EntityRecognizer.IsAcronym(e.Name)))
        {
            foreach (var full in byInitials[e.Name])
                Add(e, full, $"'{e.Name}' are the initials of '{full.Name}'");
        }

        // One letter apart: two slugs within one edit share a key once a letter is deleted from each.
        // A person's surname is compared too: "Daveport" alone against "Lindsay Davenport".
        var bySpelling = named
            .SelectMany(e => SpelledForms(e).Select(form => (Slug: form.Slug, form.Whole, Entity: e)))
            .Where(x => x.Slug.Length >= MinLengthForSpelling)
            .SelectMany(x => Deletions(x.Slug).Select(key => (key, x)))
            .ToLookup(x => x.key, x => x.x, StringComparer.Ordinal);
        foreach (var group in bySpelling)
        {
            foreach (var a in group)
            {
                foreach (var b in group.Where(b => string.CompareOrdinal(a.Entity.Id, b.Entity.Id) < 0 && b.Entity.Type == a.Entity.Type && b.Slug != a.Slug && (a.Whole || b.Whole)))
                    Add(a.Entity, b.Entity, $"'{a.Entity.Name}' and '{b.Entity.Name}' differ by one letter");
            }
        }

        foreach (var group in named.GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var list = group.ToList();
            for (var i = 1; i < list.Count; i++)
                Add(list[0], list[i], $"'{group.Key}' is both {list[0].Type.Article()} and {list[i].Type.Article()}");
        }

        return [.. found.Values.OrderBy(d => d.First.Name, StringComparer.OrdinalIgnoreCase).ThenBy(d => d.Second.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The whole name, and a person's surname, which is compared with whole names only (two surnames one letter apart are two families).</summary>
    private static IEnumerable<(string Slug, bool Whole)> SpelledForms(Entity e)
    {
        var person = e.Type == EntityType.Person;
        yield return (Folding.Slug(e.Name, person), true);
        if (person && e.Name.Contains(' ', StringComparison.Ordinal))
            yield return (Folding.Surname(e.Name), false);
    }

    /// <summary>The word-for-word starts and ends of a name of two or more words.</summary>
    private static IEnumerable<string> Parts(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = 1; n < words.Length; n++)
        {
            yield return string.Join(' ', words[..n]);
            yield return string.Join(' ', words[^n..]);
        }
    }

    private static IEnumerable<string> Deletions(string slug)
    {
        yield return slug;
        for (var i = 0; i < slug.Length; i++)
            yield return string.Concat(slug.AsSpan(0, i), slug.AsSpan(i + 1));
    }

    private static string Article(this EntityType type) => type switch
    {
        EntityType.Organization => "an organization",
        EntityType.MilitaryUnit => "a military unit",
        _ => "a " + type.ToString().ToLowerInvariant(),
    };
}
