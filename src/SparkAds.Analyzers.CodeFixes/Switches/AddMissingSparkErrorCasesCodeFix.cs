using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.CodeFixes.Switches;

/// <summary>
/// "Add missing Spark error cases" for SPARK001 and SPARK002: one case (statement) or arm (expression) per value to
/// name, each with the error's remedy as a comment and a body that compiles, without the catch-all the new cases leave
/// unreachable. What to add and where is decided when the fix is asked for: the switch at the diagnostic is read again
/// with the analyzer's own model against the catalog of the <c>SparkAdsError</c> it uses (<see cref="SwitchFixPlan.For"/>),
/// and <see cref="SwitchEditor"/> renders the plan. Names are written as the switch qualifies them, else fully
/// qualified and simplified, so they read <c>SparkAdsError.X</c> (or through an alias) wherever the generated namespace
/// is imported.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddMissingSparkErrorCasesCodeFix)), Shared]
public sealed class AddMissingSparkErrorCasesCodeFix : CodeFixProvider
{
    public const string Title = "Add missing Spark error cases";

    private const string FixedSwitchKind = "SparkAds.FixedSwitch";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticIds.UnhandledErrorsWithoutFallback, DiagnosticIds.ErrorsHandledOnlyByFallback);

    /// <summary>Fixes every switch of a document in one pass, nested switches included.</summary>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) => (Document?)await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var cancellationToken = context.CancellationToken;
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        var catalogs = CompiledCatalogs.Create(model.Compilation, document.Project.AnalyzerOptions, cancellationToken);
        foreach (var diagnostic in context.Diagnostics)
        {
            // No plan, no action: e.g. SPARK002 for values only a relational, `not` or type arm takes has no arm to add.
            if (SwitchAt(root, diagnostic) is not { } node || PlanFor(node, model, catalogs, cancellationToken) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => FixAsync(document, ImmutableArray.Create(diagnostic), ct), equivalenceKey: Title),
                diagnostic);
        }
    }

    /// <summary>
    /// The document with every switch of <paramref name="diagnostics"/> fixed. A safety net asks the compiler whether
    /// a fixed switch has an arm it finds unreachable (CS8510, CS8120): the plan rules that out, so the net should never
    /// catch anything (the switch fuzz test shows it on thousands of switches); if it does, that switch is left as it was
    /// rather than broken.
    /// </summary>
    internal static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var rendered = await RenderAsync(document, diagnostics, cancellationToken).ConfigureAwait(false);
        var broken = await BrokenSwitchesAsync(rendered, cancellationToken).ConfigureAwait(false);
        if (broken.Count > 0)
        {
            rendered = await RenderAsync(document, diagnostics.Where(d => !broken.Contains(d.Location.SourceSpan.Start)).ToImmutableArray(), cancellationToken).ConfigureAwait(false);
        }

        var root = await rendered.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is not null && root.GetAnnotatedNodes(Simplifier.Annotation).Any()
            ? await Simplifier.ReduceAsync(rendered, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false)
            : rendered;
    }

    /// <summary>The fix as planned, before the safety net and the simplifier; the fuzz test compares the two.</summary>
    internal static async Task<Document> RenderAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var catalogs = CompiledCatalogs.Create(model.Compilation, document.Project.AnalyzerOptions, cancellationToken);
        var endOfLine = root.DescendantTrivia().FirstOrDefault(static t => t.IsKind(SyntaxKind.EndOfLineTrivia)).ToString() is { Length: > 0 } found ? found : "\n";
        var fixes = new Dictionary<SyntaxNode, System.Func<SyntaxNode, SyntaxNode>>();
        foreach (var diagnostic in diagnostics)
        {
            if (SwitchAt(root, diagnostic) is not { } node || fixes.ContainsKey(node) || PlanFor(node, model, catalogs, cancellationToken) is not { } plan)
            {
                continue;
            }

            var cases = MissingCase.From(plan, SwitchWritingStyle.QualifierOf(node, plan.LabelType, model, cancellationToken));

            // A statement's new sections end in `break;` where the end of the switch is reachable already; elsewhere a
            // `break;` would change what the method returns.
            var body = node is SwitchStatementSyntax statement && model.AnalyzeControlFlow(statement) is { Succeeded: true, EndPointIsReachable: false }
                ? "throw new global::System.NotImplementedException();"
                : "break;";
            var mark = new SyntaxAnnotation(FixedSwitchKind, diagnostic.Location.SourceSpan.Start.ToString(CultureInfo.InvariantCulture));
            fixes.Add(node, current => SwitchEditor.Apply(current, plan, cases, body, endOfLine).WithAdditionalAnnotations(mark));
        }

        return fixes.Count == 0 ? document : document.WithSyntaxRoot(root.ReplaceNodes(fixes.Keys, (original, current) => fixes[original](current)));
    }

    /// <summary>The switch whose keyword a SPARK001/SPARK002 diagnostic is reported at.</summary>
    private static SyntaxNode? SwitchAt(SyntaxNode root, Diagnostic diagnostic)
        => root.FindToken(diagnostic.Location.SourceSpan.Start).Parent is { } node && node is SwitchStatementSyntax or SwitchExpressionSyntax ? node : null;

    /// <summary>What the fix does to <paramref name="switchNode"/>, read as the analyzer reads it; null when it has nothing it can add.</summary>
    private static SwitchFixPlan? PlanFor(SyntaxNode switchNode, SemanticModel model, CompiledCatalogs catalogs, CancellationToken cancellationToken)
        => model.GetOperation(switchNode, cancellationToken) is { } operation ? SwitchFixPlan.For(operation, catalogs, cancellationToken) : null;

    /// <summary>Where the fixed switches start in the original document whose arms the compiler finds unreachable.</summary>
    private static async Task<HashSet<int>> BrokenSwitchesAsync(Document rendered, CancellationToken cancellationToken)
    {
        var broken = new HashSet<int>();
        var root = await rendered.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var fixedSwitches = root?.GetAnnotatedNodes(FixedSwitchKind).ToList();
        if (root is null || fixedSwitches is not { Count: > 0 } || await rendered.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return broken;
        }

        foreach (var fixedSwitch in fixedSwitches)
        {
            ImmutableArray<Diagnostic> diagnostics;
            try
            {
                diagnostics = model.GetDiagnostics(fixedSwitch.Span, cancellationToken);
            }
            catch (System.InvalidOperationException)
            {
                // The compiler itself fails on the method (a Roslyn defect in explaining a switch it finds
                // incomplete): a build of this code would stop with an internal compiler error.
                broken.Add(Start(fixedSwitch));
                continue;
            }

            foreach (var diagnostic in diagnostics)
            {
                // The innermost fixed switch around the error is the one to blame.
                if (diagnostic.Id is "CS8510" or "CS8120"
                    && root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().FirstOrDefault(static n => n.HasAnnotations(FixedSwitchKind)) == fixedSwitch)
                {
                    broken.Add(Start(fixedSwitch));
                }
            }
        }

        return broken;
    }

    private static int Start(SyntaxNode fixedSwitch) => int.Parse(fixedSwitch.GetAnnotations(FixedSwitchKind).First().Data!, CultureInfo.InvariantCulture);
}
