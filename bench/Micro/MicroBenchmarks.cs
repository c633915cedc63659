using System.CommandLine;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using GraphBuilder.Worker.Cli;

namespace GraphBuilder.Bench.Micro;

/// <summary><c>micro</c>: BenchmarkDotNet over the extraction stages (medians, allocations, ratio to the whole pipeline).</summary>
internal static class MicroBenchmarks
{
    public static Command Create()
    {
        var input = new Option<DirectoryInfo>("--input") { Description = "Folder of .txt articles", DefaultValueFactory = _ => new DirectoryInfo("seeds") };
        var command = new Command("micro", "Micro-benchmarks of the extraction stages with BenchmarkDotNet") { input };
        command.SetAction(result =>
        {
            Environment.SetEnvironmentVariable("GRAPHBUILDER_BENCH_SEEDS", result.GetValue(input)!.FullName);
            // In-process: BenchmarkDotNet does not generate and build a project of its own, which needs
            // nothing beyond this build and keeps the run short on these 2-core machines.
            var config = ManualConfig.CreateMinimumViable()
                .AddColumn(StatisticColumn.Median)
                .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(10))
                .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "graphbuilder-benchmarks"));
            var summary = BenchmarkRunner.Run<ExtractionStages>(config);
            return summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success) ? ExitCodes.SomeFailed : ExitCodes.Success;
        });
        return command;
    }
}
