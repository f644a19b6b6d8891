using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Budget 2 as a user's build sees it: the synthetic consumer written to disk, the packed nupkg restored from a
/// local feed, and <c>dotnet build -p:ReportAnalyzer=true</c> with <c>EnforceCodeStyleInBuild</c> and IDE0010 /
/// IDE0072 raised to warnings. The compiler's own per-analyzer report gives the times; every analyzer runs
/// concurrently in one driver, as in any build. Each build is paired with one where IDE0010 and IDE0072 are off, as
/// in most projects: the driver bills work that several analyzers need (a file's pragma map, the first report's checks
/// in a file) to the first that asks, so ours alone are billed for more. And each is paired with one where ours are off
/// and the reporting floor (<c>SparkAds.Analyzers.Benchmarks.ReportingFloor</c>) reports the same diagnostics at the
/// same places, deciding by a method name or a constant: what visiting those operations and reporting those diagnostics
/// is billed with no analysis of ours, the baseline of budget 2b.
/// Cross-checks the in-process <see cref="AnalyzerRatio"/>.
/// </summary>
internal static class AnalyzerBuildRatio
{
    private const int Builds = 3;
    private const double FloorBudget = 2.5;
    private const double RoslynShareBudget = 0.5;
    private static readonly string LastLog = Path.Combine(Path.GetTempPath(), "sparkads-build-ratio.log");
    private static readonly string LastLogAlone = Path.Combine(Path.GetTempPath(), "sparkads-build-ratio-alone.log");
    private static readonly string LastLogFloor = Path.Combine(Path.GetTempPath(), "sparkads-build-ratio-floor.log");

    // Turned off where the floor stands in: every rule of SwitchAnalyzer and CustomIdentityAnalyzer.
    private static readonly string[] ReplacedByFloor = ["SPARK001", "SPARK002", "SPARK003", "SPARK004"];

