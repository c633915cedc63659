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

        w.WriteStartArray("articles");
        foreach (var a in graph.Articles)
        {
            w.WriteStartObject();
            w.WriteString("id", a.Id);
            w.WriteString("file", a.File);
            w.WriteString("title", a.Title);
            w.WriteString("outlet", a.Outlet);
            w.WriteString("published", a.Published);
            w.WriteString("contentHash", a.ContentHash);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("entities");
        foreach (var e in graph.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("name", e.Name);
            w.WriteString("type", e.Type.ToString());
            Strings(w, "aliases", e.Aliases);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("statements");
        foreach (var s in graph.Statements)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("speaker", s.SpeakerId);
            w.WriteString("kind", s.Kind == StatementKind.Denied ? "denied" : "stated");
            w.WriteString("verb", s.Verb);
            w.WriteString("text", s.Text);
            w.WriteString("article", s.ArticleId);
            w.WriteString("sentence", s.Sentence);
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            Strings(w, "about", s.About);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("relations");
        foreach (var r in graph.Relations)
        {
            w.WriteStartObject();
            w.WriteString("type", RelationTypes.Name(r.Type));
            w.WriteString("from", r.FromId);
            w.WriteString("to", r.ToId);
            w.WriteString("article", r.ArticleId);
            w.WriteString("evidence", r.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("roles");
        foreach (var r in graph.Roles)
        {
            w.WriteStartObject();
            w.WriteString("person", r.PersonId);
            w.WriteString("title", r.Title);
            w.WriteString("organization", r.OrganizationId);
            w.WriteString("article", r.ArticleId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
