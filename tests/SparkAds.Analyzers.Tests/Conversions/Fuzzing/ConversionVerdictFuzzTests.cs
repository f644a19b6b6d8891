using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.CodeFixes.Conversions;
using SparkAds.Analyzers.Conversions;
using Xunit.Abstractions;

namespace SparkAds.Analyzers.Tests.Conversions.Fuzzing;

/// <summary>
/// SPARK005–SPARK007 and their fixes against thousands of random conversions (<see cref="ConversionGenerator"/>) that the
/// real compiler accepts. For each: the analyzer reports exactly what <see cref="ConversionOracle"/>, written from the
/// contract's sentences, expects (the rule or nothing); Fix All of every action leaves code that compiles with no
/// SPARK005–SPARK007 but where the rule page says there is no fix; and for a sample of the batch, fixing one diagnostic
/// at a time gives the Fix All text. The seed is printed, with how many verdicts agreed, by rule and by how the operand
/// is written; <c>SPARKADS_CONVERSION_SEED</c> replays one.
/// </summary>
public sealed class ConversionVerdictFuzzTests(ITestOutputHelper output)
{
    private const int MinimumCases = 1_000;
    private const int BatchSize = 1_200;
    private const int OneAtATimeCases = 30;

    private const string Header = """
        #nullable enable
        using System;
        using System.Text.Json;
        using System.Text.Json.Nodes;
        using SparkAds;
        using A = SparkAds.SparkAdsError;

        public enum ResultStatus { Ok = 0, Failed = 1 }

        /// <summary>Reads like a JSON document's property, but is not one.</summary>
        public sealed class Lookalike
        {
            public Lookalike GetProperty(string name) => this;
            public int GetInt32() => 0;
            public string? GetString() => null;
        }

        public static class Cases
        {
            public const int Expired = 4025;
            public const int Other = 7;
            public const string Deleted = "video_deleted";
            public const string Label = "AuthCodeExpired";

        """;

    private static readonly TestProject Project = AnalyzerTestCatalog.Project(string.Empty);

    private static readonly FuzzProject Fuzz = new(Project, "ConversionFuzz", "/src/Cases.cs");

