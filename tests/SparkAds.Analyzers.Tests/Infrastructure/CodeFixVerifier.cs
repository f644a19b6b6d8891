using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Checks a code fix as Microsoft.CodeAnalysis.Testing does, in an AdhocWorkspace holding the test's
/// <see cref="TestProject"/> (<see cref="TestWorkspace"/>): the diagnostics before the fix where the test declares them
/// (through <see cref="AnalyzerVerifier"/>, suppression variants included), the exact fixed text, that it compiles,
/// exactly the diagnostics that remain (none unless the test declares them), and for one fix, that applying it one
/// diagnostic at a time until none offers it (an action of the same equivalence key) gives the same text as Fix All in
/// the document.
/// Both sources are <see cref="Markup"/>: <c>{|ID:…|}</c> in the source before the fix declares a diagnostic reported
/// there, in the fixed source one that remains; each takes the next <see cref="ExpectedDiagnostic.Marked"/> message of
/// the list that goes with that source.
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
    public async Task<string> ApplyAsync(string actionTitle)
        => await FixAsync(_source ?? throw new InvalidOperationException("Give the source to VerifyAsync."), actionTitle, after: null, null, null, null);

    /// <summary>
    /// Applies the action titled <paramref name="actionTitle"/> to the first fixable diagnostic of <paramref name="before"/>;
    /// the result must be <paramref name="after"/>. <paramref name="diagnosticsBefore"/>: the messages and located
    /// diagnostics before the fix (checked when given or when <paramref name="before"/> marks any);
    /// <paramref name="remaining"/>: those after it (none by default); <paramref name="offered"/>: when given, the exact
    /// titles offered for the fixed diagnostic.
    /// </summary>
    public async Task VerifyAsync(
        string before,
        string actionTitle,
        string after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore = null,
        IReadOnlyList<ExpectedDiagnostic>? remaining = null,
        IReadOnlyList<string>? offered = null)
        => await FixAsync(before, actionTitle, after, diagnosticsBefore, remaining, offered);

    private async Task<string> FixAsync(
        string before,
        string actionTitle,
        string? after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore,
        IReadOnlyList<ExpectedDiagnostic>? remaining,
        IReadOnlyList<string>? offered)
    {
        var consumer = await CheckBeforeAsync(before, diagnosticsBefore);
        using var workspace = new AdhocWorkspace();
        var document = TestWorkspace.AddProject(workspace, consumer, warningsAsErrors);
        var diagnostics = await FixableDiagnosticsAsync(consumer, document.Project);
        Assert.NotEmpty(diagnostics);
        var actions = await ActionsAsync(document, diagnostics[0]);
        if (offered is not null)
        {
            Assert.Equal(offered, actions.Select(a => a.Title));
        }

        var action = actions.SingleOrDefault(a => a.Title == actionTitle)
                     ?? throw new InvalidOperationException($"No action '{actionTitle}'; offered: {string.Join(", ", actions.Select(a => a.Title))}.");
        var text = await CheckFixedAsync(consumer, await OneDiagnosticAtATime.ApplyAsync(action, document), after, remaining);
        await CheckOneAtATimeEqualsFixAllAsync(consumer, document, actionTitle, action.EquivalenceKey);
        return text;
    }

    /// <summary>
    /// For a source with several diagnostics the action fixes: Fix All in the document (for the action titled
    /// <paramref name="actionTitle"/> of the first diagnostic that offers one) gives exactly <paramref name="after"/>, which compiles with exactly
    /// <paramref name="remaining"/> left, and applying the action one diagnostic at a time gives the same text.
    /// </summary>
    public async Task VerifyEveryAsync(
        string before,
        string actionTitle,
        string after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore = null,
        IReadOnlyList<ExpectedDiagnostic>? remaining = null)
    {
        var consumer = await CheckBeforeAsync(before, diagnosticsBefore);
        using var workspace = new AdhocWorkspace();
        var document = TestWorkspace.AddProject(workspace, consumer, warningsAsErrors);
        CodeAction? action = null;
        foreach (var diagnostic in await FixableDiagnosticsAsync(consumer, document.Project))
        {
            action ??= (await ActionsAsync(document, diagnostic)).SingleOrDefault(a => a.Title == actionTitle);
        }

        if (action is null)
        {
            throw new InvalidOperationException($"No diagnostic offers '{actionTitle}'.");
        }

        _ = await CheckFixedAsync(consumer, await FixAllAsync(consumer, document, FixAllScope.Document, action.EquivalenceKey), after, remaining);
        await CheckOneAtATimeEqualsFixAllAsync(consumer, document, actionTitle, action.EquivalenceKey);
    }

    /// <summary>Runs Fix All in <paramref name="scope"/> for <paramref name="equivalenceKey"/> with the checks of <see cref="VerifyAsync"/>.</summary>
    public async Task VerifyFixAllAsync(
        FixAllScope scope,
        string equivalenceKey,
        string before,
        string after,
        IReadOnlyList<ExpectedDiagnostic>? diagnosticsBefore = null,
        IReadOnlyList<ExpectedDiagnostic>? remaining = null)
    {
        var consumer = await CheckBeforeAsync(before, diagnosticsBefore);
        using var workspace = new AdhocWorkspace();
        var document = TestWorkspace.AddProject(workspace, consumer, warningsAsErrors);
        Assert.NotEmpty(await FixableDiagnosticsAsync(consumer, document.Project));
        _ = await CheckFixedAsync(consumer, await FixAllAsync(consumer, document, scope, equivalenceKey), after, remaining);
    }

    private async Task<TestProject> CheckBeforeAsync(string before, IReadOnlyList<ExpectedDiagnostic>? expected)
    {
        var markup = Markup.Parse(before);
        var consumer = project(markup.Code);
        if (expected is not null || !markup.Diagnostics.IsEmpty)
        {
            await AnalyzerVerifier.VerifyAsync(analyzer, markup, consumer, expected ?? []);
        }

        return consumer;
    }

    private Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic) => OneDiagnosticAtATime.ActionsAsync(fixer, document, diagnostic);

    private async Task CheckOneAtATimeEqualsFixAllAsync(TestProject consumer, Document original, string actionTitle, string? equivalenceKey)
    {
        // The actions Fix All stands for: those of the same equivalence key (for most fixes, the same title too).
        var current = await OneDiagnosticAtATime.FixAsync(
            original,
            fixer,
            document => FixableDiagnosticsAsync(consumer, document.Project, document),
            actions => actions.SingleOrDefault(a => equivalenceKey is null ? a.Title == actionTitle : a.EquivalenceKey == equivalenceKey),
            maxSteps: 100);

        var allAtOnce = await FixAllAsync(consumer, original, FixAllScope.Document, equivalenceKey);
        Assert.Equal((await current.GetTextAsync()).ToString(), (await allAtOnce.GetTextAsync()).ToString());
    }

    private async Task<Document> FixAllAsync(TestProject consumer, Document document, FixAllScope scope, string? equivalenceKey)
    {
        var provider = fixer.GetFixAllProvider() ?? throw new InvalidOperationException("The fixer has no Fix All provider.");
        var context = new FixAllContext(document, fixer, scope, equivalenceKey, fixer.FixableDiagnosticIds, new ProjectDiagnosticProvider(this, consumer), CancellationToken.None);
        var action = await provider.GetFixAsync(context) ?? throw new InvalidOperationException("Fix All offered nothing.");
        return await OneDiagnosticAtATime.ApplyAsync(action, document);
    }

    private async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(TestProject consumer, Project current, Document? only = null)
        => [.. (await AnalyzeAsync(consumer, current)).Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)
                                                              && (only is null || d.Location.SourceTree?.FilePath == only.FilePath))];

    private async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(TestProject consumer, Project current)
    {
        var compilation = await current.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        return await consumer.GetAnalyzerDiagnosticsAsync(compilation, analyzer);
    }

    /// <summary>
    /// The fixed text is exactly <paramref name="after"/> (when given; else the caller compares it), compiles, and
    /// exactly the declared diagnostics remain.
    /// </summary>
    private async Task<string> CheckFixedAsync(TestProject consumer, Document fixedDocument, string? after, IReadOnlyList<ExpectedDiagnostic>? remaining)
    {
        var text = (await fixedDocument.GetTextAsync()).ToString();
        var expected = after is null ? Markup.Parse(string.Empty) : Markup.Parse(after);
        if (after is not null)
        {
            Assert.Equal(expected.Code, text);
        }

        var compilation = await fixedDocument.Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExpectedDiagnostic.Format).ToList();
        Assert.True(errors.Count == 0, "The fixed code does not compile:\n" + string.Join("\n", errors) + "\n\n" + text);
        ExpectedDiagnostics.AssertEqual(
            ExpectedDiagnostics.Lines(expected, fixedDocument.FilePath!, remaining ?? []),
            ExpectedDiagnostics.Lines(await AnalyzeAsync(consumer, fixedDocument.Project)));
        return text;
    }

    private sealed class ProjectDiagnosticProvider(CodeFixVerifier verifier, TestProject consumer) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await verifier.FixableDiagnosticsAsync(consumer, document.Project, document);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await verifier.FixableDiagnosticsAsync(consumer, project);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => GetProjectDiagnosticsAsync(project, cancellationToken);
    }
}
