using Microsoft.Extensions.Time.Testing;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Hosting;

namespace GraphBuilder.Worker.Tests.Hosting;

public class FolderScannerTests
{
    [Fact]
    public void Scan_EmptyFolder_HasNothingReady()
    {
        using var folder = new TempFolder();
        new FolderScanner(folder.Path, TimeSpan.FromSeconds(2), new FakeTimeProvider()).Scan().Ready.ShouldBeEmpty();
    }

    [Fact]
    public void Scan_NewFile_IsReadyOnlyAfterItSettles()
    {
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider();
        var scanner = new FolderScanner(folder.Path, TimeSpan.FromSeconds(2), clock);
        folder.Write("a.txt", "Headline\nThe minister said");

        scanner.Scan().ShouldSatisfyAllConditions(s => s.Ready.ShouldBeEmpty(), s => s.Settling.ShouldBeTrue());
        clock.Advance(TimeSpan.FromSeconds(1));
        File.AppendAllText(folder.File("a.txt"), " the talks went well.");
        scanner.Scan().Ready.ShouldBeEmpty(); // it grew: the wait starts again
        clock.Advance(TimeSpan.FromSeconds(2));
        scanner.Scan().Ready.ShouldBe(["a.txt"]);
    }

    [Fact]
    public void Scan_Fingerprint_ChangesWhenAReadyFileChanges()
    {
        using var folder = new TempFolder();
        var scanner = new FolderScanner(folder.Path, TimeSpan.Zero, new FakeTimeProvider());
        folder.Write("a.txt", "one");
        var before = scanner.Scan().Fingerprint;
        folder.Write("a.txt", "one and two");
        scanner.Scan().Fingerprint.ShouldNotBe(before);
    }

    [Fact]
    public void Present_IncludesFilesStillBeingWritten()
    {
        using var folder = new TempFolder();
        var scanner = new FolderScanner(folder.Path, TimeSpan.FromMinutes(1), new FakeTimeProvider());
        folder.Write("a.txt", "partial");
        scanner.Scan();
        scanner.Present().ShouldBe(["a.txt"]);
    }
}