    /// <summary>The seeds a CI run checks; <c>SPARKADS_CONVERSION_SEED</c> explores others (a comma-separated list, or <c>random</c>).</summary>
    public static TheoryData<int> Seeds() => FuzzProject.Seeds("SPARKADS_CONVERSION_SEED", 1, 20_251_203);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task RandomConversions_VerdictsAgreeWithTheContract_AndFixAllCompilesClean(int seed)
    {
        output.WriteLine($"Seed {seed} (replay with SPARKADS_CONVERSION_SEED={seed})");
        var stopwatch = Stopwatch.StartNew();
        var generator = new ConversionGenerator(seed, new ConversionOracle(AnalyzerTestCatalog.Csv));
        var failures = new List<(FuzzConversion Case, string Problem)>();
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        var disagreements = 0;
        var kept = 0;
        var candidates = 0;
        var fixedCount = 0;
        var nextId = 0;
        while (kept < MinimumCases)
        {
            var batch = Enumerable.Range(0, BatchSize).Select(_ => generator.Next(nextId++)).ToList();
            candidates += batch.Count;
            var valid = KeepCompiling(batch);
            kept += valid.Count;
            foreach (var conversion in valid)
            {
                var form = (conversion.ExpectedId ?? "none") + " " + conversion.Form;
                forms[form] = forms.GetValueOrDefault(form) + 1;
            }

            var (changed, disagreed) = await CheckBatchAsync(valid, failures, verdicts);
            fixedCount += changed;
            disagreements += disagreed;
            if (kept == valid.Count)
            {
                await CheckOneAtATimeAsync([.. valid.Where(c => c.ExpectedId is not null).Take(OneAtATimeCases)], failures);
            }
        }

        output.WriteLine($"{kept} cases compiled (of {candidates} generated) in {stopwatch.Elapsed.TotalSeconds:F1} s; verdicts agree on {kept - disagreements} of {kept}: "
                         + string.Join(", ", verdicts.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + " " + v.Value))
                         + $"; fixed by Fix All: {fixedCount}");
        output.WriteLine("By operand: " + string.Join(", ", forms.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + " " + f.Value)));
        foreach (var failure in failures.OrderBy(f => f.Case.Text.Length).Take(10))
        {
            output.WriteLine(failure.Case + failure.Problem + "\n");
        }

        if (failures.Count > 0)
        {
            var smallest = failures.OrderBy(f => f.Case.Text.Length).ThenBy(f => f.Case.Id).First();
            Assert.Fail($"Seed {seed}: {failures.Count} failure(s). Smallest:\n{smallest.Case}\n{smallest.Problem}");
        }

        // The run must exercise what it claims: every rule, quiet cases, and the fixes.
        Assert.True(verdicts.GetValueOrDefault("SPARK005") >= 100 && verdicts.GetValueOrDefault("SPARK006") >= 100
                    && verdicts.GetValueOrDefault("SPARK007") >= 100 && verdicts.GetValueOrDefault("none") >= 100, string.Join(", ", verdicts));
        Assert.True(fixedCount >= 300, $"Only {fixedCount} cases were fixed.");
        foreach (var form in new[] { "SPARK005 named const", "SPARK005 JSON read", "SPARK005 wrapped symbol", "SPARK006 named const", "SPARK006 JSON read", "SPARK006 wrapped symbol", "SPARK007 named const", "none JSON read" })
        {
            Assert.True(forms.GetValueOrDefault(form) >= 10, $"Only {forms.GetValueOrDefault(form)} cases of {form}.");
        }
    }

    /// <summary>The cases the compiler accepts: no error inside their text.</summary>
    private static List<FuzzConversion> KeepCompiling(List<FuzzConversion> batch)
    {
        var (source, spans) = Render(batch);
        var compilation = Fuzz.Compile(source);
        var tree = compilation.SyntaxTrees.Last();
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree).ToList();
        Assert.DoesNotContain(errors, e => !spans.Any(s => s.Contains(e.Location.SourceSpan.Start)));
        return [.. batch.Where((c, i) => !errors.Any(e => spans[i].Contains(e.Location.SourceSpan.Start)))];
    }

    /// <summary>Verdicts, then Fix All; returns how many cases Fix All changed and how many verdicts disagreed with the oracle.</summary>
    private static async Task<(int Changed, int Disagreed)> CheckBatchAsync(List<FuzzConversion> batch, List<(FuzzConversion, string)> failures, Dictionary<string, int> verdicts)
    {
        var disagreed = 0;
        var (source, spans) = Render(batch);
        var diagnostics = await Project.GetAnalyzerDiagnosticsAsync(Fuzz.Compile(source), new ErrorConversionAnalyzer());
        for (var i = 0; i < batch.Count; i++)
        {
            var actual = diagnostics.Where(d => spans[i].Contains(d.Location.SourceSpan.Start)).Select(d => d.Id).ToList();
            var expected = batch[i].ExpectedId;
            verdicts[expected ?? "none"] = verdicts.GetValueOrDefault(expected ?? "none") + 1;
            if (!actual.SequenceEqual(expected is null ? [] : [expected]))
            {
                disagreed++;
                failures.Add((batch[i], $"Expected {expected ?? "nothing"}; the analyzer reported {(actual.Count == 0 ? "nothing" : string.Join(", ", actual))}."));
            }
        }

        using var workspace = new AdhocWorkspace();
        var document = Fuzz.CreateDocument(workspace, source);
        var fixedDocument = await FixAllAsync(document);

        var fixedText = (await fixedDocument.GetTextAsync()).ToString();
        var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        var root = await fixedDocument.GetSyntaxRootAsync();
        var methods = root!.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Parent is ClassDeclarationSyntax { Identifier.ValueText: "Cases" })
            .ToDictionary(m => m.Identifier.ValueText, m => m.Span, StringComparer.Ordinal);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath == document.FilePath).ToList();
        var after = await Project.GetAnalyzerDiagnosticsAsync(compilation, new ErrorConversionAnalyzer());
        var changed = 0;
        foreach (var conversion in batch)
        {
            var span = methods[conversion.MethodName];
            var text = fixedText.Substring(span.Start, span.Length);
            if (!conversion.Text.Contains(text.Trim(), StringComparison.Ordinal))
            {
                changed++;
            }

            var methodErrors = errors.Where(e => span.Contains(e.Location.SourceSpan.Start)).ToList();
            if (methodErrors.Count > 0)
            {
                failures.Add((conversion, "The fixed case does not compile: " + string.Join("; ", methodErrors.Select(e => e.Id + " " + e.GetMessage(CultureInfo.InvariantCulture))) + "\nFixed:\n" + text));
                continue;
            }

            var left = after.Where(d => d.Location.SourceTree?.FilePath == document.FilePath && span.Contains(d.Location.SourceSpan.Start)).Select(d => d.Id).ToList();
            var expectedLeft = conversion.ExpectedId is { } id && !conversion.ExpectFix ? [id] : new List<string>();
            if (!left.SequenceEqual(expectedLeft))
            {
                failures.Add((conversion, $"After Fix All expected {(expectedLeft.Count == 0 ? "nothing" : expectedLeft[0])}; the analyzer reported {(left.Count == 0 ? "nothing" : string.Join(", ", left))}.\nFixed:\n{text}"));
            }
        }

        return (changed, disagreed);
    }

    /// <summary>Fixing one diagnostic at a time (re-analysing in between) gives the Fix All text.</summary>
    private static async Task CheckOneAtATimeAsync(List<FuzzConversion> batch, List<(FuzzConversion, string)> failures)
    {
        var (source, _) = Render(batch);
        using var workspace = new AdhocWorkspace();
        var document = Fuzz.CreateDocument(workspace, source);
        var fixer = new UseCatalogLookupCodeFix();
        var allText = (await (await FixAllAsync(document)).GetTextAsync()).ToString();
        var fixedOneAtATime = await OneDiagnosticAtATime.FixAsync(document, fixer, FixableAsync, static actions => actions.SingleOrDefault(), maxSteps: batch.Count * 2);
        var oneText = (await fixedOneAtATime.GetTextAsync()).ToString();
        if (oneText != allText)
        {
            var line = OneDiagnosticAtATime.FirstDifferingLine(oneText, allText);
            failures.Add((batch[0], $"One diagnostic at a time differs from Fix All at line {line}:\none at a time: {OneDiagnosticAtATime.Line(oneText, line)}\nFix All:       {OneDiagnosticAtATime.Line(allText, line)}"));
        }
    }

    private static async Task<Document> FixAllAsync(Document document)
    {
        var fixer = new UseCatalogLookupCodeFix();
        var context = new FixAllContext(document, fixer, FixAllScope.Document, UseCatalogLookupCodeFix.EquivalenceKey, fixer.FixableDiagnosticIds, new DiagnosticProvider(), CancellationToken.None);
        var action = await fixer.GetFixAllProvider().GetFixAsync(context);
        return action is null ? document : await OneDiagnosticAtATime.ApplyAsync(action, document);
    }

    private static Task<ImmutableArray<Diagnostic>> FixableAsync(Document document) => Fuzz.DiagnosticsInAsync(document, new ErrorConversionAnalyzer());

    private static (string Source, List<TextSpan> Spans) Render(List<FuzzConversion> batch)
    {
        var text = new StringBuilder(Header);
        var spans = new List<TextSpan>();
        foreach (var conversion in batch)
        {
            var start = text.Length;
            text.Append(conversion.Text).Append('\n');
            spans.Add(TextSpan.FromBounds(start, text.Length));
        }

        text.Append("}\n");
        return (text.ToString(), spans);
    }

    /// <summary>The analyzer's diagnostics of the document Fix All is asked to fix, computed afresh.</summary>
    private sealed class DiagnosticProvider : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => await FixableAsync(document);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await FixableAsync(project.Documents.Single(d => d.FilePath == Fuzz.SourcePath));

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => GetProjectDiagnosticsAsync(project, cancellationToken);
    }
}
