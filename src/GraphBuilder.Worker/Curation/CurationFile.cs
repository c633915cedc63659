using System.ComponentModel.DataAnnotations;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using GraphBuilder.Extraction.Resolution;
using GraphBuilder.Worker.Cli;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Curation;

/// <summary>Where the analysts' identity decisions are kept. Bound from "GraphBuilder:Curation".</summary>
public sealed class CurationOptions
{
    public const string DefaultFile = "curation/entities.json";

    /// <summary>The curation file, relative to the current folder unless rooted; it need not exist.</summary>
    [Required(AllowEmptyStrings = false)]
    public string File { get; set; } = DefaultFile;
}

/// <summary>
/// Reads and writes the curation file: <c>{"merges": [{"keep": NAME, "names": [NAME, …]}], "splits": [NAME, …]}</c>.
/// It is read afresh by every ingest, export and <c>entities</c> command, so an edit takes effect on
/// the next run, and it lives outside the database, so <c>reset</c> and a clean re-ingest keep it.
/// </summary>
public sealed class CurationFile(IOptions<CurationOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>The decisions in one string: equal exactly when resolving by them gives the same entities.</summary>
    public static string Fingerprint(EntityCuration curation) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(curation, Json)));

    public string FullPath => System.IO.Path.GetFullPath(options.Value.File);

    /// <summary>
    /// The decisions in the file (none when it does not exist), or false and what is wrong with it,
    /// naming the file: every command stops on that one line with nothing changed.
    /// </summary>
    public bool TryLoad([NotNullWhen(true)] out EntityCuration? curation, [NotNullWhen(false)] out string? error) => TryLoad(FullPath, out curation, out error);

    public static bool TryLoad(string path, [NotNullWhen(true)] out EntityCuration? curation, [NotNullWhen(false)] out string? error)
    {
        curation = null;
        error = null;
        if (!System.IO.File.Exists(path))
        {
            curation = EntityCuration.Empty;
            return true;
        }

        Stored? stored;
        try
        {
            stored = JsonSerializer.Deserialize<Stored>(System.IO.File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            error = $"the curation file '{path}' is not valid: {ex.Message}";
            return false;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read the curation file '{path}': {ex.Message}";
            return false;
        }

        var merges = stored?.Merges ?? [];
        var blank = merges.FirstOrDefault(m => string.IsNullOrWhiteSpace(m.Keep) || m.Names.Count == 0 || m.Names.Any(string.IsNullOrWhiteSpace));
        if (blank is not null || (stored?.Splits ?? []).Any(string.IsNullOrWhiteSpace))
        {
            error = $"the curation file '{path}' is not valid: every merge needs a \"keep\" name and at least one of \"names\", and no name may be empty";
            return false;
        }

        curation = new EntityCuration { Merges = merges, Splits = stored?.Splits ?? [] };
        return true;
    }

    /// <summary>Writes the decisions; returns null once they are in place, otherwise why not.</summary>
    public async Task<string?> TrySaveAsync(EntityCuration curation)
    {
        var path = FullPath;
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }

        return await AtomicFile.TryWriteAsync(path, stream =>
            JsonSerializer.SerializeAsync(stream, new Stored(curation.Merges.ToList(), curation.Splits.ToList()), Json)).ConfigureAwait(false);
    }

    private sealed record Stored(IReadOnlyList<CuratedMerge>? Merges, IReadOnlyList<string>? Splits);
}
