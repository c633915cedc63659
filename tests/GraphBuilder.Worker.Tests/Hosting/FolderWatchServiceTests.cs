using Microsoft.Extensions.Time.Testing;
using System.Threading.Channels;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Hosting;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Hosting;

/// <summary>The hosted worker against the real local Neo4j, with a clock the test moves.</summary>
[Collection(Neo4jServer.Name)]
public sealed class FolderWatchServiceTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private static readonly TimeSpan Rescan = TimeSpan.FromSeconds(5);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly Channel<IngestResult> _refreshes = Channel.CreateUnbounded<IngestResult>();
    private ServiceProvider _services = null!;
    private FolderWatchService _service = null!;

    private const string Good = "Minister Says Talks Went Well\nForeign Minister Anna Berg said on Monday that the talks had gone well.\n";

    public async Task InitializeAsync() => await Start(TimeSpan.Zero);

    private async Task Start(TimeSpan stableFor)
    {
        _services = neo4j.Services(configure: s => s.AddSingleton<TimeProvider>(_clock), settings: new()
        {
            ["GraphBuilder:Worker:InputFolder"] = _folder.Path,
            ["GraphBuilder:Worker:RescanInterval"] = Rescan.ToString(),
            ["GraphBuilder:Worker:RefreshInterval"] = "01:00:00",
            ["GraphBuilder:Worker:StableFor"] = stableFor.ToString(),
        });
        await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        _service = ActivatorUtilities.CreateInstance<FolderWatchService>(_services);
        _service.Refreshed += (_, result) => _refreshes.Writer.TryWrite(result);
        await _service.StartAsync(CancellationToken.None);
        await NextRefresh(); // the ingest at start
    }

    public async Task DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None);
        _service.Dispose();
        await _services.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<IngestResult> NextRefresh()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _refreshes.Reader.ReadAsync(timeout.Token);
    }

    /// <summary>Moves the clock one rescan at a time until the graph shows what is expected.</summary>
    private async Task Eventually(Func<Task<bool>> condition)
    {
        // The service registers its next timer only after it has finished a scan, so on a loaded
        // machine an advance can come before the timer exists; several rounds absorb that.
        for (var i = 0; i < 20; i++)
        {
            if (await condition())
                return;
            _clock.Advance(Rescan);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await _refreshes.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // no refresh this round: nothing had changed yet
            }
        }

        (await condition()).ShouldBeTrue("the graph never reached the expected state");
    }

    private async Task<List<string>> Files() =>
        [.. (await neo4j.Query(_services, "MATCH (a:Article) WHERE a.contentHash IS NOT NULL RETURN a.file ORDER BY a.file")).Select(r => (string)r[0]!)];

    private async Task<List<string>> Statements() =>
        [.. (await neo4j.Query(_services, "MATCH (s:Statement) RETURN s.text ORDER BY s.text")).Select(r => (string)r[0]!)];

    [Fact]
    public async Task NewFile_IsIngested()
    {
        _folder.Write("a.txt", Good);
        await Eventually(async () => (await Files()).SequenceEqual(["a.txt"]));
        (await Statements()).ShouldBe(["the talks had gone well"]);
    }

    [Fact]
    public async Task ChangedFile_IsReingested()
    {
        _folder.Write("a.txt", Good);
        await Eventually(async () => (await Files()).Count == 1);
        _folder.Write("a.txt", Good.Replace("the talks had gone well", "the talks had failed", StringComparison.Ordinal));
        await Eventually(async () => (await Statements()).SequenceEqual(["the talks had failed"]));
    }

    [Fact]
    public async Task DeletedFile_IsRemovedWithItsStatements()
    {
        _folder.Write("a.txt", Good);
        _folder.Write("b.txt", Good.Replace("Anna Berg", "Carl Lund", StringComparison.Ordinal));
        await Eventually(async () => (await Files()).Count == 2);
        File.Delete(_folder.File("a.txt"));
        await Eventually(async () => (await Files()).SequenceEqual(["b.txt"]));
        (await neo4j.Query(_services, "MATCH (s:Statement)<-[:STATED]-(p) RETURN p.name")).Select(r => (string)r[0]!).ShouldBe(["Carl Lund"]);
        (await neo4j.Query(_services, "MATCH (p:Person {name: 'Anna Berg'}) RETURN p")).ShouldBeEmpty();
    }

    [Fact]
    public async Task FailingArticle_DoesNotStopTheOthers()
    {
        _folder.Write("bad.txt", [0x00, 0x01, 0x02, 0x03]);
        _folder.Write("good.txt", Good);
        await Eventually(async () => (await Files()).SequenceEqual(["good.txt"]));
    }

    [Fact]
    public async Task Cancellation_StopsCleanly()
    {
        var stop = _service.StopAsync(CancellationToken.None);
        (await Task.WhenAny(stop, Task.Delay(TimeSpan.FromSeconds(10)))).ShouldBe(stop);
        await stop;
        _service.ExecuteTask!.IsCompleted.ShouldBeTrue();
        _service.ExecuteTask.IsFaulted.ShouldBeFalse();
    }
}