    public static int Run(int fileCount)
    {
        Report.Heading($"Analyzers vs Roslyn's populate-switch analyzers (real build, -p:ReportAnalyzer=true, {fileCount} files, median of {Builds} rebuilds)");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);
        var work = Directory.CreateTempSubdirectory("sparkads-build-ratio-").FullName;
        try
        {
            var feed = PackedFeed.Pack(work, sharedCompilation: false);
            var consumer = Path.Combine(work, "consumer");
            WriteConsumer(consumer, feed, fileCount, BenchmarkEnvironment.ReportingFloorPath);
            var packages = "-p:RestorePackagesPath=" + Quote(Path.Combine(work, "packages"));
            Dotnet(consumer, "restore", packages);

            // Interleaved: with Roslyn's pair as warnings (the budget's build); with it off, as in a project that does not
            // enforce code style, where nothing else of the SDK reports in these files; and the budget's build with ours
            // off and the reporting floor on.
            var runs = new List<BuildReport>();
            var alone = new List<BuildReport>();
            var floor = new List<BuildReport>();
            for (var build = 0; build < Builds; build++)
            {
                Report.Line($"Build triple {build + 1}, load average {BenchmarkEnvironment.LoadAverage}");
                foreach (var (withRoslyns, withFloor, reports, lastLog) in new[] { (true, false, runs, LastLog), (false, false, alone, LastLogAlone), (true, true, floor, LastLogFloor) })
                {
                    WriteEditorConfig(consumer, withRoslyns, withFloor);
                    var log = Rebuild(consumer, packages, withFloor, "-p:ReportAnalyzer=true", "-v:d", "-clp:PerformanceSummary");
                    File.WriteAllText(lastLog, log);
                    reports.Add(BuildReport.Parse(log));
                }
            }

            Report.Line($"The last builds' logs: {LastLog}, {LastLogAlone}, {LastLogFloor}");
            var sameDiagnostics = ReportsTheSameDiagnostics(consumer, packages, work);

            Print(runs, alone, floor);
            if (!sameDiagnostics)
            {
                Report.Line("The reporting floor did not report what ours reported (see the check above): its figures are not a baseline.");
                return 1;
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void Print(List<BuildReport> runs, List<BuildReport> alone, List<BuildReport> floorRuns)
    {
        var compile = Measure.Median(runs.Select(static r => r.Compile));
        var ours = Measure.Median(runs.Select(static r => r.Sum(BuildReport.IsSparkAds)));
        var theirs = Measure.Median(runs.Select(static r => r.Sum(BuildReport.IsPopulateSwitch)));
        var compileAlone = Measure.Median(alone.Select(static r => r.Compile));
        var oursAlone = Measure.Median(alone.Select(static r => r.Sum(BuildReport.IsSparkAds)));
        var compileFloor = Measure.Median(floorRuns.Select(static r => r.Compile));
        var floor = Measure.Median(floorRuns.Select(static r => r.Sum(BuildReport.IsReportingFloor)));
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

        Report.Line($"| Csc task, ours off, the reporting floor on | {Report.Ms(compileFloor)} | | | |");
        Report.Line($"| reporting floor: the same diagnostics with no analysis | {Report.Ms(floor)} | {Report.Percent(floor / compileFloor)} | – | |");
        foreach (var analyzer in floorRuns[0].Analyzers.Values.Where(BuildReport.IsReportingFloor))
        {
            Report.Line($"| · {analyzer.Label} | {Report.Ms(Measure.Median(floorRuns.Select(r => r.TimeOf(analyzer.Type))))} | | – | |");
        }

        // The generator is not an analyzer and has no counterpart in the budget; shown for completeness.
        foreach (var generator in runs[0].Generators.Values.Where(BuildReport.IsSparkAds))
        {
            var time = Measure.Median(runs.Select(r => r.TimeOf(generator.Type)));
            var timeAlone = Measure.Median(alone.Select(r => r.TimeOf(generator.Type)));
            Report.Line($"| generator: {generator.Label} (not in the ratio) | {Report.Ms(time)} | {Report.Percent(time / compile)} | {Report.Ms(timeAlone)} | {Report.Percent(timeAlone / compileAlone)} |");
        }

        Report.Line(string.Empty);
        Report.Line($"Budget 2a, ours / Roslyn's: {Report.Ratio(ours / theirs)} → budget ≤ 1: {Report.Verdict(ours <= theirs)}");
        Report.Line($"Budget 2b, ours / the reporting floor (the same diagnostics, no analysis): {Report.Ratio(ours / floor)} → budget ≤ {Report.Ratio(FloorBudget)}: {Report.Verdict(ours <= FloorBudget * floor)}");
        Report.Line($"Budget 2b, ours / Roslyn's: {Report.Ratio(ours / theirs)} → budget ≤ {Report.Ratio(RoslynShareBudget)}: {Report.Verdict(ours <= RoslynShareBudget * theirs)}");
        Report.Line($"Share of the compile (not a budget since issue 30): ours {Report.Percent(ours / compile)}, the reporting floor {Report.Percent(floor / compileFloor)}; with IDE0010 + IDE0072 off, ours {Report.Percent(oursAlone / compileAlone)}");
    }

    /// <summary>
    /// One more build of each, unmeasured, with the compiler's error log: the floor must report every diagnostic ours
    /// report (infos too, which build logs do not list), with the same rule number, severity, file and span, and nothing
    /// else.
    /// </summary>
    private static bool ReportsTheSameDiagnostics(string consumer, string packages, string work)
    {
        var logs = new List<HashSet<string>>();
        foreach (var withFloor in new[] { false, true })
        {
            var errorLog = Path.Combine(work, withFloor ? "floor.sarif" : "ours.sarif");
            WriteEditorConfig(consumer, withRoslyns: true, withFloor);
            Rebuild(consumer, packages, withFloor, "-p:ErrorLog=" + Quote(errorLog));
            logs.Add(ErrorLogEntries(errorLog, withFloor ? "FLOOR" : "SPARK"));
        }

        var same = logs[0].Count > 0 && logs[0].SetEquals(logs[1]);
        var rules = string.Join(", ", logs[0].Select(static entry => "SPARK" + entry[..entry.IndexOf(' ', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal));
        Report.Line($"Check: ours reported {logs[0].Count} diagnostics ({rules}) and the floor {logs[1].Count}; same rules, severities, files and spans: {(same ? "yes" : "NO")}");
        return same;
    }

    // "001 warning path:line:column-line:column" for each result of a SARIF 1.0 error log whose rule starts with prefix.
    private static HashSet<string> ErrorLogEntries(string errorLog, string prefix)
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(errorLog));
        var entries = new HashSet<string>(StringComparer.Ordinal);
        foreach (var run in json.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var rule = result.GetProperty("ruleId").GetString() ?? string.Empty;
                if (!rule.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var file = result.GetProperty("locations")[0].GetProperty("resultFile");
                var region = file.GetProperty("region");
                entries.Add(string.Create(CultureInfo.InvariantCulture, $"{rule[prefix.Length..]} {result.GetProperty("level").GetString()} {file.GetProperty("uri").GetString()}:{region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()}-{region.GetProperty("endLine").GetInt32()}:{region.GetProperty("endColumn").GetInt32()}"));
            }
        }

        return entries;
    }

    // A rebuild of the consumer; its project takes the floor's analyzer assembly only when SparkAdsReportingFloor is true.
    private static string Rebuild(string consumer, string packages, bool withFloor, params string[] arguments)
        => Dotnet(consumer, ["build", "--no-restore", "-c", "Release", "-t:Rebuild", packages, "-p:SparkAdsReportingFloor=" + (withFloor ? "true" : "false"), .. arguments]);

    private static void WriteConsumer(string directory, PackedFeed feed, int fileCount, string reportingFloor)
    {
        foreach (var (path, code) in SyntheticConsumer.Files(fileCount))
        {
            var file = Path.Combine(directory, path["/consumer/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, code);
        }

        // The synthetic sources import the generated types with `using SparkAds;`, as in the in-process mode.
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), feed.ConsumerProject(
            ["<SparkAdsNamespace>SparkAds</SparkAdsNamespace>", "<EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>", "<Deterministic>true</Deterministic>"],
            $"<Analyzer Include=\"{reportingFloor}\" Condition=\"'$(SparkAdsReportingFloor)' == 'true'\" />"));
        feed.WriteNuGetConfig(directory);
    }

    /// <summary>Raises Roslyn's pair to warnings, or turns it off; turns ours off where the reporting floor stands in.</summary>
    private static void WriteEditorConfig(string directory, bool withRoslyns, bool withFloor)
    {
        var severity = withRoslyns ? "warning" : "none";
        var ours = withFloor ? string.Concat(ReplacedByFloor.Select(static id => $"dotnet_diagnostic.{id}.severity = none\n")) : string.Empty;
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), $"""
            root = true

            [*.cs]
            dotnet_diagnostic.IDE0010.severity = {severity}
            dotnet_diagnostic.IDE0072.severity = {severity}

            """ + ours);
    }

    private static string Dotnet(string directory, params string[] arguments) => DotnetCommand.Run(directory, false, arguments);

    private static string Quote(string path) => DotnetCommand.Quote(path);
}
