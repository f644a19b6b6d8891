using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Budget 3: the generator on synthetic catalogs of growing size, driven in process by CSharpGeneratorDriver
/// (a fresh driver and a fresh AdditionalText per run, so every run parses, merges and emits). Warm-up first, then the median of several
/// runs. Beside it: the generated size and what compiling the generated code costs.
/// </summary>
internal static class GeneratorScale
{
    public static readonly int[] DefaultRowCounts = [1000, 10000, 20000];

    private const int Warmups = 3;
    private const int Runs = 9;
    private const int CompileRuns = 3;
    private const string CatalogPath = "/consumer/catalog/synthetic-errors.csv";

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    /// <summary>
    /// <paramref name="typedColumns"/>: each size also with the three typed team columns (<see cref="SyntheticCatalog"/>),
    /// the two catalogs run alternately, and the budget's verdicts on the catalog with them.
    /// </summary>
    public static void Run(int[] rowCounts, bool typedColumns = false)
    {
        Report.Heading("Generator scale (in process, median of " + Runs + " runs after " + Warmups + " warm-ups" + (typedColumns ? "; each size without and with three typed team columns, run alternately" : string.Empty) + ")");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);
        Report.Line("Generator: " + SparkAdsAssembly.Location);
        Report.Line(string.Empty);
        Report.Line("| rows | catalog | generate (median) | of which CSV parse | parsing the generated C# (compiler, lazily) | generated size | compile generated code (median of " + CompileRuns + "; one run above 5,000 rows) |");
        Report.Line("|---:|---|---:|---:|---:|---:|---:|");

        var generators = SparkAdsAssembly.Generators();
        var options = BenchmarkEnvironment.BuiltInCatalogOptions(CatalogPath);
        var compilation = EmptyConsumer();
        var times = new System.Collections.Generic.Dictionary<int, TimeSpan>();
        var ratios = new System.Collections.Generic.List<string>();
        foreach (var rows in rowCounts)
        {
            var plain = SourceText.From(SyntheticCatalog.Create(rows));
            if (!typedColumns)
            {
                times[rows] = Measure.Median(Warmups, Runs, () => Generate(generators, plain, options, compilation));
                Describe(rows, "plain", times[rows], generators, plain, options, compilation);
                continue;
            }

            var typed = SourceText.From(SyntheticCatalog.Create(rows, typedColumns: true));
            var (plainTime, typedTime) = Measure.Interleaved(Warmups, Runs, () => Generate(generators, plain, options, compilation), () => Generate(generators, typed, options, compilation));
            Describe(rows, "plain", plainTime, generators, plain, options, compilation);
            Describe(rows, "3 typed columns", typedTime, generators, typed, options, compilation);
            times[rows] = typedTime;
            ratios.Add($"{rows:N0} rows, with the typed columns / without (medians of alternate runs): {Report.Ratio(typedTime / plainTime)}×");
        }

        Report.Line(string.Empty);
        ratios.ForEach(Report.Line);
        GeneratorBudget.PrintVerdicts(times);
    }

    /// <summary>
    /// One run of a fresh driver over a fresh <see cref="AdditionalText"/> of <paramref name="catalog"/>, as a build hands
    /// the generator one: the parse the package keeps per file instance is then made again, as in every build.
    /// </summary>
    private static void Generate(ImmutableArray<ISourceGenerator> generators, SourceText catalog, TestOptionsProvider options, CSharpCompilation compilation)
        => Driver(generators, new TestAdditionalText(CatalogPath, catalog), options, track: false).RunGenerators(compilation);

    /// <summary>One table row: the median <paramref name="generate"/> time, and from one tracked run its breakdown and output.</summary>
    private static void Describe(int rows, string catalogName, TimeSpan generate, ImmutableArray<ISourceGenerator> generators, SourceText catalog, TestOptionsProvider options, CSharpCompilation compilation)
    {
        // Tracking is off in the timed runs.
        var tracked = Driver(generators, new TestAdditionalText(CatalogPath, catalog), options, track: true).RunGenerators(compilation).GetRunResult();
        var result = tracked.Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        var parse = result.TrackedSteps.TryGetValue("ParsedCatalogs", out var steps) ? TimeSpan.FromTicks(steps.Sum(static s => s.ElapsedTime.Ticks)) : TimeSpan.Zero;
        var generatedTrees = tracked.GeneratedTrees;
        var size = result.GeneratedSources.Sum(static s => (long)s.SourceText.Length);
        var faults = result.Diagnostics.Length;
        // Compiling a very large catalog takes seconds to minutes (the switches of TryParse/FromCode): one run
        // up to 10,000 rows, none above unless SPARKADS_BENCH_COMPILE_ALL=1, so the generate budget always prints.
        var compileAll = System.Environment.GetEnvironmentVariable("SPARKADS_BENCH_COMPILE_ALL") == "1";
        TimeSpan? compile = rows > 10000 && !compileAll ? null
            : rows > 5000 ? Compile(generatedTrees) : Measure.Median(1, CompileRuns, () => Compile(generatedTrees));

        // The driver parses what the generator adds; that share grows with the generated size, not the CSV.
        var texts = result.GeneratedSources.Select(static s => s.SourceText).ToList();
        var parseGenerated = Measure.Median(1, Runs, () => texts.ForEach(static t => CSharpSyntaxTree.ParseText(t, s_parseOptions)));

        Report.Line($"| {rows:N0} | {catalogName} | {Report.Ms(generate)} | {Report.Ms(parse)} | {Report.Ms(parseGenerated)} | {size / 1024.0 / 1024.0:0.00} MB ({size:N0} chars, {generatedTrees.Length} files) | {(compile is { } c ? Report.Ms(c) : "not measured")} |"
                    + (faults > 0 ? $" ({faults} catalog faults: the synthetic catalog should have none!)" : string.Empty));
    }

    private static CSharpGeneratorDriver Driver(ImmutableArray<ISourceGenerator> generators, AdditionalText catalog, TestOptionsProvider options, bool track)
        => CSharpGeneratorDriver.Create(generators, [catalog], s_parseOptions, options, new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static CSharpCompilation EmptyConsumer()
        => CSharpCompilation.Create(
            "SyntheticConsumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer { internal static class Empty { } }", s_parseOptions)],
            FrameworkReferences.Running,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A full compile (bind, check, emit) of the generated code alone, from the generated syntax trees.</summary>
    private static TimeSpan Compile(ImmutableArray<SyntaxTree> generatedTrees)
    {
        var stopwatch = Stopwatch.StartNew();
        var compilation = EmptyConsumer().AddSyntaxTrees(generatedTrees);
        using var peStream = new MemoryStream();
        var emit = compilation.Emit(peStream);
        stopwatch.Stop();
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: " + emit.Diagnostics.First(static d => d.Severity == DiagnosticSeverity.Error));
        }

        return stopwatch.Elapsed;
    }
}
