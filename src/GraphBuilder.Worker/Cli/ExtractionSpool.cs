using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store.Writing;
using Microsoft.Win32.SafeHandles;

namespace GraphBuilder.Worker.Cli;

/// <summary>
/// Keeps a corpus's extractions in a temporary file (as the JSON an article node keeps) rather than in
/// memory, so the tool's memory holds the entity catalog and an index, not every article's records,
/// however many articles a run reads. The file is gone when the spool is disposed or the process ends.
/// </summary>
internal sealed class ExtractionSpool : IExtractedArticles, IDisposable
{
    private readonly List<(string Id, long Offset, int Length)> _index = [];
    private SafeFileHandle? _file;
    private long _end;

    public ExtractionSpool() =>
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"graphbuilder-spool-{Guid.NewGuid():N}.jsonl");

    /// <summary>The temporary file, for messages.</summary>
    public string Path { get; }

    /// <exception cref="IOException">The temporary folder cannot take the file; the message names it.</exception>
    public void Add(ArticleSlice extracted)
    {
        var json = StoredForm.ExtractionUtf8(extracted);
        try
        {
            _file ??= Open(Path);
            RandomAccess.Write(_file, json, _end);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"cannot keep the extractions in the temporary folder '{System.IO.Path.GetDirectoryName(Path)}' (TMPDIR chooses another): {ex.Message}", ex);
        }

        _index.Add((extracted.Article.Id, _end, json.Length));
        _end += json.Length;
    }

    public IEnumerable<ArticleSlice> InIdOrder()
    {
        var buffer = Array.Empty<byte>();
        foreach (var (_, offset, length) in _index.OrderBy(e => e.Id, StringComparer.Ordinal))
        {
            if (buffer.Length < length)
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            var read = 0;
            while (read < length)
            {
                var n = RandomAccess.Read(_file!, buffer.AsSpan(read, length - read), offset + read);
                read += n > 0 ? n : throw new EndOfStreamException("the extraction spool is shorter than what was written to it");
            }

            yield return StoredForm.ReadExtraction(buffer.AsSpan(0, length));
        }
    }

    public void Dispose() => _file?.Dispose();

    private static SafeFileHandle Open(string path)
    {
        var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, FileOptions.DeleteOnClose);
        // Unix keeps an unlinked file for the handle and frees it when the process ends, however it
        // ends; Windows deletes it when the handle closes, which a dying process does too.
        if (!OperatingSystem.IsWindows())
            File.Delete(path);
        return file;
    }
}
