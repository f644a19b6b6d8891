using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Budget 2 as a user's build sees it: the synthetic consumer written to disk, the packed nupkg restored from a
/// local feed, and <c>dotnet build -p:ReportAnalyzer=true</c> with <c>EnforceCodeStyleInBuild</c> and IDE0010 /
/// IDE0072 raised to warnings. The compiler's own per-analyzer report gives the times; every analyzer runs
/// concurrently in one driver, as in any build. Each build is paired with one where IDE0010 and IDE0072 are off, as
/// in most projects: the driver bills work that several analyzers need (a file's pragma map, the first report's checks
/// in a file) to the first that asks, so ours alone are billed for more. Cross-checks the in-process <see cref="AnalyzerRatio"/>.
/// </summary>
internal static class AnalyzerBuildRatio
{
    private const int Builds = 3;
    private const double CompileShareBudget = 0.01;
    private static readonly string LastLog = Path.Combine(Path.GetTempPath(), "sparkads-build-ratio.log");
    private static readonly string LastLogAlone = Path.Combine(Path.GetTempPath(), "sparkads-build-ratio-alone.log");

    public static int Run(int fileCount)
    {
        Report.Heading($"Analyzers vs Roslyn's populate-switch analyzers (real build, -p:ReportAnalyzer=true, {fileCount} files, median of {Builds} rebuilds)");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);
        var work = Directory.CreateTempSubdirectory("sparkads-build-ratio-").FullName;
        try
        {
            var feed = PackedFeed.Pack(work, sharedCompilation: false);
            var consumer = Path.Combine(work, "consumer");
            WriteConsumer(consumer, feed, fileCount);
            var packages = "-p:RestorePackagesPath=" + Quote(Path.Combine(work, "packages"));
            Dotnet(consumer, "restore", packages);

            // Interleaved: with Roslyn's pair as warnings (the budget's build), then with it off, as in a project that does
            // not enforce code style, where nothing else of the SDK reports in these files.
            var runs = new List<BuildReport>();
            var alone = new List<BuildReport>();
            for (var build = 0; build < Builds; build++)
            {
                foreach (var (withRoslyns, reports) in new[] { (true, runs), (false, alone) })
                {
                    WriteEditorConfig(consumer, withRoslyns);
                    var log = Dotnet(consumer, "build", "--no-restore", "-c", "Release", "-t:Rebuild", packages, "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary");
                    File.WriteAllText(withRoslyns ? LastLog : LastLogAlone, log);
                    reports.Add(BuildReport.Parse(log));
                }
            }

            Report.Line($"The last builds' logs: {LastLog}, {LastLogAlone}");

            Print(runs, alone);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Print(List<BuildReport> runs, List<BuildReport> alone)
    {
        var compile = Measure.Median(runs.Select(static r => r.Compile));
        var ours = Measure.Median(runs.Select(static r => r.Sum(BuildReport.IsSparkAds)));
        var theirs = Measure.Median(runs.Select(static r => r.Sum(BuildReport.IsPopulateSwitch)));
        var compileAlone = Measure.Median(alone.Select(static r => r.Compile));
        var oursAlone = Measure.Median(alone.Select(static r => r.Sum(BuildReport.IsSparkAds)));
        Report.Line(string.Empty);
        Report.Line("| | with IDE0010 + IDE0072 as warnings (median) | share of compile | IDE0010 + IDE0072 off (median) | share of compile |");
        Report.Line("|---|---:|---:|---:|---:|");
        Report.Line($"| Csc task (parse, generate, bind, analyze, emit) | {Report.Ms(compile)} | | {Report.Ms(compileAlone)} | |");
        Report.Line($"| ours: SparkAds analyzers | {Report.Ms(ours)} | {Report.Percent(ours / compile)} | {Report.Ms(oursAlone)} | {Report.Percent(oursAlone / compileAlone)} |");
        Report.Line($"| Roslyn: IDE0010 + IDE0072 | {Report.Ms(theirs)} | {Report.Percent(theirs / compile)} | – | |");
        foreach (var analyzer in runs[0].Analyzers.Values.Where(static a => BuildReport.IsSparkAds(a) || BuildReport.IsPopulateSwitch(a)))
        {
            var time = Measure.Median(runs.Select(r => r.TimeOf(analyzer.Type)));
            var timeAlone = BuildReport.IsSparkAds(analyzer) ? Report.Ms(Measure.Median(alone.Select(r => r.TimeOf(analyzer.Type)))) : "–";
            Report.Line($"| · {analyzer.Label} | {Report.Ms(time)} | | {timeAlone} | |");
        }

        // The generator is not an analyzer and has no counterpart in the budget; shown for completeness.
        foreach (var generator in runs[0].Generators.Values.Where(BuildReport.IsSparkAds))
        {
            var time = Measure.Median(runs.Select(r => r.TimeOf(generator.Type)));
            var timeAlone = Measure.Median(alone.Select(r => r.TimeOf(generator.Type)));
            Report.Line($"| generator: {generator.Label} (not in the ratio) | {Report.Ms(time)} | {Report.Percent(time / compile)} | {Report.Ms(timeAlone)} | {Report.Percent(timeAlone / compileAlone)} |");
        }

        Report.Line(string.Empty);
        Report.Line($"Ratio ours / Roslyn's: {Report.Ratio(ours / theirs)} → budget ≤ 1: {Report.Verdict(ours <= theirs)}");
        Report.Line($"Share of the compile: {Report.Percent(ours / compile)} → budget < 1 %: {Report.Verdict(ours / compile < CompileShareBudget)}");
        Report.Line($"Share of the compile with IDE0010 + IDE0072 off (not a budget): {Report.Percent(oursAlone / compileAlone)}");
    }

    private static void WriteConsumer(string directory, PackedFeed feed, int fileCount)
    {
        foreach (var (path, code) in SyntheticConsumer.Files(fileCount))
        {
            var file = Path.Combine(directory, path["/consumer/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, code);
        }

        // The synthetic sources import the generated types with `using SparkAds;`, as in the in-process mode.
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), feed.ConsumerProject(
            ["<SparkAdsNamespace>SparkAds</SparkAdsNamespace>", "<EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>", "<Deterministic>true</Deterministic>"]));
        feed.WriteNuGetConfig(directory);
    }

    /// <summary>Raises Roslyn's pair to warnings, or turns it off.</summary>
    private static void WriteEditorConfig(string directory, bool withRoslyns)
    {
        var severity = withRoslyns ? "warning" : "none";
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), $"""
            root = true

            [*.cs]
            dotnet_diagnostic.IDE0010.severity = {severity}
            dotnet_diagnostic.IDE0072.severity = {severity}
            """);
    }

    private static string Dotnet(string directory, params string[] arguments) => DotnetCommand.Run(directory, false, arguments);

    private static string Quote(string path) => DotnetCommand.Quote(path);
}
