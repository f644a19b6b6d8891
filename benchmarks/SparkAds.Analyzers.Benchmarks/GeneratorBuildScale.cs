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
    /// <paramref name="warmServer"/>: rebuild through one warm compiler server (VBCSCompiler, as an IDE's or a developer's
    /// repeated builds run), after one unmeasured warm-up build per size, and shut the servers down at the end; otherwise
    /// every build starts a cold compiler (servers off, as CI builds). <paramref name="builds"/>: measured rebuilds per
    /// size; through a warm server each one tiers the JIT up further, so more builds give steadier medians.
    /// </summary>
    public static int Run(int[] rowCounts, bool warmServer = false, int builds = DefaultBuilds)
    {
        if (builds < 1)
        {
            Console.Error.WriteLine("generator-build: --builds must be at least 1.");
            return 2;
        }

        s_warmServer = warmServer;
        s_builds = builds;
        try
        {
            return RunBuilds(rowCounts);
        }
        finally
        {
            if (warmServer)
            {
                Dotnet(Directory.GetCurrentDirectory(), "build-server", "shutdown");
            }
        }
    }

    private static bool s_warmServer;
    private static int s_builds = DefaultBuilds;

    private static int RunBuilds(int[] rowCounts)
    {
        Report.Heading($"Generator in a real build (-p:ReportAnalyzer=true, median of {s_builds} rebuilds, {(s_warmServer ? "one warm compiler server" : "servers off")})");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);
        var work = Directory.CreateTempSubdirectory("sparkads-generator-build-").FullName;
        try
        {
            var feed = PackedFeed.Pack(work, s_warmServer);
            var packages = "-p:RestorePackagesPath=" + DotnetCommand.Quote(Path.Combine(work, "packages"));

            Report.Line(string.Empty);
            Report.Line("| rows | generator (compiler's report, median) | Csc task (median) | generated text | per row |");
            Report.Line("|---:|---:|---:|---:|---:|");
            var results = new Dictionary<int, (TimeSpan Generator, TimeSpan Csc)>();
            foreach (var rows in rowCounts)
            {
                var consumer = Path.Combine(work, "consumer-" + rows.ToString(CultureInfo.InvariantCulture));
                WriteConsumer(consumer, feed, rows);
                Dotnet(consumer, "restore", packages);
                var generator = new List<TimeSpan>();
                var csc = new List<TimeSpan>();
                if (s_warmServer)
                {
                    Dotnet(consumer, "build", "--no-restore", "-c", "Release", "-t:Rebuild", packages);
                }

                for (var build = 0; build < s_builds; build++)
                {
                    var log = Dotnet(consumer, "build", "--no-restore", "-c", "Release", "-t:Rebuild", packages, "-p:ReportAnalyzer=true", "-p:EmitCompilerGeneratedFiles=true", "-v:d", "-clp:PerformanceSummary");
                    var report = BuildReport.Parse(log);
                    generator.Add(report.SumGenerators(BuildReport.IsSparkAds));
                    csc.Add(report.Compile);
                }

                var generated = Directory.GetFiles(Path.Combine(consumer, "obj"), "*.g.cs", SearchOption.AllDirectories)
                    .Where(static f => f.Contains("SparkAdsGenerator", StringComparison.Ordinal))
                    .Sum(static f => new FileInfo(f).Length);
                results[rows] = (Measure.Median(generator), Measure.Median(csc));
                Report.Line($"| {rows:N0} | {Report.Ms(results[rows].Generator)} ({string.Join(", ", generator.Select(Report.Ms))}) | {Report.Ms(results[rows].Csc)} ({string.Join(", ", csc.Select(Report.Ms))}) | {generated / 1024.0 / 1024.0:0.00} MB | {generated / (double)(rows + 18):N0} B |");
            }

            Report.Line(string.Empty);
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

    private static void WriteConsumer(string directory, PackedFeed feed, int rows)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "synthetic-errors.csv"), SyntheticCatalog.Create(rows));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "System.Console.WriteLine(SparkAds.SparkAdsErrors.All.Count);\n");
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), feed.ConsumerProject(
            ["<OutputType>Exe</OutputType>", "<SparkAdsNamespace>SparkAds</SparkAdsNamespace>", "<Deterministic>true</Deterministic>"],
            "<SparkAdsCatalog Include=\"synthetic-errors.csv\" />"));
        feed.WriteNuGetConfig(directory);
    }

    private static string Dotnet(string directory, params string[] arguments) => DotnetCommand.Run(directory, s_warmServer, arguments);
}
