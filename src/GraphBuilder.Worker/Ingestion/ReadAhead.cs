using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace GraphBuilder.Worker.Ingestion;

internal static class ReadAhead
{
    /// <summary>
    /// Enumerates <paramref name="source"/> on a thread of its own, at most <paramref name="capacity"/>
    /// items ahead of the consumer: planning the next batches overlaps the writing of this one, whose
    /// time is Neo4j's. An exception of the source is thrown to the consumer when it gets that far.
    /// </summary>
    public static async IAsyncEnumerable<T> Ahead<T>(this IEnumerable<T> source, int capacity, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var item in source)
                    await channel.Writer.WriteAsync(item, stop.Token).ConfigureAwait(false);
                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, CancellationToken.None);
        try
        {
            while (await channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (channel.Reader.TryRead(out var item))
                    yield return item;
            }
        }
        finally
        {
            // A consumer that stops early stops the producer too.
            await stop.CancelAsync().ConfigureAwait(false);
            await producer.ConfigureAwait(false);
        }
    }
}
