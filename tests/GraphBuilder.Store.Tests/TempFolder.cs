using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Store.Tests;

/// <summary>A scratch folder with copies of the seed articles, deleted with the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graphbuilder-store-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public TempFolder WithSeeds()
    {
        foreach (var seed in Directory.GetFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "seeds")))
            System.IO.File.Copy(seed, File(System.IO.Path.GetFileName(seed)));
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
