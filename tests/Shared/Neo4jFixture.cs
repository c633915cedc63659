using System.Diagnostics;
using GraphBuilder.Store.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphBuilder.Tests.Neo4j;

/// <summary>
/// The real Neo4j the tests write to: NEO4J_TEST_URI if set, otherwise a local instance of the
/// project's (scripts/neo4j-local.sh --instance NAME), started here and stopped at the end. Each
/// test assembly has its own instance and port (<see cref="TestInstance"/>), because test
/// assemblies run in parallel and some tests stop the server on purpose.
/// </summary>
public sealed class Neo4jFixture : IAsyncLifetime
{
    private bool _startedHere;

    public Uri Uri { get; } = new(Environment.GetEnvironmentVariable("NEO4J_TEST_URI") ?? $"http://127.0.0.1:{TestInstance.HttpPort}");

    public bool IsLocal => Environment.GetEnvironmentVariable("NEO4J_TEST_URI") is null;

    public async Task InitializeAsync()
    {
        if (!IsLocal)
            return;
        await Script("start");
        _startedHere = true;
    }

    public async Task DisposeAsync()
    {
        if (_startedHere)
            await Script("stop");
    }

    /// <summary>Runs scripts/neo4j-local.sh for this assembly's test instance ("start", "stop").</summary>
    public static Task Script(string command) => Script(TestInstance.Name, TestInstance.HttpPort, command);

    /// <summary>Runs scripts/neo4j-local.sh for the instance <paramref name="instance"/> on <paramref name="httpPort"/>.</summary>
    public static async Task Script(string instance, int httpPort, params string[] arguments)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "neo4j-local.sh");
        var start = new ProcessStartInfo("bash", [script, "--instance", instance, .. arguments]) { RedirectStandardError = true };
        start.Environment["NEO4J_HTTP_PORT"] = httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["NEO4J_BOLT_PORT"] = (httpPort + 213).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, $"neo4j-local.sh {string.Join(' ', arguments)}: {stderr}");
    }

    /// <summary>Services as this test assembly composes them (<see cref="TestComposition"/>), pointed at the test server.</summary>
    public ServiceProvider Services(int batchSize = 50, int maxAttempts = 2, Action<IServiceCollection>? configure = null, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["GraphBuilder:Neo4j:Uri"] = Uri.ToString(),
            ["GraphBuilder:Neo4j:Password"] = Environment.GetEnvironmentVariable("NEO4J_TEST_PASSWORD") ?? "",
            ["GraphBuilder:Neo4j:BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphBuilder:Neo4j:StartLocal"] = "false",
            ["GraphBuilder:Ingest:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["GraphBuilder:Ingest:FirstRetryDelay"] = "00:00:00.100",
            ["GraphBuilder:Ingest:MaxRetryDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? [])
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = TestComposition.Add(new ServiceCollection().AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)), configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Runs one read query and returns its rows as plain values.</summary>
    public async Task<List<object?[]>> Query(ServiceProvider services, string cypher, Dictionary<string, object?>? parameters = null)
    {
        var result = await services.GetRequiredService<ICypherRunner>().RunAsync([new CypherStatement(cypher, parameters ?? [])], CancellationToken.None);
        return [.. result[0].Rows.Select(row => row.Select(Plain).ToArray())];
    }

    private static object? Plain(System.Text.Json.JsonElement e) => e.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => e.GetString(),
        System.Text.Json.JsonValueKind.Number => e.GetInt64(),
        System.Text.Json.JsonValueKind.Null => null,
        System.Text.Json.JsonValueKind.True => true,
        System.Text.Json.JsonValueKind.False => false,
        _ => e.ToString(),
    };

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphBuilder.sln")))
                return dir.FullName;
        }

        throw new InvalidOperationException("GraphBuilder.sln not found above the test binaries.");
    }
}

[CollectionDefinition(Name)]
public sealed class Neo4jServer : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "Neo4j";
}
