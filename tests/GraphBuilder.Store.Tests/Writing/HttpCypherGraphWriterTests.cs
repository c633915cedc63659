using System.Text.Json;
using GraphBuilder.Store.Writing;
using GraphBuilder.Tests.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Store.Tests.Writing;

[Collection(Neo4jServer.Name)]
public sealed class HttpCypherGraphWriterTests(Neo4jFixture neo4j)
{
    [Fact]
    public async Task Write_ArticlesSaidNewButStoredMeanwhile_MergesThemInstead()
    {
        await using var services = neo4j.Services();
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        await SeedWriter.WriteAsync(services);
        var before = await GraphDump.Of(services);
        var slices = (await SeedWriter.SnapshotAsync()).Slices().ToList();

        // As a second writer would: it looked before the first wrote, so it takes every article for new.
        await services.GetRequiredService<IGraphWriter>().WriteAsync(
            GraphBatch.Merging(slices) with { NewArticles = slices.Select(s => s.Article.Id).ToHashSet() }, CancellationToken.None);

        (await GraphDump.Of(services)).ShouldBe(before);
    }

    [Fact]
    public async Task Write_NewArticleNamesAnEntityNeitherStoredNorInTheBatch_FailsInsteadOfDroppingIt()
    {
        await using var services = neo4j.Services();
        await services.GetRequiredService<GraphStore>().ResetAsync(CancellationToken.None);
        var slices = (await SeedWriter.SnapshotAsync()).Slices().ToList();
        var first = slices[0];

        var error = await Should.ThrowAsync<Neo4jException>(() => services.GetRequiredService<IGraphWriter>().WriteAsync(
            new GraphBatch([first]) { Entities = first.Entities.Skip(1).ToList(), NewArticles = new HashSet<string> { first.Article.Id } }, CancellationToken.None));

        error.Code.ShouldStartWith("Neo.");
        (await neo4j.Query(services, "MATCH (a:Article) RETURN count(a)"))[0][0].ShouldBe(0L, "the batch is one transaction: nothing of it stays");
    }

    [Fact]
    public async Task Prepare_NewArticles_EachStatementLooksUpOnlyTheEntitiesItsRowsUse()
    {
        await using var services = neo4j.Services();
        var slices = (await SeedWriter.SnapshotAsync()).Slices().ToList();
        var batch = new GraphBatch(slices) { NewArticles = slices.Select(s => s.Article.Id).ToHashSet() };

        var prepared = services.GetRequiredService<IGraphWriter>().Prepare(batch);

        using var body = JsonDocument.Parse(prepared.Request.Body);
        var positional = body.RootElement.GetProperty("statements").EnumerateArray()
            .Select(s => s.GetProperty("parameters"))
            .Where(p => p.TryGetProperty("entities", out _))
            .ToList();
        positional.Count.ShouldBe(6, "mentions, stated, denied, located in, trained at, roles");
        foreach (var parameters in positional)
        {
            var used = parameters.GetProperty("rows").EnumerateArray()
                .SelectMany(row => EntityFields.Where(f => row.TryGetProperty(f, out _)).SelectMany(f => Positions(row.GetProperty(f))))
                .ToHashSet();
            used.OrderBy(p => p).ShouldBe(Enumerable.Range(0, parameters.GetProperty("entities").GetArrayLength()));
        }
    }

    private static readonly string[] EntityFields = ["entity", "speaker", "about", "from", "to", "person", "organization"];

    private static IEnumerable<int> Positions(JsonElement value) =>
        value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().Select(v => v.GetInt32()) : [value.GetInt32()];
}
