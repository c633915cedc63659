using System.Globalization;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Worker.Tests.Security;

/// <summary>The password stays out of command lines, logs, errors and status output; Neo4j listens on loopback only.</summary>
[Collection(Neo4jServer.Name)]
public sealed class CredentialTests(Neo4jFixture neo4j)
{
    private const string Secret = "pw-9f3c-SECRET";

    [Fact]
    public async Task PasswordOnTheCommandLine_IsRefused()
    {
        var stderr = new StringWriter();
        (await CommandHost.RunAsync(["--GraphBuilder:Neo4j:Password", Secret], stderr, _ => Task.FromResult(0))).ShouldBe(ExitCodes.NothingDone);
        stderr.ToString().ShouldStartWith("error: do not pass the Neo4j password on the command line");
        stderr.ToString().ShouldNotContain(Secret);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Password_NeverInLogsErrorsOrOutput(bool serverUp)
    {
        var logs = new CapturingLoggerProvider();
        var settings = new Dictionary<string, string?> { ["GraphBuilder:Neo4j:Password"] = Secret };
        if (!serverUp)
            settings["GraphBuilder:Neo4j:Uri"] = "http://127.0.0.1:9";
        await using var services = neo4j.Services(maxAttempts: 2, configure: s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)), settings: settings);
        using var folder = new TempFolder();
        folder.CopySeeds();
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        await CommandHost.MapErrorsAsync(stderr, () => IngestCommand.RunAsync(services, [folder.Path], stdout, stderr, interactive: false, CancellationToken.None));
        await CommandHost.MapErrorsAsync(stderr, () => StatusCommand.RunAsync(services, stdout, CancellationToken.None));

        logs.Messages.ShouldNotBeEmpty();
        string.Join('\n', logs.Messages).ShouldNotContain(Secret);
        stdout.ToString().ShouldNotContain(Secret);
        stderr.ToString().ShouldNotContain(Secret);
    }

    [LocalNeo4jFact]
    public void LocalNeo4j_ListensOnLoopbackOnly()
    {
        var port = neo4j.Uri.Port.ToString("X4", CultureInfo.InvariantCulture);
        var listening = File.ReadAllLines("/proc/net/tcp").Concat(File.ReadAllLines("/proc/net/tcp6")).Skip(1)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(f => f.Length > 3 && f[3] == "0A" && f[1].EndsWith(":" + port, StringComparison.Ordinal))
            .Select(f => f[1][..f[1].IndexOf(':', StringComparison.Ordinal)])
            .ToList();
        listening.ShouldNotBeEmpty();
        listening.ShouldAllBe(address => address == "0100007F" || address == "0000000000000000FFFF00000100007F" || address == "00000000000000000000000001000000");
    }

    [Fact]
    public void Compose_TakesThePasswordFromAnUncommittedEnvFile()
    {
        var root = Neo4jFixture.RepositoryRoot();
        var compose = File.ReadAllText(Path.Combine(root, "docker-compose.yml"));
        compose.ShouldContain("NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:?");
        compose.ShouldNotContain("NEO4J_AUTH: none");
        File.ReadAllLines(Path.Combine(root, ".gitignore")).ShouldContain(".env");
        File.Exists(Path.Combine(root, ".env.example")).ShouldBeTrue();
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Capturing(Messages);

        public void Dispose()
        {
        }

        private sealed class Capturing(List<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (messages)
                    messages.Add(formatter(state, exception) + exception);
            }
        }
    }
}
