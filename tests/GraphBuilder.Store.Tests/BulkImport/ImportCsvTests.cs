using GraphBuilder.Store.BulkImport;
using GraphBuilder.Tests.Neo4j;

namespace GraphBuilder.Store.Tests.BulkImport;

public sealed class ImportCsvTests
{
    [Fact]
    public void Row_QuotesText_EscapesQuotesAndBackslashes_LeavesNullsEmpty()
    {
        using var folder = new TempFolder();
        var path = folder.File("nodes.csv");
        using (var csv = new ImportCsv(path, "id:ID(A)", "text", "n:long", "list:string[]", ":LABEL"))
        {
            csv.Row("a", "He said \"no\", C:\\x\\\nnext", 42L, new[] { "x", "y, z" }, "A");
            csv.Row("b", "", null, Array.Empty<string>(), "A");
        }

        File.ReadAllText(path).ShouldBe(
            "id:ID(A),text,n:long,list:string[],:LABEL\n" +
            "\"a\",\"He said \"\"no\"\", C:\\\\x\\\\\nnext\",42,\"x\u001fy, z\",\"A\"\n" +
            "\"b\",\"\",,,\"A\"\n");
    }

    [Fact]
    public void Row_ListElementHoldingTheDelimiter_IsRefused()
    {
        using var folder = new TempFolder();
        using var csv = new ImportCsv(folder.File("nodes.csv"), "list:string[]");

        Should.Throw<InvalidDataException>(() => csv.Row([new[] { "a\u001fb" }])).Message.ShouldContain("U+001F");
    }

    [Fact]
    public void Row_OfTheWrongWidth_IsRefused()
    {
        using var folder = new TempFolder();
        using var csv = new ImportCsv(folder.File("nodes.csv"), "id:ID(A)", ":LABEL");

        Should.Throw<ArgumentException>(() => csv.Row("a"));
    }
}
