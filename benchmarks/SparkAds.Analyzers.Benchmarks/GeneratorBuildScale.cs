using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// The generator's scale budget as the compiler bills it: for each catalog size, a consumer with a synthetic team catalog
/// (and the built-in one) restored from the packed nupkg, rebuilt with <c>-p:ReportAnalyzer=true</c>. The compiler's
/// "generator execution time" is the generator's own run; the compile of what it generated (most of the parse of the
/// generated text included) is in the Csc task's time, so the build of a 10,000-row consumer is compared with a
/// 1,000-row one too. Without <c>--warm-server</c> every build is a fresh compiler process (servers off, as CI builds),
/// so the generator's time includes its JIT; with it, the rebuilds go through one compiler server.
/// </summary>
internal static class GeneratorBuildScale
{
    public static readonly int[] DefaultRowCounts = [1000, 10000, 20000];

    /// <summary>Measured rebuilds per catalog size unless <c>--builds N</c> says otherwise.</summary>
    public const int DefaultBuilds = 3;

    /// <summary>
    /// <paramref name="warmServer"/>: rebuild through one warm compiler server (this benchmark's own, as an IDE's or a
    /// developer's repeated builds run), after one unmeasured warm-up build per size, and shut it down at the end;
    /// otherwise every build starts a cold compiler (servers off, as CI builds). <paramref name="builds"/>: measured
    /// rebuilds per size; through a warm server each one tiers the JIT up further, so more builds give steadier medians.
    /// <paramref name="baseline"/>: the root of another copy of this repository (another version's source); its package
    /// is packed too, and at each size a consumer of it and one of this package are rebuilt alternately, baseline
    /// first, through the same server, so both see the same machine.
    /// </summary>
    public static int Run(int[] rowCounts, bool warmServer = false, int builds = DefaultBuilds, string? baseline = null, bool typedColumns = false)
    {
        if (builds < 1)
        {
            Console.Error.WriteLine("generator-build: --builds must be at least 1.");
            return 2;
        }

        s_warmServer = warmServer;
        s_builds = builds;
        s_typedColumns = typedColumns;
        try
        {
            return RunBuilds(rowCounts, baseline);
        }
        finally
        {
            if (warmServer)
            {
                DotnetCommand.ShutdownServer(Directory.GetCurrentDirectory());
            }
        }
    }

    private static bool s_warmServer;
    private static bool s_typedColumns;
    private static int s_builds = DefaultBuilds;

