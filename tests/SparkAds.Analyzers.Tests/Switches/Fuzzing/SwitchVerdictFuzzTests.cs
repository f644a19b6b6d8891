using System.Diagnostics;
using System.Text;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using SparkAds.Analyzers.CodeFixes.Switches;
using SparkAds.Analyzers.Switches;
using Xunit.Abstractions;

namespace SparkAds.Analyzers.Tests.Switches.Fuzzing;

/// <summary>
/// SPARK001/SPARK002 and their fix against thousands of random switches (<see cref="SwitchGenerator"/>) that the real
/// compiler accepts. For each: the verdict and the named errors equal what the contract gives by the generator's own
/// evaluator (<see cref="FuzzSwitch.Expected"/>); over an enum switch expression with no catch-all and no
/// <c>when</c> that handles <c>Unknown</c>, SPARK001 appears exactly where the compiler says CS8509 (not CS8524);
/// Fix All leaves no compiler error, and only what no new case can take remains: SPARK002 for values a relational,
/// <c>not</c> or type arm takes, and the values a guarded label stacked with their catch-all names (SPARK001 where
/// that section only throws); and for one batch, fixing one diagnostic at a time gives the Fix All text.
/// The seed is printed; <c>SPARKADS_SWITCH_SEED</c> replays one. A failure shows the smallest failing switch.
/// </summary>
public sealed class SwitchVerdictFuzzTests(ITestOutputHelper output)
{
    /// <summary>Milliseconds per phase and batch, printed with the seed: where the time of a run goes.</summary>
    private readonly List<string> _timings = [];

    private const int MinimumSwitches = 2_000;
    private const int BatchSize = 400;
    private const int OneAtATimeSwitches = 12;

    private const string Header = """
        using System;
        using SparkAds;
        using E = SparkAds.SparkAdsError;
        using C = SparkAds.SparkAdsErrorCodes;
        using K = SparkAds.SparkAdsErrorKeys;

        public static class Switches
        {
            public static void Log(object? value) { }

        """;

    private static readonly TestProject Project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog(FuzzCatalog.Path, FuzzCatalog.Csv);

    private static readonly FuzzProject Fuzz = new(Project, "Fuzz", "/src/Switches.cs");

    /// <summary>
    /// The seeds a CI run checks, the same on every run of a commit: 1; 2225946, whose switches include one the compiler
    /// itself fails on once fixed (see <see cref="CheckFixAsync"/>); 2569362, whose guarded label stacked before a
    /// catch-all is reached through a relational pattern only by a value the fix would add. <c>SPARKADS_SWITCH_SEED</c>
    /// explores others: a comma-separated list, or <c>random</c> for one drawn from the clock.
    /// </summary>
    public static TheoryData<int> Seeds() => FuzzProject.Seeds("SPARKADS_SWITCH_SEED", 1, 2_225_946, 2_569_362);

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task RandomSwitches_VerdictsAndFixesAgreeWithTheContractAndTheCompiler(int seed)
    {
        output.WriteLine($"Seed {seed} (replay with SPARKADS_SWITCH_SEED={seed})");

        var generator = new SwitchGenerator(seed);
        var failures = new List<(FuzzSwitch Switch, string Problem)>();
        var stopwatch = Stopwatch.StartNew();
        var kept = 0;
        var candidates = 0;
        var compilerChecks = 0;
        var fixedSwitches = 0;
        var compilerDefects = 0;
        var verdicts = new Dictionary<string, int>(StringComparer.Ordinal);
        var nextId = 0;
        while (kept < MinimumSwitches)
        {
            var batch = Enumerable.Range(0, BatchSize).Select(_ => generator.Next(nextId++)).ToList();
            candidates += batch.Count;
            var phase = Stopwatch.StartNew();
            var valid = await KeepCompilingAsync(batch);
            kept += valid.Count;
            _timings.Add("compile " + phase.ElapsedMilliseconds);
            var result = await CheckBatchAsync(valid, failures, verdicts, oneAtATime: kept == valid.Count);
            compilerChecks += result.CompilerChecks;
            fixedSwitches += result.Fixed;
            compilerDefects += result.CompilerDefects;
        }

        output.WriteLine($"{kept} switches compiled (of {candidates} generated) in {stopwatch.Elapsed.TotalSeconds:F1} s; "
                         + $"verdicts: {string.Join(", ", verdicts.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => v.Key + " " + v.Value))}; "
                         + $"CS8509/CS8524 comparisons: {compilerChecks}; switches fixed: {fixedSwitches}; "
                         + $"fixes withheld because the compiler fails on the fixed switch: {compilerDefects}");
        output.WriteLine(string.Join(" | ", _timings));
        foreach (var failure in failures.OrderBy(f => f.Switch.Render().Length).Take(12))
        {
            output.WriteLine(failure.Switch.Render() + failure.Problem + "\n");
        }

        if (failures.Count > 0)
        {
            var smallest = failures.OrderBy(f => f.Switch.Render().Length).ThenBy(f => f.Switch.Id).First();
            Assert.Fail($"Seed {seed}: {failures.Count} failure(s). Smallest failing switch ({smallest.Switch.Kind}, {smallest.Switch.TypeName}):\n"
                        + smallest.Switch.Render() + "\n" + smallest.Problem);
        }

        // The run must exercise what it claims to: every verdict, the compiler comparison, the fix.
        Assert.True(verdicts.GetValueOrDefault("SPARK001") > 100 && verdicts.GetValueOrDefault("SPARK002") > 100 && verdicts.GetValueOrDefault("none") > 100, string.Join(", ", verdicts));
        Assert.True(compilerChecks >= 50, $"Only {compilerChecks} switches were compared with CS8509/CS8524.");
        Assert.True(fixedSwitches >= 500, $"Only {fixedSwitches} switches were fixed.");
    }

