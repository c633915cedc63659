using GraphBuilder.Worker.Cli;

namespace GraphBuilder.Worker.Tests.Composition;

public class OptionsValidationTests
{
    [Fact]
    public async Task BadSetting_StopsTheCommandWithOneLineNamingIt()
    {
        var stderr = new StringWriter();
        var ran = false;
        var exit = await CommandHost.RunAsync(["--GraphBuilder:Worker:RescanInterval", "00:00:00"], stderr, _ =>
        {
            ran = true;
            return Task.FromResult(0);
        });

        exit.ShouldBe(ExitCodes.NothingDone);
        ran.ShouldBeFalse();
        stderr.ToString().ShouldBe(
            "error: invalid configuration: DataAnnotation validation failed for 'WorkerOptions' members: 'RescanInterval' with the error: 'The field RescanInterval must be between 00:00:00.1000000 and 1.00:00:00.'." + Environment.NewLine);
    }

    [Theory]
    [InlineData("--GraphBuilder:Neo4j:BatchSize", "0", "BatchSize")]
    [InlineData("--GraphBuilder:Ingest:MaxAttempts", "0", "MaxAttempts")]
    [InlineData("--GraphBuilder:Neo4j:RequestTimeout", "02:00:00", "RequestTimeout")]
    [InlineData("--GraphBuilder:Worker:InputFolder", "", "InputFolder")]
    [InlineData("--GraphBuilder:Worker:Sources:0", "ftp://news.example/rss.xml", "Sources")]
    [InlineData("--GraphBuilder:Worker:FeedInterval", "00:00:10", "FeedInterval")]
    [InlineData("--GraphBuilder:Worker:PageRecheck", "00:00:01", "PageRecheck")]
    [InlineData("--GraphBuilder:Web:Retries", "0", "Retries")]
    public async Task OutOfRangeSetting_IsNamed(string key, string value, string name)
    {
        var stderr = new StringWriter();
        (await CommandHost.RunAsync([key, value], stderr, _ => Task.FromResult(0))).ShouldBe(ExitCodes.NothingDone);
        stderr.ToString().ShouldStartWith("error: invalid configuration: ");
        stderr.ToString().ShouldContain($"'{name}'");
        stderr.ToString().Trim().ShouldNotContain(Environment.NewLine);
    }

    [Fact]
    public async Task SourceThatIsNeitherFolderNorWebAddress_IsQuoted()
    {
        var stderr = new StringWriter();
        (await CommandHost.RunAsync(["--GraphBuilder:Worker:Sources:0", "seeds", "--GraphBuilder:Worker:Sources:1", "ftp://news.example/rss.xml"], stderr, _ => Task.FromResult(0))).ShouldBe(ExitCodes.NothingDone);
        stderr.ToString().ShouldContain("Sources: 'ftp://news.example/rss.xml' is neither a folder nor an http(s) address");
    }

    [Fact]
    public async Task Defaults_AreValid()
    {
        var exit = await CommandHost.RunAsync([], new StringWriter(), _ => Task.FromResult(42));
        exit.ShouldBe(42);
    }
}
