using System.Text;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;

namespace GraphBuilder.Worker.Tests.Cli;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Func<Stream, Task> Writes(string text) => stream => stream.WriteAsync(Encoding.UTF8.GetBytes(text)).AsTask();

    [Fact]
    public async Task TryWrite_Succeeds_ReplacesTheFileAndLeavesNoTemporary()
    {
        var path = _folder.Write("out.html", "old");

        (await AtomicFile.TryWriteAsync(path, Writes("new"))).ShouldBeNull();

        File.ReadAllText(path).ShouldBe("new");
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public async Task TryWrite_WriterFailsHalfway_ReturnsWhy_AndKeepsTheOldFile()
    {
        var path = _folder.Write("out.html", "old");

        var error = await AtomicFile.TryWriteAsync(path, async stream =>
        {
            await Writes("half")(stream);
            throw new IOException("No space left on device");
        });

        error.ShouldBe("No space left on device");
        File.ReadAllText(path).ShouldBe("old");
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }

    [Fact]
    public async Task TryWrite_Cancelled_KeepsTheOldFile_AndLeavesNoTemporary()
    {
        var path = _folder.Write("out.html", "old");

        await Should.ThrowAsync<OperationCanceledException>(() => AtomicFile.TryWriteAsync(path, async stream =>
        {
            await Writes("half")(stream);
            throw new OperationCanceledException();
        }));

        File.ReadAllText(path).ShouldBe("old");
        Directory.GetFiles(_folder.Path).ShouldBe([path]);
    }
}
