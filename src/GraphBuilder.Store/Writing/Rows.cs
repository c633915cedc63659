using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Store.Writing;

/// <summary>The parameter rows the Cypher files UNWIND, one shape per file.</summary>
internal static class Rows
{
    public static Dictionary<string, object?> Entity(Entity e) => new()
    {
        ["id"] = e.Id,
        ["name"] = e.Name,
        ["type"] = e.Type.ToString(),
        ["aliases"] = e.Aliases,
        ["titles"] = e.Titles,
        ["geonamesId"] = e.GeoNamesId,
    };

    public static Dictionary<string, object?> Containment(Entity e) => new()
    {
        ["id"] = e.Id,
        ["within"] = e.Within,
    };

    /// <summary>An article with the extraction it keeps (<see cref="StoredForm.Kept"/>).</summary>
    public static Dictionary<string, object?> Article(Article a, string extraction) => new()
    {
        ["extraction"] = extraction,
        ["id"] = a.Id,
        ["file"] = a.File,
        ["title"] = a.Title,
        ["outlet"] = a.Outlet,
        ["published"] = a.Published,
        ["folder"] = a.Folder,
        ["url"] = a.Url,
        ["author"] = a.Author,
    };

    public static Dictionary<string, object?> Mention(MentionCount m) => new()
    {
        ["entity"] = m.EntityId,
        ["article"] = m.ArticleId,
        ["count"] = m.Count,
    };

    public static Dictionary<string, object?> Statement(Statement s) => new()
    {
        ["id"] = s.Id,
        ["speaker"] = s.SpeakerId,
        ["kind"] = s.Kind.Name(),
        ["verb"] = s.Verb,
        ["text"] = s.Text,
        ["sentence"] = s.Sentence,
        ["start"] = s.Start,
        ["end"] = s.End,
        ["article"] = s.ArticleId,
        ["about"] = s.About.Distinct().ToList(),
    };

    public static Dictionary<string, object?> Relation(Relation r) => new()
    {
        ["type"] = RelationTypes.Name(r.Type),
        ["from"] = r.FromId,
        ["to"] = r.ToId,
        ["article"] = r.ArticleId,
        ["evidence"] = r.Evidence,
    };

    public static Dictionary<string, object?> Role(Role r) => new()
    {
        ["person"] = r.PersonId,
        ["title"] = r.Title,
        ["organization"] = r.OrganizationId,
        ["article"] = r.ArticleId,
    };

    /// <summary>
    /// An article's relations once per type and pair, with the last evidence, as MERGE and SET leave them:
    /// for CREATE, which would write each repeat.
    /// </summary>
    public static IEnumerable<Relation> Distinct(IEnumerable<Relation> relations) =>
        relations.GroupBy(r => (r.Type, r.FromId, r.ToId)).Select(g => g.Last());

    /// <summary>An article's roles at a named organisation, each once.</summary>
    public static IEnumerable<Role> Roles(ArticleSlice s) =>
        s.Roles.Where(r => r.OrganizationId is not null).DistinctBy(r => (r.PersonId, r.OrganizationId, r.Title));

    /// <summary>What marks an article stored: its content and facts hashes (<see cref="StoredForm.Kept"/>).</summary>
    public static Dictionary<string, object?> Done(Article a, string factsHash) => new()
    {
        ["article"] = a.Id,
        ["contentHash"] = a.ContentHash,
        ["factsHash"] = factsHash,
    };

    /// <summary>What the article's new version (or new resolution) holds, for removing what it no longer does.</summary>
    public static Dictionary<string, object?> Change(ArticleSlice s) => new()
    {
        ["article"] = s.Article.Id,
        ["statements"] = s.Statements.Select(x => x.Id).ToList(),
        ["mentioned"] = s.Mentions.Select(x => x.EntityId).ToList(),
        ["facts"] = s.Relations.Select(r => $"{RelationTypes.Name(r.Type)}|{r.FromId}|{r.ToId}|")
            .Concat(Roles(s).Select(r => $"HOLDS_ROLE|{r.PersonId}|{r.OrganizationId}|{r.Title}"))
            .ToList(),
    };
}
