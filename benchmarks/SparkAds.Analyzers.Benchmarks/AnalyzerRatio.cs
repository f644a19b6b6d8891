using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Budget 1: the total execution time of every SparkAds analyzer against Roslyn's populate-switch analyzers
/// (IDE0010, IDE0072, loaded from the SDK's code-style assemblies) on the same compilation of a synthetic
/// consumer, and its share of the compile. Times are the analyzer driver's own per-analyzer execution times
/// (<c>logAnalyzerExecutionTime</c>), without concurrency so one analyzer's time does not include another's.
/// </summary>
internal static class AnalyzerRatio
{
    public const int DefaultFileCount = 500;

    private const int Warmups = 1;
    private const int Runs = 7;
    internal const string CatalogPath = "/consumer/obj/spark-ads-errors.csv";
    private static readonly string[] RoslynRuleIds = ["IDE0010", "IDE0072"];

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    public static async Task<int> RunAsync(int fileCount)
    {
        Report.Heading($"Analyzers vs Roslyn's populate-switch analyzers (in process, {fileCount} files, median of {Runs} runs)");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);

        var ours = SparkAdsAssembly.Analyzers();
        var theirs = RoslynPopulateSwitchAnalyzers();
        Report.Line($"Ours ({ours.Length}, every C# DiagnosticAnalyzer in {Path.GetFileName(SparkAdsAssembly.Location)}): {Names(ours)}");
        Report.Line($"Roslyn's ({theirs.Length}, from {CodeStyleDirectory()}): {Names(theirs)}");

        var catalog = new TestAdditionalText(CatalogPath, SourceText.From(File.ReadAllText(BenchmarkEnvironment.BuiltInCatalog)));
        var options = BenchmarkEnvironment.BuiltInCatalogOptions(CatalogPath)
            .WithSourceFileOption("dotnet_diagnostic.IDE0010.severity", "warning")
            .WithSourceFileOption("dotnet_diagnostic.IDE0072.severity", "warning");
        var sources = SyntheticConsumer.Files(fileCount).ToList();
        Report.Line($"Consumer: {sources.Count} files, {sources.Sum(static s => s.Code.Split('\n').Length):N0} lines.");

