using GraphBuilder.Extraction.Model;
using GraphBuilder.Store.Writing;

namespace GraphBuilder.Store.BulkImport;

/// <summary>
/// The graph an ingest into an empty database writes, as CSV files for Neo4j's offline bulk importer:
/// <c>nodes-*.csv</c> and <c>relationships-*.csv</c>, each with its header and a <c>:LABEL</c> or <c>:TYPE</c>
/// column, so every file is passed the same way. Articles carry what keeps the graph fresh afterwards
/// (content and facts hashes, their own extraction, the extractor version) and the ingest state says
/// which extractor and curation resolved it, so a later <c>ingest</c> of the same folder finds it
/// current and writes only what changed. Constraints and indexes are not in the files: the first
/// ingest (or <c>EnsureSchemaAsync</c>) creates them.
/// </summary>
public static class ImportFiles
{
    /// <summary>The files, in the order the importer is given them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "nodes-articles.csv", "nodes-entities.csv", "nodes-statements.csv", "nodes-ingest-state.csv",
        "relationships-mentioned-in.csv", "relationships-said.csv", "relationships-reported-in.csv",
        "relationships-about.csv", "relationships-facts.csv", "relationships-roles.csv",
    ];

    /// <summary>
    /// Writes the slices (the whole corpus, resolved) into <paramref name="directory"/>, which must
    /// exist, in one pass: every file is open at once, so the slices can be read as they are resolved.
    /// </summary>
    public static void Write(string directory, IEnumerable<ArticleSlice> slices, IngestState state)
    {
        string File(int i) => Path.Combine(directory, Names[i]);
        using var articles = new ImportCsv(File(0), "id:ID(Article)", "file", "title", "outlet", "published", "folder", "url", "author", "extraction", "contentHash", "factsHash", "extractor", ":LABEL");
        using var nodes = new ImportCsv(File(1), "id:ID(Entity)", "name", "type", "aliases:string[]", "titles:string[]", "geonamesId:long", ":LABEL");
        using var statements = new ImportCsv(File(2), "id:ID(Statement)", "text", "kind", "verb", "sentence", "start:long", "end:long", "article", ":LABEL");
        using var ingest = new ImportCsv(File(3), "id:ID(IngestState)", "extractor", "curation", ":LABEL");
        using var mentions = new ImportCsv(File(4), ":START_ID(Entity)", ":END_ID(Article)", "count:long", ":TYPE");
        using var said = new ImportCsv(File(5), ":START_ID(Entity)", ":END_ID(Statement)", ":TYPE");
        using var reported = new ImportCsv(File(6), ":START_ID(Statement)", ":END_ID(Article)", ":TYPE");
        using var about = new ImportCsv(File(7), ":START_ID(Statement)", ":END_ID(Entity)", ":TYPE");
        using var facts = new ImportCsv(File(8), ":START_ID(Entity)", ":END_ID(Entity)", "article", "evidence", "source", ":TYPE");
        using var roles = new ImportCsv(File(9), ":START_ID(Entity)", ":END_ID(Entity)", "title", "article", ":TYPE");

        ingest.Row("ingest", state.Extractor, state.Curation, "IngestState");
        var entities = new List<Entity>();
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            var a = slice.Article;
            var (extraction, factsHash) = StoredForm.Kept(slice);
            articles.Row(a.Id, a.File, a.Title, a.Outlet, a.Published, a.Folder, a.Url, a.Author, extraction, a.ContentHash, factsHash, state.Extractor, "Article");
            foreach (var e in slice.Entities.Where(e => written.Add(e.Id)))
            {
                entities.Add(e);
                nodes.Row(e.Id, e.Name, e.Type.ToString(), e.Aliases, e.Titles, e.GeoNamesId, $"Entity{ImportCsv.ArrayDelimiter}{e.Type}");
            }

            foreach (var m in slice.Mentions)
                mentions.Row(m.EntityId, m.ArticleId, m.Count, "MENTIONED_IN");
            foreach (var s in slice.Statements)
            {
                statements.Row(s.Id, s.Text, s.Kind.Name(), s.Verb, s.Sentence, s.Start, s.End, s.ArticleId, "Statement");
                said.Row(s.SpeakerId, s.Id, s.Kind == StatementKind.Denied ? "DENIED" : "STATED");
                reported.Row(s.Id, s.ArticleId, "REPORTED_IN");
                foreach (var subject in s.About.Distinct())
                    about.Row(s.Id, subject, "ABOUT");
            }

            foreach (var r in Rows.Distinct(slice.Relations))
                facts.Row(r.FromId, r.ToId, r.ArticleId, r.Evidence, "text", RelationTypes.Name(r.Type));
            foreach (var r in Rows.Roles(slice))
                roles.Row(r.PersonId, r.OrganizationId, r.Title, r.ArticleId, "HOLDS_ROLE");
        }

        foreach (var e in entities.Where(e => e.Type is EntityType.Place or EntityType.Country && e.Within is not null && written.Contains(e.Within)))
            facts.Row(e.Id, e.Within, null, null, "gazetteer", "LOCATED_IN");
    }
}
