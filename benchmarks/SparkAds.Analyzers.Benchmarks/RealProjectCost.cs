using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// What the package costs any C# project (<c>real-project PATH</c>): the project is rebuilt with and without the
/// package (<see cref="InjectedBuild"/>: its files untouched), both with IDE0010 and IDE0072 as warnings, cold (servers
/// off, as CI builds) and through one warm compiler server (as an IDE's or a developer's repeated builds), which is
/// shut down at the end. The compiler's own report (<c>-p:ReportAnalyzer=true</c>) gives each analyzer's and
/// generator's time; the package's analyzers are found as the types under its assembly, so new ones show up unasked.
/// With <c>--baseline REPO</c> the package of another copy of this repository (another version's source) is packed
/// too and a third variant references it, rebuilt in every run beside the other two (the two packages in alternating
/// order), so a change to the package is measured against its baseline on the same machine at the same time.
/// </summary>
internal static class RealProjectCost
{
    public const int DefaultRuns = 3;

    private const double WarmRatioBudget = 0.25;
    private const double ColdShareBudget = 0.015;
    private const double ColdGeneratorBudgetMs = 100;

    public static int Run(string path, int runs, string? baseline)
    {
        var target = Path.GetFullPath(path);
        if (!File.Exists(target) && !Directory.Exists(target))
        {
            Console.Error.WriteLine($"No project, solution or folder at {target}.");
            return 2;
        }

        if (runs < 1)
        {
            Console.Error.WriteLine("--runs takes a number of at least 1.");
            return 2;
        }

        Report.Heading($"SparkAds.Analyzers in a real build of {target}");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);
        Report.Line($"Each run rebuilds the project with and without the package (-c Release -t:Rebuild -p:ReportAnalyzer=true, EnforceCodeStyleInBuild, IDE0010/IDE0072 as warnings); medians of {runs} runs, (min–max).");
        Report.Line("Cold: -p:UseSharedCompilation=false. Warm: one compiler server, after one unmeasured build of each variant.");
        var work = Directory.CreateTempSubdirectory("sparkads-real-project-").FullName;
        try
        {
            var feed = PackedFeed.Pack(work, sharedCompilation: false);
            var with = InjectedBuild.Create(target, work, "with-package", feed, withPackage: true);
            var without = InjectedBuild.Create(target, work, "without-package", feed, withPackage: false);
            with.Restore();
            without.Restore();
            feed.EnsureRestoredFrom(InjectedBuild.PackagesFolder(work));
            InjectedBuild? other = null;
            if (baseline is not null)
            {
                Report.Line("Baseline: the package of " + Path.GetFullPath(baseline) + ", rebuilt in every run beside this one (the two in alternating order).");
                var baselineFeed = PackedFeed.Pack(work, sharedCompilation: false, baseline, "baseline-feed");
                other = InjectedBuild.Create(target, work, "baseline-package", baselineFeed, withPackage: true, packages: "baseline-packages");
                other.Restore();
                baselineFeed.EnsureRestoredFrom(InjectedBuild.PackagesFolder(work, "baseline-packages"));
            }

            var cold = MeasureRuns(with, other, without, runs, warm: false);
            List<RunPair> warm;
            try
            {
                warm = MeasureRuns(with, other, without, runs, warm: true);
            }
            finally
            {
                DotnetCommand.ShutdownServer(work);
            }

            Print(cold, warm);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static List<RunPair> MeasureRuns(InjectedBuild with, InjectedBuild? baseline, InjectedBuild without, int runs, bool warm)
    {
        if (warm)
        {
            with.Rebuild(sharedCompilation: true);
            baseline?.Rebuild(sharedCompilation: true);
            without.Rebuild(sharedCompilation: true);
        }

        var measured = new List<RunPair>(runs);
        for (var run = 0; run < runs; run++)
        {
            // Interleaved, so that drift on a shared machine falls on every variant; the packages in alternating order.
            var load = BenchmarkEnvironment.LoadAverage;
            var baselineFirst = run % 2 == 1;
            var baselineLog = baselineFirst ? baseline?.Rebuild(warm) : null;
            var withLog = with.Rebuild(warm);
            baselineLog ??= baseline?.Rebuild(warm);
            var withoutLog = without.Rebuild(warm);
            File.WriteAllText(LastLog(warm), withLog);
            measured.Add(new RunPair(BuildReport.Parse(withLog), BuildReport.Parse(withoutLog), baselineLog is null ? null : BuildReport.Parse(baselineLog), load,
                BuildLog.DiagnosticCounts(withLog, static id => id.StartsWith("SPARK", StringComparison.Ordinal) || id is "IDE0010" or "IDE0072")));
        }

        return measured;
    }

    private static string LastLog(bool warm) => Path.Combine(Path.GetTempPath(), $"sparkads-real-project-{(warm ? "warm" : "cold")}.log");

    private static void Print(List<RunPair> cold, List<RunPair> warm)
    {
        Report.Line(string.Empty);
        Report.Line("| run | load (1, 5, 15 min) | Csc with | Csc without | our analyzers | our generator | Roslyn's IDE0010 + IDE0072 |");
        Report.Line("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (phase, runs) in new[] { ("cold", cold), ("warm", warm) })
        {
            for (var i = 0; i < runs.Count; i++)
            {
                var r = runs[i];
                Report.Line($"| {phase} {i + 1} | {r.Load} | {Report.Ms(r.With.Compile)} | {Report.Ms(r.Without.Compile)} | {Report.Ms(Ours(r))} | {Report.Ms(Generator(r))} | {Report.Ms(Roslyns(r))} |");
            }
        }

        var all = cold.Concat(warm).ToList();
        Report.Line(string.Empty);
        Report.Line("| | cold: median (min–max) | warm: median (min–max) |");
        Report.Line("|---|---:|---:|");
        Row("Csc task, with the package", r => r.With.Compile);
        Row("Csc task, without the package", r => r.Without.Compile);
        Row("**our analyzers**", Ours);
        foreach (var analyzer in Types(all, static r => r.With.Analyzers.Values.Where(BuildReport.IsSparkAds)))
        {
            Row("· " + analyzer.Label, r => r.With.TimeOf(analyzer.Type));
        }

        Row("**our generator**", Generator);
        foreach (var generator in Types(all, static r => r.With.Generators.Values.Where(BuildReport.IsSparkAds)))
        {
            Row("· " + generator.Label, r => r.With.TimeOf(generator.Type));
        }

        // The compiler bills each generator for the time of its own pipeline, including the first use in the process of
        // the generator driver's shared machinery (its nodes, AddSource's hint-name check), which the first generator to
        // run pays. What the package adds to a build is the difference of all generators' totals.
        Row("all generators, with the package", static r => AllGenerators(r.With));
        Row("all generators, without the package", static r => AllGenerators(r.Without));
        Row("**our generator, marginal** (all generators with − without, per run)", GeneratorMarginal);
        Row("**Roslyn's IDE0010 + IDE0072** (same build)", Roslyns);
        foreach (var analyzer in Types(all, static r => r.With.Analyzers.Values.Where(BuildReport.IsPopulateSwitch)))
        {
            Row("· " + analyzer.Label, r => r.With.TimeOf(analyzer.Type));
        }

        Row("Roslyn's IDE0010 + IDE0072, without the package", static r => r.Without.Sum(BuildReport.IsPopulateSwitch));
        Report.Line($"| ratio our analyzers / Roslyn's | {Report.Ratio(Ratio(cold))} | {Report.Ratio(Ratio(warm))} |");
        Report.Line($"| share (analyzers + generator) / Csc with the package | {Report.Percent(Share(cold))} | {Report.Percent(Share(warm))} |");
        Report.Line($"| share (analyzers + generator's marginal cost) / Csc with the package | {Report.Percent(MarginalShare(cold))} | {Report.Percent(MarginalShare(warm))} |");
        if (cold[0].Baseline is not null)
        {
            // The baseline's rows, from the builds beside each run's; null never reaches these (every run has one).
            Row("Csc task, the baseline", static r => r.Baseline!.Compile);
            Row("**the baseline's analyzers**", static r => r.Baseline!.Sum(BuildReport.IsSparkAds));
            foreach (var analyzer in Types(all, static r => r.Baseline!.Analyzers.Values.Where(BuildReport.IsSparkAds)))
            {
                Row("· " + analyzer.Label + ", the baseline", r => r.Baseline!.TimeOf(analyzer.Type));
            }

            Row("**the baseline's generator**", static r => r.Baseline!.SumGenerators(BuildReport.IsSparkAds));
            Row("Roslyn's IDE0010 + IDE0072, the baseline's build", static r => r.Baseline!.Sum(BuildReport.IsPopulateSwitch));
            Report.Line($"| ratio the baseline's analyzers / Roslyn's (its build) | {Report.Ratio(BaselineRatio(cold))} | {Report.Ratio(BaselineRatio(warm))} |");
            Report.Line($"| our analyzers / the baseline's (medians) | {Report.Ratio(Measure.Median(cold.Select(Ours)) / Measure.Median(cold.Select(BaselineOurs)))} | {Report.Ratio(Measure.Median(warm.Select(Ours)) / Measure.Median(warm.Select(BaselineOurs)))} |");
        }

        var coldGenerator = Measure.Median(cold.Select(Generator));
        Report.Line(string.Empty);
        Report.Line($"Budget, warm: our analyzers ≤ {Report.Ratio(WarmRatioBudget)} × Roslyn's IDE0010 + IDE0072: {Report.Ratio(Ratio(warm))} → {Report.Verdict(Ratio(warm) <= WarmRatioBudget)}");
        Report.Line($"Budget, cold: analyzers + generator ≤ {Report.Percent(ColdShareBudget)} of Csc: {Report.Percent(Share(cold))} → {Report.Verdict(Share(cold) <= ColdShareBudget)}");
        Report.Line($"Budget, cold: generator ≤ {ColdGeneratorBudgetMs:0} ms: {Report.Ms(coldGenerator)} → {Report.Verdict(coldGenerator.TotalMilliseconds <= ColdGeneratorBudgetMs)}");

        var findings = cold[^1].Diagnostics;
        var ours = findings.Where(static f => f.Key.StartsWith("SPARK", StringComparison.Ordinal)).ToList();
        Report.Line(string.Empty);
        Report.Line($"SPARK warnings and errors in the build: {ours.Sum(static f => f.Value)}{Counts(ours)}; Roslyn's IDE0010/IDE0072 warnings: {findings.Where(static f => !f.Key.StartsWith("SPARK", StringComparison.Ordinal)).Sum(static f => f.Value)}{Counts(findings.Where(static f => !f.Key.StartsWith("SPARK", StringComparison.Ordinal)))}");
        Report.Line($"The last build's logs (with the package): {LastLog(warm: false)}, {LastLog(warm: true)}");

        void Row(string label, Func<RunPair, TimeSpan> time)
            => Report.Line($"| {label} | {Report.MedianRange(cold.Select(time))} | {Report.MedianRange(warm.Select(time))} |");
    }

    private static TimeSpan Ours(RunPair run) => run.With.Sum(BuildReport.IsSparkAds);

    private static TimeSpan BaselineOurs(RunPair run) => run.Baseline!.Sum(BuildReport.IsSparkAds);

    private static double BaselineRatio(List<RunPair> runs)
        => Measure.Median(runs.Select(BaselineOurs)) / Measure.Median(runs.Select(static r => r.Baseline!.Sum(BuildReport.IsPopulateSwitch)));

    private static TimeSpan Generator(RunPair run) => run.With.SumGenerators(BuildReport.IsSparkAds);

    private static TimeSpan AllGenerators(BuildReport build) => build.SumGenerators(static _ => true);

    private static TimeSpan GeneratorMarginal(RunPair run) => AllGenerators(run.With) - AllGenerators(run.Without);

    private static double MarginalShare(List<RunPair> runs)
        => (Measure.Median(runs.Select(Ours)) + Measure.Median(runs.Select(GeneratorMarginal))) / Measure.Median(runs.Select(static r => r.With.Compile));

    private static TimeSpan Roslyns(RunPair run) => run.With.Sum(BuildReport.IsPopulateSwitch);

    private static double Ratio(List<RunPair> runs) => Measure.Median(runs.Select(Ours)) / Measure.Median(runs.Select(Roslyns));

    private static double Share(List<RunPair> runs)
        => (Measure.Median(runs.Select(Ours)) + Measure.Median(runs.Select(Generator))) / Measure.Median(runs.Select(static r => r.With.Compile));

    // Every type any run reported, in name order (a type a run did not report counts zero there).
    private static IEnumerable<ReportedTime> Types(List<RunPair> runs, Func<RunPair, IEnumerable<ReportedTime>> types)
        => runs.SelectMany(types).DistinctBy(static t => t.Type).OrderBy(static t => t.Type, StringComparer.Ordinal);

    private static string Counts(IEnumerable<KeyValuePair<string, int>> counts)
    {
        var text = string.Join(", ", counts.Select(static c => $"{c.Key} ×{c.Value}"));
        return text.Length == 0 ? string.Empty : $" ({text})";
    }

    private sealed record RunPair(BuildReport With, BuildReport Without, BuildReport? Baseline, string Load, SortedDictionary<string, int> Diagnostics);
}