    /// <summary>The switches of <paramref name="batch"/> the compiler accepts (no error inside their method).</summary>
    private static async Task<List<FuzzSwitch>> KeepCompilingAsync(List<FuzzSwitch> batch)
    {
        var (source, spans) = Render(batch);
        var compilation = Fuzz.Compile(source);
        await Task.CompletedTask;
        ImmutableArray<Diagnostic> diagnostics;
        try
        {
            diagnostics = compilation.GetDiagnostics();
        }
        catch (InvalidOperationException) when (batch.Count > 1)
        {
            // A compiler crash on one candidate (not on our code): find it by halves and leave it out.
            var half = batch.Count / 2;
            return [.. await KeepCompilingAsync(batch[..half]), .. await KeepCompilingAsync(batch[half..])];
        }
        catch (InvalidOperationException)
        {
            return [];
        }

        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == compilation.SyntaxTrees.Last()).ToList();
        return [.. batch.Where((s, i) => !errors.Any(e => spans[i].Contains(e.Location.SourceSpan.Start)))];
    }

    private async Task<(int CompilerChecks, int Fixed, int CompilerDefects)> CheckBatchAsync(
        List<FuzzSwitch> batch, List<(FuzzSwitch, string)> failures, Dictionary<string, int> verdicts, bool oneAtATime)
    {
        var (source, spans) = Render(batch);
        var compilation = Fuzz.Compile(source);
        var tree = compilation.SyntaxTrees.Last();
        var compilerDiagnostics = compilation.GetDiagnostics();
        var errors = compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExpectedDiagnostic.Format).ToList();
        Assert.True(errors.Count == 0, "The kept switches do not compile:\n" + string.Join("\n", errors.Take(5)));

        var phase = Stopwatch.StartNew();
        var diagnostics = await Project.GetAnalyzerDiagnosticsAsync(compilation, new SwitchAnalyzer());
        _timings.Add("analyze " + phase.ElapsedMilliseconds);
        var compilerChecks = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            var fuzz = batch[i];
            var actual = diagnostics.Where(d => spans[i].Contains(d.Location.SourceSpan.Start)).Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture))).ToList();
            var expected = fuzz.Expected();
            var verdict = expected?.Id ?? "none";
            verdicts[verdict] = verdicts.GetValueOrDefault(verdict) + 1;
            if (!actual.SequenceEqual(expected is { } e ? [e] : []))
            {
                failures.Add((fuzz, $"Expected {Describe(expected)}; the analyzer reported {(actual.Count == 0 ? "nothing" : string.Join("; ", actual.Select(a => Describe(a))))}."));
            }

            // The compiler reports one example of a missing value. It is decided (CS8509 exactly when a named value
            // or null is missing) where the arms name members only; over a nullable input whose null no arm takes it
            // may still pick an unnamed value, so null must be handled there.
            if (fuzz is { Kind: FuzzKind.Enum, IsExpression: true, HasCatchAll: false, HasWhen: false, NamesOnlyMembers: true }
                && fuzz.Evaluate(0L) != FuzzOutcome.Unhandled
                && (!fuzz.Nullable || fuzz.Evaluate(null) != FuzzOutcome.Unhandled))
            {
                // CS8655 is how the compiler words CS8509 when the value it misses is null. Over a nullable input the
                // compiler may give `_` as its example, whether or not a named value is missing (seeds 3 and 6): that
                // example decides nothing, so such a switch is not compared.
                var inSwitch = compilerDiagnostics.Where(d => spans[i].Contains(d.Location.SourceSpan.Start)).ToList();
                if (inSwitch.Any(d => d.GetMessage(CultureInfo.InvariantCulture).Contains("the pattern '_' is not covered", StringComparison.Ordinal)))
                {
                    continue;
                }

                compilerChecks++;
                var cs8509 = inSwitch.Any(d => d.Id is "CS8509" or "CS8655");
                var spark001 = actual.Any(a => a.Id == "SPARK001");
                if (cs8509 != spark001)
                {
                    var ids = string.Join(", ", compilerDiagnostics.Where(d => spans[i].Contains(d.Location.SourceSpan.Start)).Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture)));
                    failures.Add((fuzz, $"The compiler says [{ids}] but SPARK001 is {(spark001 ? "reported" : "not reported")}."));
                }
            }
        }

        var (fixedCount, compilerDefects) = await CheckFixAsync(batch, source, diagnostics, failures, oneAtATime);
        return (compilerChecks, fixedCount, compilerDefects);
    }

    /// <summary>
    /// Fix All over the batch: compiles, and only the SPARK002 of relational, <c>not</c> or type arms remain. The fix's
    /// safety net changes nothing: the analyzer's plan rendered without it (<see cref="AddMissingSparkErrorCasesCodeFix.RenderAsync"/>)
    /// leaves no arm the compiler finds unreachable (CS8510, CS8120), and Fix All gives that same text; except where the
    /// compiler itself fails on the rendered method (a Roslyn defect in explaining an incomplete switch expression,
    /// seed 2225946), where the net withholds that switch's fix and the switch must come back unchanged.
    /// </summary>
    private async Task<(int Fixed, int CompilerDefects)> CheckFixAsync(
        List<FuzzSwitch> batch, string source, ImmutableArray<Diagnostic> diagnostics, List<(FuzzSwitch, string)> failures, bool oneAtATime)
    {
        using var workspace = new AdhocWorkspace();
        var document = Fuzz.CreateDocument(workspace, source);
        var fixer = new AddMissingSparkErrorCasesCodeFix();
        var provider = fixer.GetFixAllProvider()!;
        // The batch was analysed already: Fix All gets those diagnostics (same text, same positions).
        var context = new FixAllContext(document, fixer, FixAllScope.Document, AddMissingSparkErrorCasesCodeFix.Title, fixer.FixableDiagnosticIds, new DiagnosticProvider(diagnostics), CancellationToken.None);
        var phase = Stopwatch.StartNew();
        var action = await provider.GetFixAsync(context);
        var fixedDocument = action is null ? document : await OneDiagnosticAtATime.ApplyAsync(action, document);
        _timings.Add("fixall " + phase.ElapsedMilliseconds);
        phase.Restart();
        var fixedText = (await fixedDocument.GetTextAsync()).ToString();
        var (renderedText, compilerDefects) = await RenderWithoutSafetyNetAsync(document, diagnostics, batch, failures);

        var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        var root = await fixedDocument.GetSyntaxRootAsync();
        var methods = root!.DescendantNodes().OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.ValueText, m => m.Span, StringComparer.Ordinal);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var after = await Project.GetAnalyzerDiagnosticsAsync(compilation, new SwitchAnalyzer());
        _timings.Add("after " + phase.ElapsedMilliseconds);
        phase.Restart();
        var fixedCount = 0;
        foreach (var fuzz in batch)
        {
            var span = methods[fuzz.MethodName];
            var methodText = fixedText.Substring(span.Start, span.Length);
            if (methodText.Trim() != fuzz.Render().Trim())
            {
                fixedCount++;
            }

            if (compilerDefects.Contains(fuzz.MethodName))
            {
                if (methodText.Trim() != fuzz.Render().Trim())
                {
                    failures.Add((fuzz, "The compiler fails on this switch once fixed, but the fix was applied:\n" + methodText));
                }

                continue;
            }

            if (renderedText[fuzz.MethodName] != methodText)
            {
                failures.Add((fuzz, "The safety net changed the fix.\nRendered:\n" + renderedText[fuzz.MethodName] + "\nFixed:\n" + methodText));
                continue;
            }

            var methodErrors = errors.Where(e => e.Location.SourceTree?.FilePath == document.FilePath && span.Contains(e.Location.SourceSpan.Start)).ToList();
            if (methodErrors.Count > 0)
            {
                failures.Add((fuzz, "The fixed switch does not compile: " + string.Join("; ", methodErrors.Select(e => e.Id + " " + e.GetMessage(CultureInfo.InvariantCulture))) + "\nFixed:\n" + methodText));
                continue;
            }

            var actual = after.Where(d => d.Location.SourceTree?.FilePath == document.FilePath && span.Contains(d.Location.SourceSpan.Start)).Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture))).ToList();
            var expected = fuzz.ExpectedAfterFix();
            if (!actual.SequenceEqual(expected is { } e ? [e] : []))
            {
                failures.Add((fuzz, $"After the fix expected {Describe(expected)}; the analyzer reported {(actual.Count == 0 ? "nothing" : string.Join("; ", actual.Select(a => Describe(a))))}.\nFixed:\n{methodText}"));
            }
        }

        _timings.Add("compare " + phase.ElapsedMilliseconds);
        phase.Restart();
        if (oneAtATime)
        {
            await CheckOneAtATimeAsync(batch.Take(OneAtATimeSwitches).ToList(), failures);
            _timings.Add("one " + phase.ElapsedMilliseconds);
        }

        return (fixedCount, compilerDefects.Count);
    }

    /// <summary>
    /// The analyzer's plan rendered without the safety net, and each method's text in it; the methods the compiler
    /// fails on; and a failure for each switch where the compiler finds an arm unreachable.
    /// </summary>
    private static async Task<(Dictionary<string, string> Methods, HashSet<string> CompilerDefects)> RenderWithoutSafetyNetAsync(
        Document document, ImmutableArray<Diagnostic> diagnostics, List<FuzzSwitch> batch, List<(FuzzSwitch, string)> failures)
    {
        ImmutableArray<Diagnostic> inDocument = [.. diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath)];
        var rendered = await AddMissingSparkErrorCasesCodeFix.RenderAsync(document, inDocument, CancellationToken.None);
        var root = (await rendered.GetSyntaxRootAsync())!;
        var model = (await rendered.GetSemanticModelAsync())!;
        var methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.ValueText, StringComparer.Ordinal);
        var defects = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fuzz in batch)
        {
            var method = methods[fuzz.MethodName];
            ImmutableArray<Diagnostic> methodDiagnostics;
            try
            {
                methodDiagnostics = model.GetDiagnostics(method.Span);
            }
            catch (InvalidOperationException)
            {
                defects.Add(fuzz.MethodName);
                continue;
            }

            var unreachable = methodDiagnostics.Where(d => d.Id is "CS8510" or "CS8120").ToList();
            if (unreachable.Count > 0)
            {
                failures.Add((fuzz, "The plan leaves an arm unreachable (the safety net would withhold the fix): "
                                    + string.Join("; ", unreachable.Select(d => d.Id + " " + d.GetMessage(CultureInfo.InvariantCulture))) + "\nRendered:\n" + method.ToFullString()));
            }
        }

        // The fix's last step, which the comparison needs too: the simplifier shortens the names it wrote in full. It
        // binds the methods the compiler fails on too, so those switches are rendered as the safety net leaves them.
        if (defects.Count > 0)
        {
            var originalMethods = (await document.GetSyntaxRootAsync())!.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => defects.Contains(m.Identifier.ValueText)).Select(m => m.Span).ToList();
            rendered = await AddMissingSparkErrorCasesCodeFix.RenderAsync(document, [.. inDocument.Where(d => !originalMethods.Any(span => span.Contains(d.Location.SourceSpan)))], CancellationToken.None);
        }

        var simplified = await Simplifier.ReduceAsync(rendered, Simplifier.Annotation);
        var simplifiedRoot = (await simplified.GetSyntaxRootAsync())!;
        return (simplifiedRoot.DescendantNodes().OfType<MethodDeclarationSyntax>().ToDictionary(m => m.Identifier.ValueText, m => m.ToString(), StringComparer.Ordinal), defects);
    }

    /// <summary>Fixing one diagnostic at a time, re-analysing in between, gives the Fix All text.</summary>
    private static async Task CheckOneAtATimeAsync(List<FuzzSwitch> batch, List<(FuzzSwitch, string)> failures)
    {
        var (source, _) = Render(batch);
        using var workspace = new AdhocWorkspace();
        var document = Fuzz.CreateDocument(workspace, source);
        var fixer = new AddMissingSparkErrorCasesCodeFix();
        var context = new FixAllContext(document, fixer, FixAllScope.Document, AddMissingSparkErrorCasesCodeFix.Title, fixer.FixableDiagnosticIds, new DiagnosticProvider(), CancellationToken.None);
        var all = await fixer.GetFixAllProvider()!.GetFixAsync(context);
        var allText = (await (all is null ? document : await OneDiagnosticAtATime.ApplyAsync(all, document)).GetTextAsync()).ToString();

        var fixedOneAtATime = await OneDiagnosticAtATime.FixAsync(document, fixer, FixableAsync, static actions => actions.Count > 0 ? actions[0] : null, maxSteps: batch.Count * 2);
        var oneText = (await fixedOneAtATime.GetTextAsync()).ToString();
        if (oneText != allText)
        {
            var line = OneDiagnosticAtATime.FirstDifferingLine(oneText, allText);
            var culprit = batch.FirstOrDefault(s => allText.IndexOf(" " + s.MethodName + "(", StringComparison.Ordinal) is var at && at >= 0 && allText.Take(at).Count(c => c == '\n') + 1 <= line) ?? batch[0];
            failures.Add((culprit, $"Fixing one diagnostic at a time differs from Fix All at line {line}:\none at a time: {OneDiagnosticAtATime.Line(oneText, line)}\nFix All:       {OneDiagnosticAtATime.Line(allText, line)}"));
        }
    }

    private static Task<ImmutableArray<Diagnostic>> FixableAsync(Document document) => Fuzz.DiagnosticsInAsync(document, new SwitchAnalyzer());

    /// <summary>The batch as one file, and each switch's method span in it.</summary>
    private static (string Source, List<TextSpan> Spans) Render(List<FuzzSwitch> batch)
    {
        var text = new StringBuilder(Header);
        var spans = new List<TextSpan>();
        foreach (var fuzz in batch)
        {
            var method = fuzz.Render();
            spans.Add(new TextSpan(text.Length, method.Length));
            text.Append(method).Append('\n');
        }

        return (text.Append("}\n").ToString(), spans);
    }

    private static string Describe((string Id, string Message)? diagnostic) => diagnostic is { } d ? d.Id + " \"" + d.Message + "\"" : "nothing";

    private sealed class DiagnosticProvider(ImmutableArray<Diagnostic>? known = null) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => known is { } diagnostics
                ? [.. diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath)]
                : await FixableAsync(document);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult(Enumerable.Empty<Diagnostic>());
    }
}
