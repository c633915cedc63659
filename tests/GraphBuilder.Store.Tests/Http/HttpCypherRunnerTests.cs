using System.Net;
using System.Text;
using GraphBuilder.Store.Http;
using Microsoft.Extensions.DependencyInjection;

using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Store.Tests.Http;

public class HttpCypherRunnerTests
{
    private static HttpCypherRunner Runner(Func<HttpRequestMessage, HttpResponseMessage> answer, string password = "") =>
        new(new HttpClient(new Handler(answer)), new Neo4jOptions { Uri = new Uri("http://db.example:7474"), Password = password, Database = "news" });

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    [Fact]
    public async Task Server_Neo4j5Root_UsesTheDatabaseTransactionEndpoint()
    {
        var server = await Runner(_ => Json("""{"transaction":"http://other-host:7474/db/{databaseName}/tx","neo4j_version":"5.26.1","neo4j_edition":"community"}""")).ServerAsync(CancellationToken.None);
        server.CommitUri.ShouldBe(new Uri("http://db.example:7474/db/news/tx/commit"));
        server.Version.ShouldBe(new Version(5, 26, 1));
        server.HasModernSchemaSyntax.ShouldBeTrue();
    }

    [Fact]
    public async Task Server_Neo4j3Root_FollowsTheDataDocument()
    {
        var server = await Runner(r => r.RequestUri!.AbsolutePath == "/"
            ? Json("""{"data":"http://localhost:7474/db/data/"}""")
            : Json("""{"transaction":"http://localhost:7474/db/data/transaction","neo4j_version":"3.1.1"}""")).ServerAsync(CancellationToken.None);
        server.CommitUri.ShouldBe(new Uri("http://db.example:7474/db/data/transaction/commit"));
        server.HasModernSchemaSyntax.ShouldBeFalse();
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public async Task Run_ErrorInResponse_BecomesNeo4jExceptionWithIsTransient(string code, bool transient)
    {
        var runner = Runner(r => r.Method == HttpMethod.Get
            ? Json("""{"transaction":"http://x/db/{databaseName}/tx","neo4j_version":"5.1"}""")
            : Json($$"""{"results":[],"errors":[{"code":"{{code}}","message":"boom"}]}"""));
        var ex = await Should.ThrowAsync<Neo4jException>(() => runner.RunAsync([new CypherStatement("RETURN 1")], CancellationToken.None));
        ex.Code.ShouldBe(code);
        ex.IsTransient.ShouldBe(transient);
    }

    [Fact]
    public async Task Run_Unauthorized_SaysWhichSettingAndNeverThePassword()
    {
        var ex = await Should.ThrowAsync<Neo4jException>(() => Runner(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized), password: "s3cret-pw").ServerAsync(CancellationToken.None));
        ex.IsTransient.ShouldBeFalse();
        ex.Message.ShouldContain("GraphBuilder:Neo4j:User and Password");
        ex.Message.ShouldNotContain("s3cret-pw");
    }

    [Fact]
    public async Task Run_NothingListening_IsTransient()
    {
        var runner = new HttpCypherRunner(new HttpClient(), new Neo4jOptions { Uri = new Uri("http://127.0.0.1:9") });
        var ex = await Should.ThrowAsync<Neo4jException>(() => runner.ServerAsync(CancellationToken.None));
        ex.Code.ShouldBe("GraphBuilder.ServerUnreachable");
        ex.IsTransient.ShouldBeTrue();
    }

    private sealed class Handler(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => Task.FromResult(answer(request));
    }
}

/// <summary>Every Cypher file the store ships is valid Cypher for the real server.</summary>
[Collection(Neo4jServer.Name)]
public sealed class CypherFilesTests(Neo4jFixture neo4j)
{
    public static TheoryData<string> Files() => [.. typeof(Neo4jOptions).Assembly.GetManifestResourceNames()
        .Where(n => n.EndsWith(".cypher", StringComparison.Ordinal) && !n.StartsWith("schema-", StringComparison.Ordinal))
        .Select(n => n[..^".cypher".Length])];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task File_IsAcceptedByTheServer(string name)
    {
        await using var services = neo4j.Services();
        var parameters = new Dictionary<string, object?> { ["rows"] = Array.Empty<object>(), ["ids"] = Array.Empty<string>(), ["limit"] = 1 };
        await Should.NotThrowAsync(() => services.GetRequiredService<ICypherRunner>().RunAsync([new CypherStatement("EXPLAIN " + CypherFiles.Get(name), parameters)], CancellationToken.None));
    }
}
