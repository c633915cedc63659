using System.Text.RegularExpressions;
using GraphBuilder.Store;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Hosting;
using GraphBuilder.Worker.Ingestion;

namespace GraphBuilder.Worker.Tests.Composition;

/// <summary>docker-compose.yml cannot run here (no Docker engine); what can be checked is checked.</summary>
public partial class DeploymentFilesTests
{
    private static readonly Dictionary<string, Type> Sections = new(StringComparer.Ordinal)
    {
        ["Neo4j"] = typeof(Neo4jOptions),
        ["Ingest"] = typeof(IngestOptions),
        ["Worker"] = typeof(WorkerOptions),
    };

    private static string Root() => Neo4jFixture.RepositoryRoot();

    [Fact]
    public void Compose_WorkerSettings_NameRealOptions()
    {
        var compose = File.ReadAllText(Path.Combine(Root(), "docker-compose.yml"));
        var keys = SettingKey().Matches(compose).Select(m => (Section: m.Groups[1].Value, Property: m.Groups[2].Value)).ToList();

        keys.ShouldNotBeEmpty();
        foreach (var (section, property) in keys)
        {
            Sections.ShouldContainKey(section);
            Sections[section].GetProperty(property).ShouldNotBeNull($"GraphBuilder__{section}__{property} in docker-compose.yml is not a setting");
        }
    }

    [Fact]
    public void Compose_HasNeo4j5WithVolumeAndHealthCheckAndTheWorker()
    {
        var compose = File.ReadAllText(Path.Combine(Root(), "docker-compose.yml"));
        compose.ShouldContain("image: neo4j:5-community");
        compose.ShouldContain("healthcheck:");
        compose.ShouldContain("neo4j-data:/data");
        compose.ShouldContain("condition: service_healthy");
        compose.ShouldContain("build: .");
        File.Exists(Path.Combine(Root(), "Dockerfile")).ShouldBeTrue();
    }

    [Fact]
    public void Compose_WorkerRunsTheHostedWorker_OnTheFolderItMounts()
    {
        var compose = File.ReadAllText(Path.Combine(Root(), "docker-compose.yml"));
        compose.ShouldContain("command: [\"run\"]");
        var folder = Regex.Match(compose, @"GraphBuilder__Worker__InputFolder: (\S+)").Groups[1].Value;
        folder.ShouldNotBeEmpty();
        Regex.IsMatch(compose, $@"- \S+:{Regex.Escape(folder)}:ro").ShouldBeTrue($"the worker watches {folder}, which no volume mounts");
    }

    [Fact]
    public void AppSettings_NameRealOptions()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")));
        foreach (var section in json.RootElement.GetProperty("GraphBuilder").EnumerateObject())
        {
            foreach (var property in section.Value.EnumerateObject())
                Sections[section.Name].GetProperty(property.Name).ShouldNotBeNull($"GraphBuilder:{section.Name}:{property.Name}");
        }
    }

    [GeneratedRegex(@"GraphBuilder__(\w+)__(\w+):")]
    private static partial Regex SettingKey();
}
