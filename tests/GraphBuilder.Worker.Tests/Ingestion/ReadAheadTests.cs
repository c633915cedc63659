using GraphBuilder.Worker.Ingestion;

namespace GraphBuilder.Worker.Tests.Ingestion;

public class ReadAheadTests
{
    [Fact]
    public async Task Ahead_GivesEveryItem_InOrder()
    {
        var items = new List<int>();
        await foreach (var item in Enumerable.Range(0, 1_000).Ahead(2))
            items.Add(item);
        items.ShouldBe(Enumerable.Range(0, 1_000));
    }

    [Fact]
    public async Task Ahead_ThrowsTheSourcesException_AfterTheItemsBeforeIt()
    {
        static IEnumerable<int> Failing()
        {
            yield return 1;
            yield return 2;
            throw new InvalidDataException("the third item is broken");
        }

        var items = new List<int>();
        var thrown = await Should.ThrowAsync<InvalidDataException>(async () =>
        {
            await foreach (var item in Failing().Ahead(1))
                items.Add(item);
        });
        thrown.Message.ShouldBe("the third item is broken");
        items.ShouldBe([1, 2]);
    }

    [Fact]
    public async Task Ahead_WhenTheConsumerStops_StopsTheSource()
    {
        var produced = 0;
        IEnumerable<int> Counting()
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                produced = i + 1;
                yield return i;
            }
        }

        await foreach (var item in Counting().Ahead(2))
        {
            if (item == 10)
                break;
        }

        produced.ShouldBeLessThan(100, "the source ran on after the consumer stopped");
        var after = produced;
        await Task.Delay(50);
        produced.ShouldBe(after);
    }
}
