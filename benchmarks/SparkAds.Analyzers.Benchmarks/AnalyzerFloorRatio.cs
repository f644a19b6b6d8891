using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// What our analysis adds to reporting, in process: each analyzer that reports on the synthetic consumer against the
/// reporting floor's analyzer that reports the same diagnostics there without analysing (SwitchAnalyzer against
/// FloorSwitchAnalyzer, CustomIdentityAnalyzer against FloorValueAnalyzer), each alone in its own driver, alternating,
/// on the same compilation. No compile runs beside the analyzers and nothing else reports, so the difference
/// is the time of our analysis on one thread, not the wall time a loaded build bills (<see cref="AnalyzerBuildRatio"/>).
/// Fails when a pair does not report the same number of diagnostics at the same spans and severities.
/// </summary>
internal static class AnalyzerFloorRatio
{
    // More rounds than the other in-process modes: the difference sought is milliseconds, and the first rounds run
    // our code before the runtime has tiered it up.
    private const int Warmups = 5;
    private const int Runs = 15;

    private static readonly (string Ours, string Floor)[] Pairs =
    [
        ("SwitchAnalyzer", "FloorSwitchAnalyzer"),
        ("CustomIdentityAnalyzer", "FloorValueAnalyzer"),
    ];

    public static async Task<int> RunAsync(int fileCount)
    {
        Report.Heading($"Analyzers vs the reporting floor (in process, {fileCount} files, {Runs} runs each alone after {Warmups}, alternating)");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);

        var catalog = new TestAdditionalText(AnalyzerRatio.CatalogPath, SourceText.From(File.ReadAllText(BenchmarkEnvironment.BuiltInCatalog)));
        var options = BenchmarkEnvironment.BuiltInCatalogOptions(AnalyzerRatio.CatalogPath);
        var sources = SyntheticConsumer.Files(fileCount).ToList();
        var compilation = AnalyzerRatio.Compile(sources, catalog, options);
        var analyzerOptions = new AnalyzerOptions([catalog], options);
        var ours = SparkAdsAssembly.Analyzers();
        var floor = AnalyzerAssembly.CSharpAnalyzers(Assembly.LoadFrom(BenchmarkEnvironment.ReportingFloorPath));

        Report.Line(string.Empty);
        Report.Line("| analyzer | ours, median (fastest–slowest) | its floor, median (fastest–slowest) | ours − floor, medians (fastest runs) | ours / floor, medians | allocated, ours − floor | same diagnostics | load before |");
        Report.Line("|---|---:|---:|---:|---:|---:|---|---|");
        var allSame = true;
        foreach (var (ourName, floorName) in Pairs)
        {
            var load = BenchmarkEnvironment.LoadAverage;
            var our = ours.Single(a => a.GetType().Name == ourName);
            var its = floor.Single(a => a.GetType().Name == floorName);
            var (ourRun, floorRun) = await AnalyzerRatio.TimeSeparatelyAsync(compilation, [our], [its], analyzerOptions, Warmups, Runs).ConfigureAwait(false);
            var same = Reported(ourRun.Diagnostics).SequenceEqual(Reported(floorRun.Diagnostics));
            allSame &= same;
            Report.Line($"| {ourName} | {Report.MedianRange(ourRun.Times)} | {Report.MedianRange(floorRun.Times)} | "
                + $"{Report.Ms(ourRun.Time - floorRun.Time)} ({Report.Ms(ourRun.Times.Min() - floorRun.Times.Min())}) | {Report.Ratio(ourRun.Time / floorRun.Time)} | "
                + $"{Report.Megabytes(ourRun.AllocatedAlone - floorRun.AllocatedAlone)} | {(same ? "yes" : "NO")}: {AnalyzerRatio.Counts(ourRun.Diagnostics)} against {AnalyzerRatio.Counts(floorRun.Diagnostics)} | {load} |");
        }

        Report.Line(string.Empty);
        if (!allSame)
        {
            Report.Line("A floor no longer reports what ours report on the synthetic consumer: the comparison is void (see SparkAds.Analyzers.Benchmarks.ReportingFloor).");
            return 1;
        }

        return 0;
    }

    // Where and how severely each diagnostic is reported; the rule's number differs between ours and the floor.
    private static string[] Reported(ImmutableArray<Diagnostic> diagnostics)
        => [.. diagnostics
            .Select(static d => $"{d.Location.SourceTree?.FilePath}:{d.Location.SourceSpan.Start}-{d.Location.SourceSpan.End}:{d.Severity}")
            .OrderBy(static key => key, StringComparer.Ordinal)];
}
