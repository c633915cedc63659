namespace GraphBuilder.Worker.Tests.Ingestion;

/// <summary>
/// Short articles of our own (Ingestion/Arrivals) that link and unlink entities of each other: a
/// surname alone ("Okonkwo"), two full names that share it, an acronym ("FRA") one article defines.
/// </summary>
internal static class Arrivals
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "Ingestion", "Arrivals");

    public static string File(string name) => Path.Combine(Folder, name);
}
