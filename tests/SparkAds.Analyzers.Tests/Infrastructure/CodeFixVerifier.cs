using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Testing.Model;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Checks a code fix on Microsoft.CodeAnalysis.Testing (<see cref="Test"/>): the diagnostics before the fix (ID, span,
/// severity, message; those the test does not declare are taken as reported), the exact fixed text, that the fixed code
/// compiles (warnings as errors unless turned off), exactly the diagnostics that remain (none unless the test declares
/// them), and that applying the action one diagnostic at a time and Fix All in the document, the project and the
/// solution each give that text within the framework's iteration counts (at most one action per diagnostic, one Fix All).
/// What this adds: the action is chosen by title for the first diagnostic that offers it (the framework chooses by
/// equivalence key), its absence fails naming what was offered, and a test may ask for the exact titles offered.
/// Both sources are <see cref="Markup"/>: <c>{|ID:…|}</c> in the source before the fix declares a diagnostic reported
/// there, in the fixed source one that remains; each takes the next <see cref="ExpectedDiagnostic.Marked"/> message of
/// the list that goes with that source. The package's generated code is in the project as ordinary documents, as
/// an IDE shows generated documents to a fix (the framework's generator step adds them only to the compilation it
/// analyses, so a fix would not see them).
/// </summary>
/// <param name="project">The consumer for a test source (the source is its first document).</param>
/// <param name="analyzer">The analyzer whose diagnostics the fix clears.</param>
/// <param name="fixer">The code fix under test.</param>
/// <param name="warningsAsErrors">False keeps compiler warnings warnings in the fixed code (e.g. CS8509 on a switch as written).</param>
public sealed class CodeFixVerifier(Func<string, TestProject> project, DiagnosticAnalyzer analyzer, CodeFixProvider fixer, bool warningsAsErrors = true)
{
    private readonly string? _source;

    /// <summary>For a test whose <paramref name="project"/> already holds its source (first document): see <see cref="ApplyAsync(string)"/>.</summary>
    public CodeFixVerifier(TestProject project, DiagnosticAnalyzer analyzer, CodeFixProvider fixer)
        : this(code => project with { Sources = project.Sources.SetItem(0, (project.Sources[0].Path, code)) }, analyzer, fixer)
        => _source = project.Sources[0].Code;

    /// <summary>
    /// With the checks of <see cref="VerifyAsync"/> (no diagnostic may remain), applies <paramref name="actionTitle"/> to
    /// the source the project was given with and returns the fixed text for the test to compare.
    /// </summary>
    public Task<string> ApplyAsync(string actionTitle)
        => FixAsync(_source ?? throw new InvalidOperationException("Give the source to VerifyAsync."), actionTitle, after: null, null, null, null);

    /// <summary>
    /// Applies the action titled <paramref name="actionTitle"/> to the first fixable diagnostic of <paramref name="before"/>
    /// (and so on, one at a time, and as Fix All); the result must be <paramref name="after"/>.
    /// <paramref name="diagnosticsBefore"/>: the messages and located diagnostics before the fix;
    /// <paramref name="remaining"/>: those after it (none by default); <paramref name="offered"/>: when given, the exact
    /// titles offered for the first fixable diagnostic.
    /// </summary>
    public Task VerifyAsync(
        string before,
        string actionTitle,
        string after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore = null,
        IReadOnlyList<ExpectedDiagnostic>? remaining = null,
        IReadOnlyList<string>? offered = null)
        => FixAsync(before, actionTitle, after, diagnosticsBefore, remaining, offered);

    /// <summary>For a source with several diagnostics the action fixes: the checks of <see cref="VerifyAsync"/>.</summary>
    public Task VerifyEveryAsync(
        string before,
        string actionTitle,
        string after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore = null,
        IReadOnlyList<ExpectedDiagnostic>? remaining = null)
        => FixAsync(before, actionTitle, after, diagnosticsBefore, remaining, offered: null);

    /// <summary>
    /// The diagnostics <paramref name="diagnostics"/> declares in <paramref name="source"/> are exactly those reported,
    /// and the fix offers no action for any of them (the framework's check for a fixed state equal to the source).
    /// </summary>
    public async Task VerifyNoActionAsync(string source, IReadOnlyList<ExpectedDiagnostic> diagnostics)
    {
        var markup = Markup.Parse(source);
        var test = new Test(analyzer, fixer, project(markup.Code), warningsAsErrors);
        var expected = ExpectedDiagnostics.Results(markup, TestProject.SourcePath, diagnostics, analyzer);
        test.TestState.ExpectedDiagnostics.AddRange(expected);
        test.SetFixedSource(markup.Code);
        test.FixedState.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    /// <summary>
    /// Fix All in <paramref name="scope"/> for the action titled <paramref name="actionTitle"/>, with the checks of
    /// <see cref="VerifyAsync"/> (which take every scope, and one at a time, to the same text).
    /// </summary>
    public Task VerifyFixAllAsync(
        FixAllScope scope,
        string actionTitle,
        string before,
        string after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore = null,
        IReadOnlyList<ExpectedDiagnostic>? remaining = null)
        => FixAsync(before, actionTitle, after, diagnosticsBefore, remaining, offered: null, scope);

    private async Task<string> FixAsync(
        string before,
        string actionTitle,
        string? after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore,
        IReadOnlyList<ExpectedDiagnostic>? remaining,
        IReadOnlyList<string>? offered,
        FixAllScope? scope = null)
    {
        var markup = Markup.Parse(before);
        var test = new Test(analyzer, fixer, project(markup.Code), warningsAsErrors);
        var (diagnostics, compilerWarnings, actionsFor, apply) = await test.AnalyzeAsync();
        var fixable = diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToList();
        Assert.True(fixable.Count > 0, "No diagnostic the fix can fix is reported:\n" + string.Join("\n", diagnostics.Select(ExpectedDiagnostic.Format)));
        var firstActions = await actionsFor(fixable[0]);
        if (offered is not null)
        {
            Assert.Equal(offered, firstActions.Select(a => a.Title));
        }

        CodeAction? action = null;
        foreach (var diagnostic in fixable)
        {
            if ((action = (await actionsFor(diagnostic)).FirstOrDefault(a => a.Title == actionTitle)) is not null)
            {
                break;
            }
        }

        if (action is null)
        {
            throw new InvalidOperationException($"No action '{actionTitle}'; offered: {string.Join(", ", firstActions.Select(a => a.Title))}.");
        }

        test.CodeActionEquivalenceKey = action.EquivalenceKey;
        if (scope is not null && action.EquivalenceKey is null)
        {
            throw new InvalidOperationException($"Fix All in {scope} needs an equivalence key; '{actionTitle}' has none.");
        }

        // Compiler warnings in the source as the test wrote it are taken as reported: warnings as errors judge the fixed code.
        test.TestState.ExpectedDiagnostics.AddRange(compilerWarnings.Select(Reported));
        if (diagnosticsBefore is not null || !markup.Diagnostics.IsEmpty)
        {
            test.TestState.ExpectedDiagnostics.AddRange(ExpectedDiagnostics.Results(markup, TestProject.SourcePath, diagnosticsBefore ?? [], analyzer));
        }
        else
        {
            // Undeclared: what is reported is what the fix starts from (a source may disable and restore a rule itself).
            test.TestState.ExpectedDiagnostics.AddRange(diagnostics.Select(Reported));
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
        }

        var fixedMarkup = Markup.Parse(after ?? await apply(action));
        var remainingResults = ExpectedDiagnostics.Results(fixedMarkup, TestProject.SourcePath, remaining ?? [], analyzer);
        test.SetFixedSource(fixedMarkup.Code);
        test.FixedState.ExpectedDiagnostics.AddRange(remainingResults);

        await test.RunAsync();
        return fixedMarkup.Code;

        DiagnosticResult Reported(Diagnostic diagnostic)
            => new DiagnosticResult(diagnostic.Id, diagnostic.Severity).WithSpan(diagnostic.Location.GetLineSpan()).WithMessage(diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A <see cref="CSharpCodeFixTest{TAnalyzer, TCodeFix, TVerifier}"/> of an analyzer and a fix instance over a
    /// <see cref="TestProject"/> whose generated code is compiled in as ordinary documents; no markup is read from the
    /// sources (the verifier reads it).
    /// </summary>
    public sealed class Test : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
    {
        private readonly DiagnosticAnalyzer _analyzer;
        private readonly CodeFixProvider _fixer;
        private readonly TestProject _project;
        private readonly bool _warningsAsErrors;
        private readonly ImmutableArray<(string Path, string Code)> _generated;

        public Test(DiagnosticAnalyzer analyzer, CodeFixProvider fixer, TestProject project, bool warningsAsErrors)
        {
            _analyzer = analyzer;
            _fixer = fixer;
            _project = project;
            _warningsAsErrors = warningsAsErrors;
            _generated = [.. project.RunGenerator().Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => ("/generated/" + s.Key, s.Value))];
            ReferenceAssemblies = project.ReferenceAssemblies;
            project.ApplyTo(TestState, _generated);
        }

        /// <summary>
        /// The fixed state (one at a time and Fix All): <paramref name="code"/> in place of the first source, everything
        /// else as before. Stated in full, so none of the diagnostics expected before the fix is inherited.
        /// </summary>
        public void SetFixedSource(string code)
        {
            FixedState.InheritanceMode = StateInheritanceMode.Explicit;
            (_project with { Sources = _project.Sources.SetItem(0, (_project.Sources[0].Path, code)) }).ApplyTo(FixedState, _generated);
        }

        /// <summary>
        /// In the project as the framework builds it: the analyzer's diagnostics, the compiler's warnings (errors here
        /// where warnings are), the actions the fix offers for a diagnostic, and a way to apply one of them (to that
        /// diagnostic alone) to read the first source after it.
        /// </summary>
        public async Task<(ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Diagnostic> CompilerWarnings, Func<Diagnostic, Task<List<CodeAction>>> ActionsFor, Func<CodeAction, Task<string>> Apply)> AnalyzeAsync()
        {
            var state = TestState.WithInheritedValuesApplied(null, []).WithProcessedMarkup(MarkupOptions, null, [], [], DefaultFilePath);
            var project = await CreateProjectAsync(new EvaluatedProjectState(state, ReferenceAssemblies), [], CancellationToken.None);
            var all = (await GetSortedDiagnosticsAsync(project.Solution, [_analyzer], [], CompilerDiagnostics.Warnings, Verify, CancellationToken.None)).Select(d => d.diagnostic).ToList();
            bool IsCompiler(Diagnostic d) => d.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.Compiler);
            return (
                [.. all.Where(d => !IsCompiler(d))],
                [.. all.Where(d => IsCompiler(d) && d.DefaultSeverity != DiagnosticSeverity.Error && d.Severity == DiagnosticSeverity.Error)],
                async diagnostic => await OneDiagnosticAtATime.ActionsAsync(_fixer, project.Solution.GetDocument(diagnostic.Location.SourceTree) ?? throw new InvalidOperationException("The diagnostic is in no document."), diagnostic),
                async action => (await (await OneDiagnosticAtATime.ApplyAsync(action, project.Documents.First())).GetTextAsync()).ToString());
        }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [_analyzer];

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => [_fixer];

        protected override ParseOptions CreateParseOptions() => _project.ParseOptions;

        protected override CompilationOptions CreateCompilationOptions() => _project.CompilationOptions(_warningsAsErrors);
    }
}