    private static int RunBuilds(int[] rowCounts, string? baseline)
    {
        Report.Heading($"Generator in a real build (-p:ReportAnalyzer=true, median of {s_builds} rebuilds, {(s_warmServer ? "one warm compiler server" : "servers off")}{(s_typedColumns ? ", catalogs with three typed team columns" : string.Empty)})");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);
        var work = Directory.CreateTempSubdirectory("sparkads-generator-build-").FullName;
        try
        {
            var packages = new List<(string Name, PackedFeed Feed)>();
            if (baseline is not null)
            {
                Report.Line("Baseline: the package of " + Path.GetFullPath(baseline) + ", built alternately with this one.");
                packages.Add(("baseline", PackedFeed.Pack(work, s_warmServer, baseline, "baseline-feed")));
            }

            packages.Add(("this", PackedFeed.Pack(work, s_warmServer)));

            Report.Line(string.Empty);
            Report.Line("| rows | package | generator (compiler's report, median) | Csc task (median) | generated text | per row |");
            Report.Line("|---:|---|---:|---:|---:|---:|");
            var results = new Dictionary<int, (TimeSpan Generator, TimeSpan Csc)>();
            var baselineResults = new Dictionary<int, (TimeSpan Generator, TimeSpan Csc)>();
            foreach (var rows in rowCounts)
            {
                var consumers = packages.Select(p => Consumer(work, p.Name, p.Feed, rows)).ToList();
                var generator = consumers.Select(_ => new List<TimeSpan>()).ToList();
                var csc = consumers.Select(_ => new List<TimeSpan>()).ToList();
                if (s_warmServer)
                {
                    consumers.ForEach(static c => Dotnet(c.Directory, "build", "--no-restore", "-c", "Release", "-t:Rebuild", c.Packages));
                }

                for (var build = 0; build < s_builds; build++)
                {
                    for (var i = 0; i < consumers.Count; i++)
                    {
                        var log = Dotnet(consumers[i].Directory, "build", "--no-restore", "-c", "Release", "-t:Rebuild", consumers[i].Packages, "-p:ReportAnalyzer=true", "-p:EmitCompilerGeneratedFiles=true", "-v:d", "-clp:PerformanceSummary");
                        var report = BuildReport.Parse(log);
                        generator[i].Add(report.SumGenerators(BuildReport.IsSparkAds));
                        csc[i].Add(report.Compile);
                    }
                }

                for (var i = 0; i < consumers.Count; i++)
                {
                    var generated = Directory.GetFiles(Path.Combine(consumers[i].Directory, "obj"), "*.g.cs", SearchOption.AllDirectories)
                        .Where(static f => f.Contains("SparkAdsGenerator", StringComparison.Ordinal))
                        .Sum(static f => new FileInfo(f).Length);
                    var medians = (Generator: Measure.Median(generator[i]), Csc: Measure.Median(csc[i]));
                    Report.Line($"| {rows:N0} | {packages[i].Name} | {Report.Ms(medians.Generator)} ({string.Join(", ", generator[i].Select(Report.Ms))}) | {Report.Ms(medians.Csc)} ({string.Join(", ", csc[i].Select(Report.Ms))}) | {generated / 1024.0 / 1024.0:0.00} MB | {generated / (double)(rows + 18):N0} B |");
                    (i == consumers.Count - 1 ? results : baselineResults)[rows] = medians;
                }
            }

            Report.Line(string.Empty);
            foreach (var (rows, baselineMedians) in baselineResults)
            {
                Report.Line($"{rows:N0} rows, this package's generator / the baseline's (medians): {Report.Ratio(results[rows].Generator / baselineMedians.Generator)}×");
            }

            GeneratorBudget.PrintVerdicts(results.ToDictionary(static r => r.Key, static r => r.Value.Generator));
            if (results.TryGetValue(10000, out var tenK) && results.TryGetValue(1000, out var oneK))
            {
                var growth = tenK.Csc / oneK.Csc;
                Report.Line($"Budget: Csc of 10,000 rows at most 12× that of 1,000 rows: {Report.Ratio(growth)}× → {Report.Verdict(growth <= 12)}");
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>A restored consumer of <paramref name="feed"/>'s package with a catalog of <paramref name="rows"/> rows, in its own folder and package cache (two packages may share id and version).</summary>
    private static (string Directory, string Packages) Consumer(string work, string name, PackedFeed feed, int rows)
    {
        var consumer = Path.Combine(work, name + "-consumer-" + rows.ToString(CultureInfo.InvariantCulture));
        var packages = "-p:RestorePackagesPath=" + DotnetCommand.Quote(Path.Combine(work, name + "-packages"));
        WriteConsumer(consumer, feed, rows);
        Dotnet(consumer, "restore", packages);
        return (consumer, packages);
    }

    private static void WriteConsumer(string directory, PackedFeed feed, int rows)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "synthetic-errors.csv"), SyntheticCatalog.Create(rows, s_typedColumns));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(SparkAds.SparkAdsErrors.All.Count);\n");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), feed.ConsumerProject(
            ["<OutputType>Exe</OutputType>", "<SparkAdsNamespace>SparkAds</SparkAdsNamespace>", "<Deterministic>true</Deterministic>"],
            "<SparkAdsCatalog Include=\"synthetic-errors.csv\" />"));
        feed.WriteNuGetConfig(directory);
    }

    private static string Dotnet(string directory, params string[] arguments) => DotnetCommand.Run(directory, s_warmServer, arguments);
}
