using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.Generator;
using SparkAds.Analyzers.Generator.Emit;
using SparkAds.Analyzers.Tests.CatalogFaults;
using Xunit.Abstractions;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// Seeded, reproducible fuzzing of the catalog path. Every input goes through parse, merge and emit (twice,
/// to prove determinism) and the generated text is parsed as C#; a sample goes through the real generator
/// driver, the compiler and every analyzer of the package. Nothing may throw; generated code always compiles;
/// a catalog problem is always a located SPARK1xx.
/// </summary>
public sealed class CatalogFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_260_101;
    private const int Inputs = 10_000;
    private const int FullRunEvery = 100;

    private const string Consumer = """
        namespace Consumer
        {
            public static class Usage
            {
                public static string Describe(SparkAds.SparkAdsError error, int errorCode)
                {
                    switch (error)
                    {
                        case SparkAds.SparkAdsError.Unknown: return "unknown";
                    }

                    SparkAds.SparkAdsError parsed;
                    SparkAds.SparkAdsErrors.TryParse("video_unavailable", out parsed);
                    var identity = "CUSTOMIZED_USER";
                    var received = (SparkAds.SparkAdsError)errorCode;
                    return identity + received + SparkAds.SparkAdsErrors.FromCode(4002).Count + SparkAds.SparkAdsErrorExtensions.GetMessage(parsed);
                }
            }
        }
        """;

    /// <summary>Every analyzer of the package, found by reflection so analyzers added later are fuzzed too.</summary>
    private static readonly DiagnosticAnalyzer[] Analyzers = [.. AnalyzerAssembly.CSharpAnalyzers(typeof(SparkAdsGenerator).Assembly)];

    [Fact]
    public async Task RandomAndMutatedCatalogs_NeverThrow_AlwaysCompile_AndAreDeterministic()
    {
        var fuzzer = new CatalogFuzzer(Seed);
        var faultCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var fullRuns = 0;
        var withFaults = 0;
        var generatedRows = 0;
        string? previous = null;

        for (var i = 0; i < Inputs; i++)
        {
            var csv = fuzzer.Next();
            var context = $"input #{i.ToString(CultureInfo.InvariantCulture)} (seed {Seed.ToString(CultureInfo.InvariantCulture)}): {Shorten(csv)}";

            ParseOnly(csv, context, out var merged);
            generatedRows += merged.Errors.Count;
            withFaults += merged.Faults.Count > 0 ? 1 : 0;
            foreach (var fault in merged.Faults)
            {
                faultCounts[fault.DiagnosticId] = faultCounts.TryGetValue(fault.DiagnosticId, out var n) ? n + 1 : 1;
            }

            if (i % FullRunEvery == 0)
            {
                await FullRunAsync(csv, previous, i, context);
                fullRuns++;
            }

            previous = csv;
        }

        output.WriteLine($"Seed {Seed}: {Inputs} catalogs parsed, merged, emitted twice and syntax-checked; {withFaults} had faults; {generatedRows} rows generated.");
        output.WriteLine($"{fullRuns} of them also ran through the generator driver (twice, files in both orders), the compiler and {Analyzers.Length} analyzer(s): {string.Join(", ", Analyzers.Select(a => a.GetType().Name))}.");
        output.WriteLine("Faults by ID: " + string.Join(", ", faultCounts.Select(p => p.Key + "=" + p.Value.ToString(CultureInfo.InvariantCulture))));
        Assert.Equal(Inputs / FullRunEvery, fullRuns);
        Assert.True(generatedRows > Inputs, $"Only {generatedRows} rows were generated from {Inputs} catalogs: the fuzzer barely reaches the emitter.");
        Assert.True(faultCounts.Count >= 10, "The fuzzer should reach most fault kinds, reached: " + string.Join(", ", faultCounts.Keys));
    }

    private static void ParseOnly(string csv, string context, out MergedCatalog merged)
    {
        var text = SourceText.From(csv);
        var parsed = CatalogParser.Parse(CatalogRun.TeamPath, text, isBuiltIn: false, CancellationToken.None);
        var again = CatalogParser.Parse(CatalogRun.TeamPath, SourceText.From(csv), isBuiltIn: false, CancellationToken.None);
        Assert.True(parsed.Equals(again), "Parsing is not deterministic for " + context);

        merged = CatalogMerger.Merge([parsed]);
        foreach (var fault in merged.Faults)
        {
            Assert.True(fault.DiagnosticId.StartsWith("SPARK1", StringComparison.Ordinal), context);
            var location = Assert.IsType<CatalogLocation>(fault.Location);
            Assert.True(location.Span.End <= text.Length, "Fault outside the file: " + context);
            Assert.Equal(text.Lines.GetLinePositionSpan(location.Span), location.LineSpan);
            Assert.NotEmpty(fault.ToDiagnostic().GetMessage(CultureInfo.InvariantCulture));
        }

        var options = new GeneratorOptions("SparkAds", NullableAnnotations: csv.Length % 2 == 0);
        var sources = new CatalogEmitter(merged.Errors, merged.Columns, options).EmitAll().ToList();
        var mergedAgain = CatalogMerger.Merge([again]);
        var sourcesAgain = new CatalogEmitter(mergedAgain.Errors, mergedAgain.Columns, options).EmitAll().ToList();
        Assert.True(sources.SequenceEqual(sourcesAgain), "Emitting is not deterministic for " + context);
        foreach (var (hintName, source) in sources)
        {
            var syntax = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(options.NullableAnnotations ? LanguageVersion.Preview : LanguageVersion.CSharp7_3, DocumentationMode.Diagnose)).GetDiagnostics().ToList();
            Assert.True(syntax.Count == 0, hintName + " does not parse: " + string.Join("; ", syntax) + " for " + context);
        }
    }

    private static async Task FullRunAsync(string csv, string? other, int index, string context)
    {
        var target = index % (2 * FullRunEvery) == 0 ? TargetProfile.Net10Nullable : TargetProfile.NetStandard20CSharp73;
        var project = TestProject.Create().WithTarget(target).WithSource(Consumer).WithCatalog("/team/b.csv", csv);
        if (other is not null)
        {
            project = project.WithCatalog("/team/a.csv", other);
        }

        var result = project.RunGenerator();
        var reordered = (project with { AdditionalFiles = [.. project.AdditionalFiles.Reverse()] }).RunGenerator();
        Assert.True(result.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).SequenceEqual(reordered.Sources.OrderBy(s => s.Key, StringComparer.Ordinal)), "Output depends on file order for " + context);
        Assert.Equal(Describe(result.GeneratorDiagnostics), Describe(reordered.GeneratorDiagnostics));

        var problems = CatalogRun.CompilerProblems(result);
        Assert.True(problems.Count == 0, "Generated code does not compile for " + context + "\n" + string.Join("\n", problems));
        Assert.All(result.GeneratorDiagnostics, d => Assert.StartsWith("SPARK1", d.Id, StringComparison.Ordinal));

        // Throws (the harness turns AD0001 into a failure) if any analyzer crashes on this catalog. The consumer's
        // Unknown-only switch (SPARK001: the built-in rows are always there), its CUSTOMIZED_USER (SPARK004) and its cast of
        // a code (SPARK005) prove they ran; the catalog-fault analyzer, a reporter under the package's props, reports what the generator did.
        var diagnostics = await project.WithAnalyzerSettings().GetAnalyzerDiagnosticsAsync(result.OutputCompilation, Analyzers);
        Assert.Equal(["SPARK001", "SPARK004", "SPARK005"], diagnostics.Select(d => d.Id).Where(id => !id.StartsWith("SPARK1", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Describe(result.GeneratorDiagnostics), Describe(diagnostics.Where(d => d.Id.StartsWith("SPARK1", StringComparison.Ordinal))));
    }

    private static string[] Describe(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(ExpectedDiagnostic.Format).Order(StringComparer.Ordinal)];

    private static string Shorten(string csv)
    {
        return SymbolDisplay.FormatLiteral(csv.Length > 300 ? string.Concat(csv.AsSpan(0, 300), "…") : csv, quote: true);
    }
}
