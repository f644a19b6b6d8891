using System;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Running;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// One command per budget, or all of them: <c>lookups</c> (BenchmarkDotNet; further arguments go to it),
/// <c>generator</c> (catalog scale; <c>--typed-columns</c> also with three typed team columns), <c>analyzers</c> (ours vs Roslyn's populate-switch analyzers, in process),
/// <c>analyzers-floor</c> (ours against the reporting floor, in process), <c>analyzers-build</c> (the same comparisons
/// in a real <c>dotnet build</c>), <c>fix-all [handlers]</c> (the switch fix's Fix All in one document, in process),
/// <c>real-project PATH</c> (the package's cost in a build of any C# project), <c>remedies [rows]</c> (what carrying
/// remedies in the compiled enum costs), <c>all</c>.
/// </summary>
public static class Program
{
    private const string Usage = "usage: SparkAds.Analyzers.Benchmarks (all | lookups [BenchmarkDotNet args] | generator [--typed-columns] [rows...] | analyzers [files] | analyzers-floor [files] | analyzers-build [files] | fix-all [handlers] | generator-build [--warm-server] [--builds N] [--baseline REPO] [--typed-columns] [rows...] | real-project PATH [--runs N] [--baseline REPO] | remedies [rows])";

    public static async Task<int> Main(string[] args)
    {
        var mode = args.Length > 0 ? args[0] : "all";
        var rest = args.Skip(1).ToArray();
        switch (mode)
        {
            case "lookups":
                RunLookups(rest);
                return 0;
            case "generator":
                var sizes = rest.Where(static a => a != SyntheticCatalog.TypedColumnsOption).Select(int.Parse).ToArray();
                GeneratorScale.Run(sizes.Length > 0 ? sizes : GeneratorScale.DefaultRowCounts, rest.Contains(SyntheticCatalog.TypedColumnsOption));
                return 0;
            case "generator-build":
                var typed = rest.Contains(SyntheticCatalog.TypedColumnsOption);
                rest = [.. rest.Where(static a => a != SyntheticCatalog.TypedColumnsOption)];
                var warm = rest.Contains("--warm-server");
                var buildsAt = Array.IndexOf(rest, "--builds");
                var builds = buildsAt >= 0 && buildsAt + 1 < rest.Length ? int.Parse(rest[buildsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : GeneratorBuildScale.DefaultBuilds;
                var baselineAt = Array.IndexOf(rest, "--baseline");
                var baseline = baselineAt >= 0 && baselineAt + 1 < rest.Length ? rest[baselineAt + 1] : null;
                var rows = rest.Where((a, i) => a != "--warm-server" && (buildsAt < 0 || (i != buildsAt && i != buildsAt + 1)) && (baselineAt < 0 || (i != baselineAt && i != baselineAt + 1))).ToArray();
                return GeneratorBuildScale.Run(rows.Length > 0 ? rows.Select(int.Parse).ToArray() : GeneratorBuildScale.DefaultRowCounts, warm, builds, baseline, typed);
            case "analyzers":
                return await AnalyzerRatio.RunAsync(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : AnalyzerRatio.DefaultFileCount).ConfigureAwait(false);
            case "analyzers-floor":
                return await AnalyzerFloorRatio.RunAsync(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : AnalyzerRatio.DefaultFileCount).ConfigureAwait(false);
            case "remedies":
                RemedyCarrierCost.Run(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : RemedyCarrierCost.DefaultRows);
                return 0;
            case "fix-all":
                return await FixAllTime.RunAsync(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : FixAllTime.DefaultHandlers).ConfigureAwait(false);
            case "analyzers-build":
                return AnalyzerBuildRatio.Run(rest.Length > 0 ? int.Parse(rest[0], System.Globalization.CultureInfo.InvariantCulture) : AnalyzerRatio.DefaultFileCount);
            case "real-project" when rest.Length is 1 or 3 or 5:
                var runsAt = Array.IndexOf(rest, "--runs");
                var againstAt = Array.IndexOf(rest, "--baseline");
                if (rest.Length != 1 + (runsAt > 0 ? 2 : 0) + (againstAt > 0 ? 2 : 0))
                {
                    goto default;
                }

                var runs = runsAt > 0 ? int.Parse(rest[runsAt + 1], System.Globalization.CultureInfo.InvariantCulture) : RealProjectCost.DefaultRuns;
                return RealProjectCost.Run(rest[0], runs, againstAt > 0 ? rest[againstAt + 1] : null);
            case "all":
                GeneratorScale.Run(GeneratorScale.DefaultRowCounts);
                var analyzers = await AnalyzerRatio.RunAsync(AnalyzerRatio.DefaultFileCount).ConfigureAwait(false);
                RunLookups(rest);
                return analyzers;
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static void RunLookups(string[] args)
    {
        Report.Heading("Generated lookups vs Dictionary and Enum (BenchmarkDotNet)");
        var switcherArgs = args.Length > 0 ? args : ["--filter", "*"];
        BenchmarkSwitcher.FromTypes([typeof(LookupBenchmarks)]).Run(switcherArgs, LookupBenchmarks.Config);
    }
}
