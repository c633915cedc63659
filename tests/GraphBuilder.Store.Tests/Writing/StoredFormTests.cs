using System.Text.Json;
using GraphBuilder.Store.Writing;

namespace GraphBuilder.Store.Tests.Writing;

public sealed class StoredFormTests
{
    [Fact]
    public async Task Kept_IsCompressed_AndReadsBackAsTheExtraction()
    {
        foreach (var slice in (await SeedWriter.SnapshotAsync()).Slices())
        {
            var (kept, _) = StoredForm.Kept(slice);

            kept.Length.ShouldBeLessThan(StoredForm.OwnExtraction(slice).Length / 2, slice.Article.Id);
            StoredForm.Extraction(StoredForm.ReadKept(kept)).ShouldBe(StoredForm.OwnExtraction(slice));
        }
    }

    /// <summary>Graphs written before the compression keep plain JSON; later ingests still resolve against it.</summary>
    [Fact]
    public async Task ReadKept_ReadsThePlainJsonOfEarlierGraphs()
    {
        var slice = (await SeedWriter.SnapshotAsync()).Slices()[0];

        StoredForm.Extraction(StoredForm.ReadKept(StoredForm.OwnExtraction(slice))).ShouldBe(StoredForm.OwnExtraction(slice));
    }

    [Theory]
    [InlineData("not an extraction!")]
    [InlineData("aGVsbG8=")] // base64 of "hello", not gzip
    public void ReadKept_NamesWhatIsWrong_WithNeitherForm(string kept) =>
        Should.Throw<JsonException>(() => StoredForm.ReadKept(kept))
            .Message.ShouldBe("an article's stored extraction is neither JSON nor compressed JSON");
}
