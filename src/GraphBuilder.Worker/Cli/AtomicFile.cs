namespace GraphBuilder.Worker.Cli;

/// <summary>
/// Writes a file through a temporary file beside it and a rename: a reader never sees half a file,
/// and a failed write (disk full, read-only or missing folder) leaves the previous file as it was.
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // nothing more to clean up: the error that matters is reported by the caller
        }
    }
}