        // The compile as the build runs it: parse, generate, bind and emit. Fresh objects every run.
        Compilation? generated = null;
        var compile = Measure.Median(Warmups, Runs, () => { generated = Compile(sources, catalog, options); });
        var errors = generated!.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            Report.Line($"The consumer does not compile ({errors.Count} errors), first: {errors[0]}");
            return 1;
        }

        var analyzerOptions = new AnalyzerOptions([catalog], options);
        var (ourRun, theirRun) = await TimeSeparatelyAsync(generated, ours, theirs, analyzerOptions).ConfigureAwait(false);
        var (ourShare, theirShare) = await TimeTogetherAsync(generated, ours, theirs, analyzerOptions).ConfigureAwait(false);

        Report.Line(string.Empty);
        Report.Line("| | execution time (median) | diagnostics | share of compile |");
        Report.Line("|---|---:|---:|---:|");
        Report.Line($"| compile (parse, generate, bind, emit) | {Report.Ms(compile)} | | |");
        Report.Line($"| ours, same build | {Report.Ms(ourShare.Time)} | {Counts(ourShare.Diagnostics)} | {Report.Percent(ourShare.Time / compile)} |");
        Report.Line($"| Roslyn's, same build | {Report.Ms(theirShare.Time)} | {Counts(theirShare.Diagnostics)} | {Report.Percent(theirShare.Time / compile)} |");
        Report.Line($"| ours, alone | {Report.Ms(ourRun.Time)} | {Counts(ourRun.Diagnostics)} | {Report.Percent(ourRun.Time / compile)} |");
        Report.Line($"| Roslyn's, alone | {Report.Ms(theirRun.Time)} | {Counts(theirRun.Diagnostics)} | {Report.Percent(theirRun.Time / compile)} |");
        foreach (var (analyzer, time) in ourShare.PerAnalyzer.Concat(theirShare.PerAnalyzer))
        {
            Report.Line($"| · {analyzer}, same build | {Report.Ms(time)} | | |");
        }

        foreach (var (analyzer, time) in ourRun.PerAnalyzer.Concat(theirRun.PerAnalyzer))
        {
            Report.Line($"| · {analyzer}, alone | {Report.Ms(time)} | | |");
        }

        Report.Line(string.Empty);
        if (ours.IsEmpty)
        {
            Report.Line("No SparkAds analyzer found in the assembly: nothing to compare yet.");
            return 0;
        }

        var ratio = ourShare.Time / theirShare.Time;
        Report.Line($"Ratio ours / Roslyn's, same build: {Report.Ratio(ratio)} → budget ≤ 1: {Report.Verdict(ratio <= 1)}");
        Report.Line($"Ratio ours / Roslyn's, each alone: {Report.Ratio(ourRun.Time / theirRun.Time)} (each pays the driver's per-file costs in full)");
        Report.Line($"Share of the compile, same build: {Report.Percent(ourShare.Time / compile)} (plans fixes as an IDE does; the share budget is judged in a real build: analyzers-build)");
        return 0;
    }

    internal static Compilation Compile(List<(string Path, string Code)> sources, AdditionalText catalog, TestOptionsProvider options)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Code, s_parseOptions, s.Path));
        var compilation = CSharpCompilation.Create(
            "SyntheticConsumer",
            trees,
            FrameworkReferences.Running,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        CSharpGeneratorDriver.Create(SparkAdsAssembly.Generators(), [catalog], s_parseOptions, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        using var peStream = new MemoryStream();
        output.Emit(peStream);
        return output;
    }

    /// <summary>
    /// Each set alone in its own analyzer driver, as if the other were not installed. Both sets run once per
    /// round, alternating which goes first, so drift on a shared machine (load, heap growth) falls on both alike.
    /// </summary>
    internal static async Task<(AnalyzerRun Ours, AnalyzerRun Theirs)> TimeSeparatelyAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> ours, ImmutableArray<DiagnosticAnalyzer> theirs, AnalyzerOptions options, int warmups = Warmups, int runs = Runs)
    {
        var ourRuns = new AnalyzerRuns(ours);
        var theirRuns = new AnalyzerRuns(theirs);
        for (var round = 0; round < warmups + runs; round++)
        {
            var measured = round >= warmups;
            var (first, second) = round % 2 == 0 ? (ourRuns, theirRuns) : (theirRuns, ourRuns);
            await RunAsync(compilation, [first], options, measured).ConfigureAwait(false);
            await RunAsync(compilation, [second], options, measured).ConfigureAwait(false);
        }

        return (ourRuns.Summary(), theirRuns.Summary());
    }

    /// <summary>
    /// Both sets in one analyzer driver, as in a build that has both (the budget's "same build"). The driver's
    /// per-file work (such as finding <c>[GeneratedCode]</c> symbols before it keeps a diagnostic) is done once
    /// per file and charged to the first analyzer that reports there, so the order of the sets alternates by round.
    /// </summary>
    private static async Task<(AnalyzerRun Ours, AnalyzerRun Theirs)> TimeTogetherAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> ours, ImmutableArray<DiagnosticAnalyzer> theirs, AnalyzerOptions options)
    {
        var ourRuns = new AnalyzerRuns(ours);
        var theirRuns = new AnalyzerRuns(theirs);
        for (var round = 0; round < Warmups + Runs; round++)
        {
            AnalyzerRuns[] sets = round % 2 == 0 ? [ourRuns, theirRuns] : [theirRuns, ourRuns];
            await RunAsync(compilation, sets, options, measured: round >= Warmups).ConfigureAwait(false);
        }

        return (ourRuns.Summary(), theirRuns.Summary());
    }

    /// <summary>One analysis of a fresh clone by every analyzer of <paramref name="sets"/>, in that order, in one driver.</summary>
    private static async Task RunAsync(Compilation compilation, AnalyzerRuns[] sets, AnalyzerOptions options, bool measured)
    {
        var analyzers = sets.SelectMany(static set => set.Analyzers).ToImmutableArray();
        if (analyzers.IsEmpty)
        {
            return;
        }

        // A clone shares no bound state, so every run binds as a build would.
        var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            options,
            onAnalyzerException: static (exception, analyzer, _) => Console.Error.WriteLine($"AD0001 {analyzer}: {exception}"),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        foreach (var set in sets)
        {
            var ids = set.Analyzers.SelectMany(static a => a.SupportedDiagnostics).Select(static d => d.Id).ToHashSet(StringComparer.Ordinal);
            set.Diagnostics = [.. diagnostics.Where(d => ids.Contains(d.Id))];
            if (!measured || set.Analyzers.IsEmpty)
            {
                continue;
            }

            var total = TimeSpan.Zero;
            foreach (var analyzer in set.Analyzers)
            {
                var time = (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false)).ExecutionTime;
                set.PerAnalyzer[analyzer].Add(time);
                total += time;
            }

            set.Totals.Add(total);
            if (sets.Length == 1)
            {
                set.Allocations.Add(allocated);
            }
        }
    }

    /// <summary>The analyzers of the SDK's code-style assemblies that report IDE0010 or IDE0072.</summary>
    private static ImmutableArray<DiagnosticAnalyzer> RoslynPopulateSwitchAnalyzers()
    {
        var directory = CodeStyleDirectory();
        Assembly.LoadFrom(Path.Combine(directory, "Microsoft.CodeAnalysis.CodeStyle.dll"));
        var csharp = Assembly.LoadFrom(Path.Combine(directory, "Microsoft.CodeAnalysis.CSharp.CodeStyle.dll"));
        return [.. AnalyzerAssembly.CSharpAnalyzers(csharp)
            .Where(static a => a.SupportedDiagnostics.Any(static d => RoslynRuleIds.Contains(d.Id)))];
    }

    /// <summary>The code-style analyzers of the newest SDK beside the running .NET (or <c>SPARKADS_CODESTYLE_DIR</c>).</summary>
    private static string CodeStyleDirectory()
    {
        if (Environment.GetEnvironmentVariable("SPARKADS_CODESTYLE_DIR") is { Length: > 0 } configured)
        {
            return configured;
        }

        // .../dotnet/shared/Microsoft.NETCore.App/<version>/ → .../dotnet/sdk/<version>/Sdks/Microsoft.NET.Sdk/codestyle/cs
        var dotnetRoot = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
        return Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk"))
            .Select(static sdk => Path.Combine(sdk, "Sdks", "Microsoft.NET.Sdk", "codestyle", "cs"))
            .Where(Directory.Exists)
            .OrderByDescending(static path => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(path)))))), out var v) ? v : new Version(0, 0))
            .FirstOrDefault() ?? throw new DirectoryNotFoundException("No SDK with code-style analyzers under " + dotnetRoot + "; set SPARKADS_CODESTYLE_DIR.");
    }

    private static string Names(ImmutableArray<DiagnosticAnalyzer> analyzers)
        => analyzers.IsEmpty ? "none" : string.Join(", ", analyzers.Select(static a => a.GetType().Name + " (" + string.Join("/", a.SupportedDiagnostics.Select(static d => d.Id).Distinct()) + ")"));

    internal static string Counts(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.IsEmpty ? "0" : string.Join(", ", diagnostics.GroupBy(static d => d.Id).OrderBy(static g => g.Key, StringComparer.Ordinal).Select(static g => g.Key + " ×" + g.Count()));

    /// <summary>
    /// A set's time in each measured run, the median bytes its driver runs allocated when the set ran alone (binding the
    /// clone included, so only differences between sets are theirs), its diagnostics and each analyzer's median.
    /// </summary>
    internal sealed record AnalyzerRun(ImmutableArray<TimeSpan> Times, long AllocatedAlone, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<(string Analyzer, TimeSpan Time)> PerAnalyzer)
    {
        public TimeSpan Time => Times.IsEmpty ? TimeSpan.Zero : Measure.Median(Times);
    }

    /// <summary>One analyzer set's measurements as the rounds collect them.</summary>
    private sealed class AnalyzerRuns(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = analyzers;

        public List<TimeSpan> Totals { get; } = [];

        public List<long> Allocations { get; } = [];

        public Dictionary<DiagnosticAnalyzer, List<TimeSpan>> PerAnalyzer { get; } = analyzers.ToDictionary(static a => a, static _ => new List<TimeSpan>());

        public ImmutableArray<Diagnostic> Diagnostics { get; set; } = [];

        public AnalyzerRun Summary()
            => Totals.Count == 0
                ? new AnalyzerRun([], 0, [], [])
                : new AnalyzerRun([.. Totals], Allocations.Count == 0 ? 0 : Allocations.Order().ElementAt(Allocations.Count / 2), Diagnostics, [.. PerAnalyzer.Select(static p => (p.Key.GetType().Name, Measure.Median(p.Value)))]);
    }
}
