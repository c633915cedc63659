using GraphBuilder.Worker.Sources;

namespace GraphBuilder.Worker.Hosting;

/// <summary>
/// Lists a folder's article files and tells which are ready to read: a file counts only once its size
/// and write time have stayed the same for <see cref="WorkerOptions.StableFor"/>, so a file still
/// being written is never read half-way.
/// </summary>
internal sealed class FolderScanner(string folder, TimeSpan stableFor, TimeProvider time)
{
    private readonly Dictionary<string, (long Length, DateTime Written, DateTimeOffset Since)> _seen = new(StringComparer.Ordinal);

    /// <summary>
    /// The files that are ready, whether any file is still settling, and a fingerprint of the ready
    /// files' names, sizes and times that changes whenever one of them does.
    /// </summary>
    public (IReadOnlySet<string> Ready, bool Settling, string Fingerprint) Scan()
    {
        var now = time.GetUtcNow();
        var ready = new HashSet<string>(StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        var settling = false;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.TopDirectoryOnly).Where(FolderArticleSource.IsArticle))
        {
            var info = new FileInfo(path);
            var name = info.Name;
            present.Add(name);
            if (!_seen.TryGetValue(name, out var last) || last.Length != info.Length || last.Written != info.LastWriteTimeUtc)
            {
                _seen[name] = (info.Length, info.LastWriteTimeUtc, now);
                last = _seen[name];
            }

            if (now - last.Since >= stableFor)
                ready.Add(name);
            else
                settling = true;
        }

        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList())
            _seen.Remove(gone);
        var fingerprint = string.Join('|', ready.Order(StringComparer.Ordinal).Select(n => $"{n}:{_seen[n].Length}:{_seen[n].Written.Ticks}"));
        return (ready, settling, fingerprint);
    }

    /// <summary>The article files present now, ready or not: a file still being written is not deleted from the graph.</summary>
    public IReadOnlySet<string> Present() => _seen.Keys.ToHashSet(StringComparer.Ordinal);
}
