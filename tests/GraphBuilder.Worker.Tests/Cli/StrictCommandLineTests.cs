using GraphBuilder.Worker.Cli;

namespace GraphBuilder.Worker.Tests.Cli;

/// <summary>Typos are errors that name the token; host settings still pass.</summary>
public sealed class StrictCommandLineTests
{
    private static async Task<(int Exit, string Error)> Run(params string[] args)
    {
        var stderr = new StringWriter();
        var exit = await GraphBuilderCommands.InvokeAsync(args, stderr);
        return (exit, stderr.ToString());
    }

    [Theory]
    [InlineData("query --list --fromat csv", "error: unknown option '--fromat'; did you mean '--format'?")]
    [InlineData("query who-said-what --fromat csv", "error: unknown option '--fromat'; did you mean '--format'?")]
    [InlineData("report --speakrs 3", "error: unknown option '--speakrs'; did you mean '--speakers'?")]
    [InlineData("export --inptu seeds --output x.json", "error: unknown option '--inptu'; did you mean '--input'?")]
    [InlineData("status --verbose", "error: unknown option '--verbose'")]
    [InlineData("status extra", "error: Unrecognized command or argument 'extra'.")]
    public async Task Invoke_UnknownToken_ExitsTwoNamingIt(string line, string expected)
    {
        var (exit, error) = await Run(line.Split(' '));

        exit.ShouldBe(ExitCodes.NothingDone);
        error.ShouldContain(expected);
        error.ShouldContain("--help'.");
    }

    [Fact]
    public async Task Invoke_HostSettings_AreNotTakenForTypos()
    {
        var (exit, error) = await Run("query", "--list", "--GraphBuilder:Neo4j:Uri", "http://127.0.0.1:9", "--Logging:LogLevel:Default=Debug");

        error.ShouldBeEmpty();
        exit.ShouldBe(ExitCodes.Success);
    }

    [Theory]
    [InlineData(new[] { "ingest", "seeds" }, new string[0], new[] { "ingest", "seeds" })]
    [InlineData(new[] { "ingest", "--GraphBuilder:Neo4j:Uri", "http://db:7474", "seeds" }, new[] { "--GraphBuilder:Neo4j:Uri", "http://db:7474" }, new[] { "ingest", "seeds" })]
    [InlineData(new[] { "status", "--GraphBuilder:Neo4j:BatchSize=5", "--logging:LogLevel:Default", "Debug" }, new[] { "--GraphBuilder:Neo4j:BatchSize=5", "--logging:LogLevel:Default", "Debug" }, new[] { "status" })]
    public void Split_SetsHostSettingsApart(string[] args, string[] settings, string[] rest)
    {
        var split = HostSettings.Split(args);

        split.Settings.ShouldBe(settings);
        split.Arguments.ShouldBe(rest);
    }
}