/// <summary>A file still being written is not read until its size has settled.</summary>
[Collection(Neo4jServer.Name)]
public sealed class FolderWatchServiceSettlingTests(Neo4jFixture neo4j) : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new();
    private readonly SemaphoreSlim _refreshed = new(0);
    private ServiceProvider _services = null!;
    private FolderWatchService _service = null!;

    public async Task InitializeAsync()
    {
        _services = neo4j.Services(configure: s => s.AddSingleton<TimeProvider>(_clock), settings: new()
        {
            ["GraphBuilder:Worker:InputFolder"] = _folder.Path,
            ["GraphBuilder:Worker:RescanInterval"] = "00:00:01",
            ["GraphBuilder:Worker:RefreshInterval"] = "01:00:00",
            ["GraphBuilder:Worker:StableFor"] = "00:00:10",
        });
        await _services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        _service = ActivatorUtilities.CreateInstance<FolderWatchService>(_services);
        _service.Refreshed += (_, _) => _refreshed.Release();
        await _service.StartAsync(CancellationToken.None);
        (await _refreshed.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue();
    }

    public async Task DisposeAsync()
    {
        await _service.StopAsync(CancellationToken.None);
        _service.Dispose();
        _refreshed.Dispose();
        await _services.DisposeAsync();
        _folder.Dispose();
    }

    private async Task<long> Articles() => (long)(await neo4j.Query(_services, "MATCH (a:Article) RETURN count(a)"))[0][0]!;

    [Fact]
    public async Task HalfWrittenFile_IsNotRead()
    {
        _folder.Write("a.txt", "Minister Says Talks Went Well\nForeign Minister Anna Berg said on Monday that the talks");
        for (var second = 0; second < 5; second++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1));
            await _refreshed.WaitAsync(TimeSpan.FromMilliseconds(300));
        }

        (await Articles()).ShouldBe(0);

        File.AppendAllText(_folder.File("a.txt"), " had gone well.\n");
        // Past StableFor in one step, a round at a time (see FolderWatchServiceTests.Eventually).
        for (var round = 0; round < 20 && await Articles() == 0; round++)
        {
            _clock.Advance(TimeSpan.FromSeconds(11));
            await _refreshed.WaitAsync(TimeSpan.FromSeconds(3));
        }

        (await neo4j.Query(_services, "MATCH (s:Statement) RETURN s.text")).Select(r => (string)r[0]!).ShouldBe(["the talks had gone well"]);
    }
}

/// <summary>Every folder among the worker's sources is kept in the graph, each with its own articles.</summary>
[Collection(Neo4jServer.Name)]
public sealed class FolderWatchServiceSourcesTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task TwoFolders_AreBothIngested_AndAFileGoneFromOneLeavesTheOther()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        first.Write("a.txt", "Minister Says Talks Went Well\nForeign Minister Anna Berg said on Monday that the talks had gone well.\n");
        second.Write("b.html", $"<html><head><title>Port reopens</title></head><body><article><h1>Port reopens</h1>{string.Concat(Enumerable.Repeat("<p>\"The northern harbour will reopen to cargo ships in May after two years of repairs,\" said Ana Ribeiro, who chairs the harbour board.</p>", 6))}</article></body></html>");
        var clock = new FakeTimeProvider();
        var refreshes = Channel.CreateUnbounded<IngestResult>();
        await using var services = neo4j.Services(configure: s => s.AddSingleton<TimeProvider>(clock), settings: new()
        {
            ["GraphBuilder:Worker:Sources:0"] = first.Path,
            ["GraphBuilder:Worker:Sources:1"] = second.Path + Path.DirectorySeparatorChar,
            ["GraphBuilder:Worker:RescanInterval"] = "00:00:05",
            ["GraphBuilder:Worker:StableFor"] = "00:00:00",
        });
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        using var service = ActivatorUtilities.CreateInstance<FolderWatchService>(services);
        service.Refreshed += (_, result) => refreshes.Writer.TryWrite(result);
        await service.StartAsync(CancellationToken.None);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
        {
            (await refreshes.Reader.ReadAsync(timeout.Token)).Written.ShouldBe(1);
            (await refreshes.Reader.ReadAsync(timeout.Token)).Written.ShouldBe(1);
        }

        File.Delete(first.File("a.txt"));
        for (var round = 0; round < 20 && (await Files()).Count > 1; round++)
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await refreshes.Reader.ReadAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                // no refresh this round (see FolderWatchServiceTests.Eventually)
            }
        }

        await service.StopAsync(CancellationToken.None);
        (await Files()).ShouldBe([$"{second.Path}|b.html"]);

        async Task<List<string>> Files() =>
            [.. (await neo4j.Query(services, "MATCH (a:Article) RETURN a.folder + '|' + a.file ORDER BY a.file")).Select(r => (string)r[0]!)];
    }
}
