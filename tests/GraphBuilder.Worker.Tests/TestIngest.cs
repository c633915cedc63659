using GraphBuilder.Worker.Ingestion;
using Microsoft.Extensions.DependencyInjection;

namespace GraphBuilder.Worker.Tests;

/// <summary>An ingest as the command runs it, which must reach Neo4j and, unless told otherwise, read every file.</summary>
internal static class TestIngest
{
    public static async Task<IngestResult> RunAsync(IServiceProvider services, string folder, bool expectFailures = false)
    {
        var result = await services.GetRequiredService<IngestRunner>().RunAsync(folder, NoProgress.Instance, CancellationToken.None);
        result.Fatal.ShouldBeNull();
        if (!expectFailures)
            result.Failures.ShouldBeEmpty();
        return result;
    }
}
