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
        var options = new ModeArguments(rest);
        switch (mode)
        {
            case "lookups":
                RunLookups(rest);
                return 0;
            case "generator":
                var typedInProcess = options.Flag(SyntheticCatalog.TypedColumnsOption);
                GeneratorScale.Run(options.Numbers(GeneratorScale.DefaultRowCounts), typedInProcess);
                return 0;
            case "generator-build":
                var typed = options.Flag(SyntheticCatalog.TypedColumnsOption);
                var warm = options.Flag("--warm-server");
                var builds = options.Number("--builds", GeneratorBuildScale.DefaultBuilds);
                var baseline = options.Value("--baseline");
                return GeneratorBuildScale.Run(options.Numbers(GeneratorBuildScale.DefaultRowCounts), warm, builds, baseline, typed);
            case "analyzers":
                return await AnalyzerRatio.RunAsync(options.FirstNumber(AnalyzerRatio.DefaultFileCount)).ConfigureAwait(false);
            case "analyzers-floor":
                return await AnalyzerFloorRatio.RunAsync(options.FirstNumber(AnalyzerRatio.DefaultFileCount)).ConfigureAwait(false);
            case "remedies":
                RemedyCarrierCost.Run(options.FirstNumber(RemedyCarrierCost.DefaultRows));
                return 0;
            case "fix-all":
                return await FixAllTime.RunAsync(options.FirstNumber(FixAllTime.DefaultHandlers)).ConfigureAwait(false);
            case "analyzers-build":
                return AnalyzerBuildRatio.Run(options.FirstNumber(AnalyzerRatio.DefaultFileCount));
            case "real-project":
                var runs = options.Number("--runs", RealProjectCost.DefaultRuns);
                var against = options.Value("--baseline");
                if (options.Positional.Count != 1)
                {
                    goto default;
                }

                return RealProjectCost.Run(options.Positional[0], runs, against);
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
