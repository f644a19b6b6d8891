using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Applies a code fix in an AdhocWorkspace and checks the result: the fixed text is exactly as expected,
/// it compiles without errors, and the analyzer no longer reports the fixed IDs. The generated code is
/// added as ordinary documents (generated once by <see cref="TestProject.RunGenerator"/>), and analyzers
/// see the project's catalogs and options exactly as in <see cref="TestProject.GetAnalyzerDiagnosticsAsync(DiagnosticAnalyzer[])"/>.
/// </summary>
public sealed class CodeFixVerifier(TestProject project, DiagnosticAnalyzer analyzer, CodeFixProvider fixer)
{
    /// <summary>
    /// Applies the action titled <paramref name="actionTitle"/> to the first fixable diagnostic and returns the checked
    /// text. As Microsoft.CodeAnalysis.Testing does, it also applies that action one diagnostic at a time until none
    /// offers it, and requires the result to equal Fix All in the document (same equivalence key).
    /// </summary>
    public async Task<string> ApplyAsync(string actionTitle)
    {
        var (workspace, document) = await CreateAsync();
        using (workspace)
        {
            var diagnostics = await FixableDiagnosticsAsync(document.Project);
            Assert.NotEmpty(diagnostics);
            var diagnostic = diagnostics[0];
            var offered = await ActionsAsync(document, diagnostic);
            var action = offered.SingleOrDefault(a => a.Title == actionTitle)
                         ?? throw new InvalidOperationException($"No action '{actionTitle}'; offered: {string.Join(", ", offered.Select(a => a.Title))}.");
            var fixedDocument = await ApplyAsync(action, document);
            var text = await CheckAsync(fixedDocument, diagnostic.Id);
            await CheckOneAtATimeEqualsFixAllAsync(document, actionTitle, action.EquivalenceKey);
            return text;
        }
    }

    private async Task<List<CodeAction>> ActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        return actions;
    }

    private async Task CheckOneAtATimeEqualsFixAllAsync(Document original, string actionTitle, string? equivalenceKey)
    {
        var current = original;
        for (var applied = 0; ; applied++)
        {
            Assert.True(applied < 100, "Applying the fix one diagnostic at a time does not converge.");
            CodeAction? next = null;
            foreach (var diagnostic in await FixableDiagnosticsAsync(current.Project, current))
            {
                if ((next = (await ActionsAsync(current, diagnostic)).SingleOrDefault(a => a.Title == actionTitle)) is not null)
                {
                    break;
                }
            }

            if (next is null)
            {
                break;
            }

            current = await ApplyAsync(next, current);
        }

        var provider = fixer.GetFixAllProvider() ?? throw new InvalidOperationException("The fixer has no Fix All provider.");
        var context = new FixAllContext(original, fixer, FixAllScope.Document, equivalenceKey, fixer.FixableDiagnosticIds, new ProjectDiagnosticProvider(this), CancellationToken.None);
        var fixAll = await provider.GetFixAsync(context) ?? throw new InvalidOperationException("Fix All offered nothing.");
        var allAtOnce = await ApplyAsync(fixAll, original);
        Assert.Equal((await current.GetTextAsync()).ToString(), (await allAtOnce.GetTextAsync()).ToString());
    }

    /// <summary>Runs Fix All in <paramref name="scope"/> for the action with <paramref name="equivalenceKey"/>.</summary>
    public async Task<string> FixAllAsync(FixAllScope scope, string equivalenceKey)
    {
        var (workspace, document) = await CreateAsync();
        using (workspace)
        {
            var diagnostics = await FixableDiagnosticsAsync(document.Project);
            Assert.NotEmpty(diagnostics);
            var provider = fixer.GetFixAllProvider() ?? throw new InvalidOperationException("The fixer has no Fix All provider.");
            var context = new FixAllContext(
                document,
                fixer,
                scope,
                equivalenceKey,
                fixer.FixableDiagnosticIds,
                new ProjectDiagnosticProvider(this),
                CancellationToken.None);
            var action = await provider.GetFixAsync(context) ?? throw new InvalidOperationException("Fix All offered nothing.");
            var fixedDocument = await ApplyAsync(action, document);
            return await CheckAsync(fixedDocument, diagnostics.Select(d => d.Id).Distinct().ToArray());
        }
    }

    private Task<(AdhocWorkspace Workspace, Document Document)> CreateAsync()
    {
        var workspace = new AdhocWorkspace();
        return Task.FromResult((workspace, TestWorkspace.AddProject(workspace, project)));
    }

    private async Task<ImmutableArray<Diagnostic>> FixableDiagnosticsAsync(Project current, Document? only = null)
    {
        var compilation = await current.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        var diagnostics = await project.GetAnalyzerDiagnosticsAsync(compilation, analyzer);
        return [.. diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)
                                          && (only is null || d.Location.SourceTree?.FilePath == only.FilePath))];
    }

    private static async Task<Document> ApplyAsync(CodeAction action, Document document)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return changed.GetDocument(document.Id)!;
    }

    private async Task<string> CheckAsync(Document fixedDocument, params string[] fixedIds)
    {
        var compilation = await fixedDocument.Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExpectedDiagnostic.Format).ToList();
        var text = (await fixedDocument.GetTextAsync()).ToString();
        Assert.True(errors.Count == 0, "The fixed code does not compile:\n" + string.Join("\n", errors) + "\n\n" + text);
        var remaining = await FixableDiagnosticsAsync(fixedDocument.Project);
        Assert.DoesNotContain(remaining, d => fixedIds.Contains(d.Id));
        return text;
    }

    private sealed class ProjectDiagnosticProvider(CodeFixVerifier verifier) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await verifier.FixableDiagnosticsAsync(document.Project, document);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await verifier.FixableDiagnosticsAsync(project);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => GetProjectDiagnosticsAsync(project, cancellationToken);
    }
}
