namespace GraphBuilder.Tests.Neo4j;

/// <summary>A scratch folder that is deleted with the test.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graphbuilder-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        System.IO.File.WriteAllText(File(name), text);
        return File(name);
    }

    public string Write(string name, byte[] bytes)
    {
        System.IO.File.WriteAllBytes(File(name), bytes);
        return File(name);
    }

    public string CopySeeds()
    {
        foreach (var seed in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "seeds")))
            System.IO.File.Copy(seed, File(System.IO.Path.GetFileName(seed)));
        return Path;
    }

    public TempFolder WithSeeds()
    {
        CopySeeds();
        return this;
    }

    public void Dispose()
    {
        if (Directory.Exists(Path))
            Directory.Delete(Path, recursive: true);
    }
}
