using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Local;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GraphBuilder.Worker.Tests.Local;

public sealed class LocalNeo4jLauncherTests
{
    // Port 9 (discard) has no listener on these machines, so the launcher decides to start the server.
    private static LocalNeo4jLauncher Launcher(string script) =>
        new(Options.Create(new Neo4jOptions { Uri = new Uri("http://127.0.0.1:9"), StartLocal = true }), NullLogger<LocalNeo4jLauncher>.Instance) { Script = script };

    [Fact]
    public async Task EnsureRunning_ScriptWritesMoreThanAPipeHolds_FinishesInsteadOfHanging()
    {
        using var folder = new TempFolder();
        // 1 MB on stdout is far beyond the 64 KB a pipe buffers: unread, the script would block on write.
        var script = folder.Write("chatty.sh", "head -c 1048576 /dev/zero | tr '\\0' 'x'\necho started >&2\nexit 0\n");

        await Launcher(script).EnsureRunningAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task EnsureRunning_ScriptFails_ThrowsWithWhatItSaid()
    {
        using var folder = new TempFolder();
        var script = folder.Write("failing.sh", "echo 'java not found' >&2\nexit 3\n");

        var error = await Should.ThrowAsync<Neo4jException>(() => Launcher(script).EnsureRunningAsync(CancellationToken.None));

        error.Message.ShouldBe("GraphBuilder.LocalScriptFailed: scripts/neo4j-local.sh start failed: java not found");
    }
}
