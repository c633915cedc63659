using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphBuilder.Extraction.Model;

namespace GraphBuilder.Store.Writing;

/// <summary>
/// How an article's extraction and its resolved facts are kept in the graph. An Article node keeps
/// its own extraction (<c>extraction</c>, JSON of its records without the text, compressed), so a later ingest
/// can resolve new articles against it, and a hash of its resolved facts (<c>factsHash</c>), so an
/// ingest rewrites exactly the articles whose facts a merge or split of entities changed.
/// </summary>
public static class StoredForm
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Extraction(ArticleSlice extracted) => JsonSerializer.Serialize(extracted with { Extracted = null }, Json);

    /// <summary><see cref="Extraction"/> as UTF-8, for keeping it outside the graph.</summary>
    public static byte[] ExtractionUtf8(ArticleSlice extracted) => JsonSerializer.SerializeToUtf8Bytes(extracted with { Extracted = null }, Json);

    /// <summary>What an article keeps of a slice: the extraction it was resolved from, or the slice itself when it was not resolved.</summary>
    public static string OwnExtraction(ArticleSlice slice) => Extraction(slice.Extracted ?? slice);

    /// <exception cref="JsonException">The text is not an extraction this version can read.</exception>
    public static ArticleSlice ReadExtraction(string json) =>
        JsonSerializer.Deserialize<ArticleSlice>(json, Json) ?? throw new JsonException("an article's stored extraction is empty");

    /// <summary>
    /// Reads what an article node keeps (<see cref="Kept"/>): the compressed extraction, or the plain JSON
    /// that graphs written before the compression keep.
    /// </summary>
    /// <exception cref="JsonException">The text is not an extraction this version can read.</exception>
    public static ArticleSlice ReadKept(string kept)
    {
        if (kept.StartsWith('{'))
            return ReadExtraction(kept);
        try
        {
            using var json = new MemoryStream();
            using (var gzip = new GZipStream(new MemoryStream(Convert.FromBase64String(kept)), CompressionMode.Decompress))
                gzip.CopyTo(json);
            return ReadExtraction(json.GetBuffer().AsSpan(0, (int)json.Length));
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException)
        {
            throw new JsonException("an article's stored extraction is neither JSON nor compressed JSON", ex);
        }
    }

    /// <inheritdoc cref="ReadExtraction(string)"/>
    public static ArticleSlice ReadExtraction(ReadOnlySpan<byte> utf8) =>
        JsonSerializer.Deserialize<ArticleSlice>(utf8, Json) ?? throw new JsonException("an article's stored extraction is empty");

    /// <summary>
    /// The article's resolved facts and its own extraction, hashed: equal exactly when rewriting the
    /// article would change nothing. Entity properties are not in it; they are compared on their own.
    /// </summary>
    public static string FactsHash(ArticleSlice resolved) => HashFacts(resolved, resolved.Extracted is null ? "" : Extraction(resolved.Extracted));

    /// <summary>
    /// What an article node keeps of a slice: <see cref="OwnExtraction"/>, gzip-compressed in base64, and
    /// <see cref="FactsHash(ArticleSlice)"/>, the extraction serialized once for both. The JSON is some
    /// 16 KB an article, most of what Neo4j stores, logs and deletes for it; compressed, under a third
    /// of that.
    /// </summary>
    public static (string Extraction, string FactsHash) Kept(ArticleSlice slice)
    {
        var own = OwnExtraction(slice);
        return (Compress(own), HashFacts(slice, slice.Extracted is null ? "" : own));
    }

    private static string Compress(string json)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            gzip.Write(Encoding.UTF8.GetBytes(json));
        return Convert.ToBase64String(compressed.GetBuffer(), 0, (int)compressed.Length);
    }

    private static string HashFacts(ArticleSlice resolved, string ownExtraction)
    {
        var facts = JsonSerializer.Serialize(resolved with { Entities = [], Extracted = null }, Json);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(facts + "\n" + ownExtraction)));
    }

    /// <summary>An entity's stored properties and gazetteer container in one string, to tell which entities a run must update.</summary>
    public static string Fingerprint(string name, string type, IEnumerable<string> aliases, IEnumerable<string> titles, long? geoNamesId, string? within) =>
        string.Join('\u001f', [name, type, string.Join('\u001e', aliases), string.Join('\u001e', titles), geoNamesId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", within ?? ""]);

    public static string Fingerprint(Entity e) => Fingerprint(e.Name, e.Type.ToString(), e.Aliases, e.Titles, e.GeoNamesId, e.Within);
}
