using GraphBuilder.Store.Queries;
using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Store.Tests.Queries;

/// <summary>The Neo4j Browser guide made from the query headers (what it runs is checked on the real server in CuratedQueryTests).</summary>
public class BrowserGuideTests
{
    private static readonly string Folder = Path.Combine(Neo4jFixture.RepositoryRoot(), "cypher");

    [Fact]
    public void CommittedGuide_IsTheOneTheHeadersMake()
    {
        var committed = File.ReadAllText(Path.Combine(Folder, BrowserGuide.FileName));
        committed.ShouldBe(BrowserGuide.Render(QueryLibrary.Load(Folder)),
            "cypher/browser-guide.html is behind the query files; regenerate it with: dotnet run --project src/GraphBuilder.Worker -c Release -- guide");
    }

    [Fact]
    public void Guide_HasOneCardPerQuery_WithNoParameterLeft()
    {
        var library = QueryLibrary.Load(Folder);
        var html = BrowserGuide.Render(library);
        foreach (var query in library.Queries)
        {
            html.ShouldContain($"data-query=\"{query.Name}\"", Case.Sensitive);
            BrowserGuide.Prefilled(query, BrowserGuide.ExampleValues(query)).ShouldNotContain("$", customMessage: $"{query.Name}: every parameter needs an example or a default in its header");
        }
    }

    [Theory]
    [InlineData("Lloyd Austin", "'Lloyd Austin'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"C:\news", @"'C:\\news'")]
    [InlineData("", "''")]
    [InlineData(20L, "20")]
    [InlineData(-3L, "-3")]
    [InlineData(0.5, "0.5")]
    [InlineData(2.0, "2.0")]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Literal_IsCypherForTheValue(object value, string literal) => BrowserGuide.Literal(value).ShouldBe(literal);

    [Fact]
    public void Prefilled_ReplacesOnlyDeclaredParameters_AndDropsTheHeader()
    {
        var query = QueryLibrary.Parse("x.cypher", """
            // name: x
            // purpose: a test
            // param: who string — a name (example: Pat O'Neil)
            // param: limit int = 5 — most rows
            // returns: name
            MATCH (e:Entity) WHERE e.name = $who AND e.other = $undeclared
            RETURN e.name AS name LIMIT $limit
            """);
        query.Parameters.Select(p => (p.Description, p.Example)).ShouldBe([("a name", "Pat O'Neil"), ("most rows", null)]);
        BrowserGuide.Prefilled(query, BrowserGuide.ExampleValues(query)).ShouldBe("""
            MATCH (e:Entity) WHERE e.name = 'Pat O\'Neil' AND e.other = $undeclared
            RETURN e.name AS name LIMIT 5
            """.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Card_RunsOnOneClick_WithItsCypherEscapedForTheAttribute()
    {
        var query = QueryLibrary.Parse("x.cypher", "// name: x\n// purpose: p\n// param: who string — w (example: \"Bo\" <b>)\n// returns: a\nRETURN $who AS a");
        var html = BrowserGuide.Render(QueryLibraryOf(query));
        html.ShouldContain("""ng-click="editor.execScript(&quot;RETURN \u0027\u0022Bo\u0022 \u003Cb\u003E\u0027 AS a&quot;)">RETURN &#39;&quot;Bo&quot; &lt;b&gt;&#39; AS a</pre>""", Case.Sensitive);
    }

    private static QueryLibrary QueryLibraryOf(StoredQuery query)
    {
        using var folder = new TempFolder();
        folder.Write($"{query.Name}.cypher", query.Cypher);
        return QueryLibrary.Load(folder.Path);
    }
}
