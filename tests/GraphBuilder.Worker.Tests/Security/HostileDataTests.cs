using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Store;
using GraphBuilder.Store.Writing;
using GraphBuilder.Tests.Neo4j;
using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests.Security;

/// <summary>Text that looks like Cypher stays data: it is stored and read back as written.</summary>
[Collection(Neo4jServer.Name)]
public sealed class HostileDataTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task CypherSyntaxInNamesAndQuotes_IsStoredIntactAndTouchesNothingElse()
    {
        await using var services = neo4j.Services();
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        using var folder = new TempFolder();
        folder.CopySeeds();
        await services.GetRequiredService<IngestRunner>().RunAsync(folder.Path, NoProgress.Instance, CancellationToken.None);
        var before = await GraphDump.Of(services);

        var name = "Robert'}) DETACH DELETE n // `x` $p \u0000 \u202E<script>alert(1)</script>";
        var text = "MATCH (n) DETACH DELETE n; RETURN $rows // ' \" ` \u200B";
        var article = new Article("article:hostile", "hostile.txt", "'}) DETACH DELETE n //", null, null, "hash-1");
        var speaker = new Entity("person:hostile", name, EntityType.Person, [name]);
        var statement = new Statement(ArticleIds.Statement(article.Id, 0, text.Length), speaker.Id, StatementKind.Stated, "say", text, article.Id, text, 0, text.Length, []);
        await services.GetRequiredService<IGraphWriter>().WriteAsync(
            GraphBatch.Merging([new ArticleSlice(article, [speaker], [new MentionCount(speaker.Id, article.Id, 1)], [statement], [], [])]), CancellationToken.None);

        var row = (await neo4j.Query(services, "MATCH (p:Person {id: 'person:hostile'})-[:STATED]->(s:Statement)-[:REPORTED_IN]->(a:Article) RETURN p.name, s.text, a.title")).ShouldHaveSingleItem();
        row.ShouldBe([name, text, "'}) DETACH DELETE n //"]);
        var after = await GraphDump.Of(services);
        after.Count.ShouldBe(before.Count + 6); // 3 nodes and 3 relationships, nothing else changed
        before.ShouldBeSubsetOf(after);
    }
}
