using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Budget 1 as a user's build sees it: the synthetic consumer written to disk, the packed nupkg restored from a
/// local feed, and <c>dotnet build -p:ReportAnalyzer=true</c> with <c>EnforceCodeStyleInBuild</c> and IDE0010 /
/// IDE0072 raised to warnings. The compiler's own per-analyzer report gives the times; every analyzer runs
/// concurrently in one driver, as in any build. Cross-checks the in-process <see cref="AnalyzerRatio"/>.
/// </summary>
internal static class AnalyzerBuildRatio
{
    private const int Builds = 3;
    private const double CompileShareBudget = 0.01;
    private static readonly string LastLog = Path.Combine(Path.GetTempPath(), "sparkads-build-ratio.log");

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

            var runs = new List<BuildReport>();
            for (var build = 0; build < Builds; build++)
            {
                var log = Dotnet(consumer, "build", "--no-restore", "-c", "Release", "-t:Rebuild", packages, "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary");
                File.WriteAllText(LastLog, log);
                runs.Add(BuildReport.Parse(log));
            }

            Report.Line($"The last build's log: {LastLog}");

            Print(runs);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Print(List<BuildReport> runs)
    {
        var compile = Measure.Median(runs.Select(static r => r.Compile));
        var ours = Measure.Median(runs.Select(static r => r.Sum(BuildReport.IsSparkAds)));
        var theirs = Measure.Median(runs.Select(static r => r.Sum(BuildReport.IsPopulateSwitch)));
        Report.Line(string.Empty);
        Report.Line("| | time (median) | share of compile |");
        Report.Line("|---|---:|---:|");
        Report.Line($"| Csc task (parse, generate, bind, analyze, emit) | {Report.Ms(compile)} | |");
        Report.Line($"| ours: SparkAds analyzers | {Report.Ms(ours)} | {Report.Percent(ours / compile)} |");
        Report.Line($"| Roslyn: IDE0010 + IDE0072 | {Report.Ms(theirs)} | {Report.Percent(theirs / compile)} |");
        foreach (var analyzer in runs[0].Analyzers.Values.Where(static a => BuildReport.IsSparkAds(a) || BuildReport.IsPopulateSwitch(a)))
        {
            Report.Line($"| · {analyzer.Label} | {Report.Ms(Measure.Median(runs.Select(r => r.TimeOf(analyzer.Type))))} | |");
        }

        // The generator is not an analyzer and has no counterpart in the budget; shown for completeness.
        foreach (var generator in runs[0].Generators.Values.Where(BuildReport.IsSparkAds))
        {
            var time = Measure.Median(runs.Select(r => r.TimeOf(generator.Type)));
            Report.Line($"| generator: {generator.Label} (not in the ratio) | {Report.Ms(time)} | {Report.Percent(time / compile)} |");
        }

        Report.Line(string.Empty);
        Report.Line($"Ratio ours / Roslyn's: {Report.Ratio(ours / theirs)} → budget ≤ 1: {Report.Verdict(ours <= theirs)}");
        Report.Line($"Share of the compile: {Report.Percent(ours / compile)} → budget < 1 %: {Report.Verdict(ours / compile < CompileShareBudget)}");
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
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.IDE0010.severity = warning
            dotnet_diagnostic.IDE0072.severity = warning
            """);
        feed.WriteNuGetConfig(directory);
    }

    private static string Dotnet(string directory, params string[] arguments) => DotnetCommand.Run(directory, false, arguments);

    private static string Quote(string path) => DotnetCommand.Quote(path);
}
