using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// What carrying each error's remedy in the compiled enum costs (an internal attribute on every member, which the switch
/// fix of a project that references the catalog reads): the generated code of a synthetic catalog compiled with the
/// attributes and without them (the same generated text with the attribute lines removed), in alternating runs; the
/// assemblies' sizes; and reading the referenced enum's members and their attributes, as the analyzers' ErrorIndex does
/// (a fresh compilation per run, so nothing decoded earlier is reused).
/// </summary>
internal static partial class RemedyCarrierCost
{
    public const int DefaultRows = 10000;

    private const int Rounds = 9;
    private const int ReadRuns = 15;
    private const string CatalogPath = "/consumer/catalog/synthetic-errors.csv";

    private static readonly CSharpParseOptions s_parseOptions = new(LanguageVersion.Latest);

    public static void Run(int rows)
    {
        Report.Heading($"Remedies in the compiled enum: {rows:N0} rows, with and without the attribute (alternating runs)");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine + "; load average before: " + BenchmarkEnvironment.LoadAverage);

        var generated = Generate(rows);
        var without = generated.Select(static t => (t.HintName, Text: RemedyAttributeLine().Replace(t.Text, string.Empty))).ToList();
        var attributeLines = generated.Sum(static t => RemedyAttributeLine().Count(t.Text));

        var compileWith = new List<TimeSpan>();
        var compileWithout = new List<TimeSpan>();
        byte[] imageWith = [], imageWithout = [];
        for (var round = 0; round < Rounds; round++)
        {
            (imageWith, var with) = Compile(generated);
            (imageWithout, var plain) = Compile(without);
            if (round > 0)
            {
                compileWith.Add(with);
                compileWithout.Add(plain);
            }
        }

        var readWith = new List<TimeSpan>();
        var readWithout = new List<TimeSpan>();
        for (var run = -1; run < ReadRuns; run++)
        {
            var with = Time(() => ReadEnum(imageWith));
            var plain = Time(() => ReadEnum(imageWithout));
            if (run >= 0)
            {
                readWith.Add(with);
                readWithout.Add(plain);
            }
        }

        Report.Line(string.Empty);
        Report.Line("| | with remedy attributes | without | ratio |");
        Report.Line("|---|---:|---:|---:|");
        Report.Line($"| compile the generated code (median of {Rounds - 1} after one warm-up round) | {Report.MedianRange(compileWith)} | {Report.MedianRange(compileWithout)} | {Report.Ratio(Measure.Median(compileWith).TotalMilliseconds / Measure.Median(compileWithout).TotalMilliseconds)} |");
        Report.Line($"| assembly size | {imageWith.Length:N0} bytes | {imageWithout.Length:N0} bytes | {Report.Ratio((double)imageWith.Length / imageWithout.Length)} |");
        Report.Line($"| read the referenced enum's members and attributes (median of {ReadRuns} after one warm-up round) | {Report.MedianRange(readWith)} | {Report.MedianRange(readWithout)} | {Report.Ratio(Measure.Median(readWith).TotalMilliseconds / Measure.Median(readWithout).TotalMilliseconds)} |");
        Report.Line($"({attributeLines:N0} attribute lines; load average after: {BenchmarkEnvironment.LoadAverage})");
    }

    private static List<(string HintName, string Text)> Generate(int rows)
    {
        var catalog = new TestAdditionalText(CatalogPath, SourceText.From(SyntheticCatalog.Create(rows)));
        var run = CSharpGeneratorDriver.Create(SparkAdsAssembly.Generators(), [catalog], s_parseOptions, BenchmarkEnvironment.BuiltInCatalogOptions(CatalogPath))
            .RunGenerators(Consumer([])).GetRunResult();
        return [.. run.Results.Single().GeneratedSources.Select(static s => (s.HintName, s.SourceText.ToString()))];
    }

    /// <summary>A full compile (bind, check, emit) of the generated code alone.</summary>
    private static (byte[] Image, TimeSpan Time) Compile(List<(string HintName, string Text)> sources)
    {
        var trees = sources.Select(static s => CSharpSyntaxTree.ParseText(s.Text, s_parseOptions, s.HintName)).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        using var image = new MemoryStream();
        var emit = Consumer(trees).Emit(image);
        stopwatch.Stop();
        return emit.Success ? (image.ToArray(), stopwatch.Elapsed) : throw new InvalidOperationException("The generated code does not compile: " + emit.Diagnostics.First(static d => d.Severity == DiagnosticSeverity.Error));
    }

    private static TimeSpan Time(Func<int> read)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var stopwatch = Stopwatch.StartNew();
        _ = read();
        return stopwatch.Elapsed;
    }

    /// <summary>Every member of the referenced <c>SparkAdsError</c> and its attributes, from a compilation that has read nothing yet; how many attributes.</summary>
    private static int ReadEnum(byte[] image)
    {
        var app = Consumer([]).AddReferences(MetadataReference.CreateFromImage(image));
        var errorEnum = app.GetTypeByMetadataName("SparkAds.SparkAdsError") ?? throw new InvalidOperationException("No SparkAds.SparkAdsError in the reference.");
        return errorEnum.GetMembers().Sum(static member => member.GetAttributes().Length);
    }

    private static CSharpCompilation Consumer(IEnumerable<SyntaxTree> trees)
        => CSharpCompilation.Create(
            "Consumer",
            trees,
            FrameworkReferences.Running,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    [GeneratedRegex(@"^ *\[SparkAdsErrorRemedyAttribute\(.*\)\]\n", RegexOptions.Multiline)]
    private static partial Regex RemedyAttributeLine();
}
