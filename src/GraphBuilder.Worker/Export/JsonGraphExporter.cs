using System.Text.Encodings.Web;
using System.Text.Json;
using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store.Writing;

namespace GraphBuilder.Worker.Export;

/// <summary>
/// Writes a corpus graph as the export JSON contract (see README). Fields are written in a fixed
/// order from ordered collections, so the same input gives byte-identical output.
/// </summary>
internal static class JsonGraphExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(CorpusSnapshot graph, Stream output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        Objects(w, "articles", graph.Articles, a =>
        {
            w.WriteString("id", a.Id);
            w.WriteString("file", a.File);
            w.WriteString("title", a.Title);
            w.WriteString("outlet", a.Outlet);
            w.WriteString("published", a.Published);
            if (a.Url is not null)
                w.WriteString("url", a.Url);
            if (a.Author is not null)
                w.WriteString("author", a.Author);
            w.WriteString("contentHash", a.ContentHash);
        });
        Objects(w, "entities", graph.Entities, e =>
        {
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", e.Type.ToString());
            Strings(w, "aliases", e.Aliases);
            if (e.GeoNamesId is { } geoNamesId)
                w.WriteNumber("geonamesId", geoNamesId);
            if (e.Within is { } within)
                w.WriteString("within", within);
        });
        Objects(w, "statements", graph.Statements, s =>
        {
            w.WriteString("id", s.Id);
            w.WriteString("speaker", s.SpeakerId);
            w.WriteString("kind", s.Kind.Name());
            w.WriteString("verb", s.Verb);
            w.WriteString("text", s.Text);
            w.WriteString("article", s.ArticleId);
            w.WriteString("sentence", s.Sentence);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            Strings(w, "about", s.About);
        });
        Objects(w, "relations", graph.Relations, r =>
        {
            w.WriteString("type", RelationTypes.Name(r.Type));
            w.WriteString("from", r.FromId);
            w.WriteString("to", r.ToId);
            w.WriteString("article", r.ArticleId);
            w.WriteString("evidence", r.Evidence);
        });
        Objects(w, "roles", graph.Roles, r =>
        {
            w.WriteString("person", r.PersonId);
            w.WriteString("title", r.Title);
            w.WriteString("organization", r.OrganizationId);
            w.WriteString("article", r.ArticleId);
        });
        w.WriteEndObject();
    }

    /// <summary>An array of objects, each written by <paramref name="fields"/>.</summary>
    private static void Objects<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Action<T> fields)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStartObject();
            fields(item);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
