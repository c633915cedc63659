namespace GraphBuilder.Worker.Cli;

/// <summary>
/// Writes a file (or a folder of files) through a temporary one beside it and a rename: a reader never
/// sees half of it, and a failed write (disk full, read-only or missing folder) leaves what was there as it was.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Returns null once the file is in place, otherwise why it could not be written.</summary>
    public static async Task<string?> TryWriteAsync(string path, Func<Stream, Task> write)
    {
        var temp = path + ".tmp";
        try
        {
            await using (var stream = File.Create(temp))
                await write(stream).ConfigureAwait(false);
            File.Move(temp, path, overwrite: true);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message;
        }
        finally
        {
            // After the rename nothing is left there; after a failure or a cancellation, the half-written file goes.
            TryDelete(temp);
        }
    }

    /// <summary>
    /// Returns null once the folder <paramref name="path"/> (absent or empty before) holds what
    /// <paramref name="write"/> put in the folder it is given, otherwise why it could not be written.
    /// </summary>
    public static string? TryWriteFolder(string path, Action<string> write)
    {
        // A name of its own: whatever is beside the output stays untouched.
        var temp = $"{path.TrimEnd(Path.DirectorySeparatorChar)}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(temp);
            write(temp);
            if (Directory.Exists(path))
                Directory.Delete(path);
            Directory.Move(temp, path);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return ex.Message;
        }
        finally
        {
            TryDelete(temp);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
                Directory.Delete(path, recursive: true);
            else
                File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // nothing more to clean up: the error that matters is reported by the caller
        }
    }
}
