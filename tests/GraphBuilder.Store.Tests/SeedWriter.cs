using GraphBuilder.Extraction;
using GraphBuilder.Extraction.Model;
using GraphBuilder.Extraction.Reading;
using GraphBuilder.Store.Writing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Store.Tests;

/// <summary>Writes the seed articles through the store's own writer: what the store tests read back.</summary>
internal static class SeedWriter
{
    public static async Task WriteAsync(IServiceProvider services)
    {
        await services.GetRequiredService<GraphStore>().EnsureSchemaAsync(CancellationToken.None);
        var snapshot = await SnapshotAsync();
        await services.GetRequiredService<IGraphWriter>().WriteAsync(
            GraphBatch.Merging([.. snapshot.Slices()]) with { Containment = [.. snapshot.Entities.Where(e => e.Within is not null)] }, CancellationToken.None);
    }

    /// <summary>The seeds extracted and resolved together.</summary>
    public static async Task<CorpusSnapshot> SnapshotAsync()
    {
        var corpus = new CorpusGraph();
        var extractor = new RuleBasedArticleExtractor();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal))
            corpus.Add(extractor.Extract(new ArticleText(Path.GetFileName(file), TextDecoder.Decode(await File.ReadAllBytesAsync(file)).Text!)));
        return corpus.Build();
    }
}
