using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.CustomIdentity;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.CodeFixes.CustomIdentity;

/// <summary>
/// SPARK004: replaces a Custom Identity value with a TikTok account identity: "Use TT_USER", "Use AUTH_CODE",
/// "Use BC_AUTH_TT". A literal keeps its form (regular, verbatim, raw); a constant whose declaration SPARK004 also
/// reports is fixed where its value is written (<see cref="FixConstantAsync"/>), any other becomes the sibling constant
/// that holds the value, or a literal; an enum member becomes the sibling member that serialises to the value,
/// and the action is offered only when the enum has one; JSON written in a string keeps the string and its quoting and
/// only its <c>identity_type</c> value changes.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseTikTokAccountIdentityCodeFix))]
[Shared]
public sealed class UseTikTokAccountIdentityCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.CustomIdentitySelected);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <summary>The title and equivalence key of the action that selects <paramref name="identityType"/>.</summary>
    public static string Title(string identityType) => "Use " + identityType;

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

        var enums = new IdentityEnumMembers(model.Compilation);
        foreach (var diagnostic in context.Diagnostics)
        {
            // Endpoints and configured symbols have no form: they need a different call, not a different value.
            var span = diagnostic.Location.SourceSpan;
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            if (SiteAt(node, span, model, enums, cancellationToken) is not { Form: { } form } site)
            {
                continue;
            }

            if (form == IdentityForm.JsonText)
            {
                RegisterJsonTextFixes(context, diagnostic);
                continue;
            }

            if (form == IdentityForm.Constant)
            {
                foreach (var identityType in TikTokIdentityTypes.Replacements)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title(identityType), ct => FixConstantAsync(document, span, identityType, ct), equivalenceKey: Title(identityType)),
                        diagnostic);
                }

                continue;
            }

            if (node is not ExpressionSyntax expression)
            {
                continue;
            }

            var siblings = IdentityReports.Siblings(form, site.Reported, enums);
            foreach (var identityType in TikTokIdentityTypes.Replacements)
            {
                if (Replacement(expression, form, identityType, siblings.TryGetValue(identityType, out var sibling) ? sibling : null) is not { } replacement)
                {
                    continue;
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(identityType),
                        ct => ReplaceAsync(document, expression, replacement, ct),
                        equivalenceKey: Title(identityType)),
                    diagnostic);
            }
        }
    }

    /// <summary>
    /// The site SPARK004 reports at <paramref name="span"/>, found as the analyzer finds it
    /// (<see cref="CustomIdentityAnalyzer.FindSites"/>) on the operations written as <paramref name="node"/>: its own, the
    /// implicit conversions around it, and the text of an interpolated string.
    /// </summary>
    private static IdentitySite? SiteAt(SyntaxNode node, TextSpan span, SemanticModel model, IdentityEnumMembers enums, CancellationToken cancellationToken)
    {
        var outermost = model.GetOperation(node, cancellationToken);
        while (outermost?.Parent is { } parent && parent.Syntax == node)
        {
            outermost = parent;
        }

        foreach (var operation in outermost?.DescendantsAndSelf() ?? [])
        {
            if (operation.Syntax != node || !CustomIdentityAnalyzer.ValueKinds.Contains(operation.Kind) || CustomIdentityAnalyzer.FindSites(operation, enums) is not { } sites)
            {
                continue;
            }

            foreach (var site in sites)
            {
                if (site.Diagnostic.Location.SourceSpan == span)
                {
                    return site;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The fix of a constant reported at <paramref name="span"/>: where the constant is declared in this project and the
    /// analyzer reports its declaration too (a private constant or a local used to select, any constant whose declaration
    /// is not suppressed), its value is replaced where it is written, following constants of constants; so fixing the
    /// declaration first, a use first, or all of them at once gives the same text. Otherwise (a constant kept for
    /// recognising existing ads, generated, or from a reference) the reference becomes the sibling constant, or a literal.
    /// </summary>
    private static async Task<Solution> FixConstantAsync(Document document, TextSpan span, string identityType, CancellationToken cancellationToken)
    {
        var solution = document.Project.Solution;
        while (await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is { } root
               && await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is { } model
               && root.FindNode(span, getInnermostNodeForTie: true) is ExpressionSyntax expression)
        {
            var enums = new IdentityEnumMembers(model.Compilation);
            if (SiteAt(expression, span, model, enums, cancellationToken) is not { Form: { } form } site)
            {
                break;
            }

            if (form == IdentityForm.Constant && await ReportedDeclarationAsync(document, site, cancellationToken).ConfigureAwait(false) is { } declaration)
            {
                (document, span) = declaration;
                continue;
            }

            var siblings = IdentityReports.Siblings(form, site.Reported, enums);
            return Replacement(expression, form, identityType, siblings.TryGetValue(identityType, out var sibling) ? sibling : null) is { } replacement
                ? document.WithSyntaxRoot(root.ReplaceNode(expression, replacement.WithTriviaFrom(expression))).Project.Solution
                : solution;
        }

        return solution;
    }

    /// <summary>
    /// Where the constant <paramref name="use"/> refers to writes its value, when that declaration is in
    /// <paramref name="document"/>'s project and the analyzer reports it there, read by running the analyzer on the
    /// declaring document as the host would (suppressions, generated code and uses decide as they do for the host).
    /// </summary>
    private static async Task<(Document Document, TextSpan Span)?> ReportedDeclarationAsync(Document document, IdentitySite use, CancellationToken cancellationToken)
    {
        ISymbol? constant = use.Reported switch
        {
            IFieldReferenceOperation { Field: { IsConst: true } field } => field,
            ILocalReferenceOperation { Local: { IsConst: true } local } => local,
            _ => null,
        };
        if (constant is null || constant.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var reference = constant.DeclaringSyntaxReferences[0];
        if (document.Project.GetDocument(reference.SyntaxTree) is not { } declaring
            || await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false) is not VariableDeclaratorSyntax { Initializer: { } initializer }
            || await declaring.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false) is not { } model)
        {
            return null;
        }

        var analysis = model.Compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new CustomIdentityAnalyzer()), document.Project.AnalyzerOptions);
        var reported = await analysis.GetAnalyzerSemanticDiagnosticsAsync(model, initializer.Value.Span, cancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in reported)
        {
            if (diagnostic.Id == DiagnosticIds.CustomIdentitySelected && initializer.Value.Span.Contains(diagnostic.Location.SourceSpan))
            {
                return (declaring, diagnostic.Location.SourceSpan);
            }
        }

        return null;
    }

    // JSON inside a string: the span is the value alone, and every replacement is plain upper-case ASCII, which needs no
    // escaping in any string form (regular, verbatim, raw, interpolated, UTF-8), so only those characters change.
    private static void RegisterJsonTextFixes(CodeFixContext context, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.SourceSpan;
        var document = context.Document;
        foreach (var identityType in TikTokIdentityTypes.Replacements)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(identityType),
                    async cancellationToken => document.WithText((await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).WithChanges(new TextChange(span, identityType))),
                    equivalenceKey: Title(identityType)),
                diagnostic);
        }
    }

    private static ExpressionSyntax? Replacement(ExpressionSyntax site, IdentityForm form, string identityType, string? sibling)
    {
        switch (form)
        {
            case IdentityForm.Literal when site is LiteralExpressionSyntax literal:
                return SyntaxFactory.ParseExpression(LiteralInSameForm(literal.Token.Text, identityType));
            case IdentityForm.Constant or IdentityForm.EnumMember or IdentityForm.EnumMemberName when sibling is not null:
                return site switch
                {
                    MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(sibling)),
                    IdentifierNameSyntax => SyntaxFactory.IdentifierName(sibling),
                    _ => null,
                };
            case IdentityForm.EnumMember or IdentityForm.EnumMemberName:
                return null;
            default:
                return SyntaxFactory.ParseExpression(SymbolDisplay.FormatLiteral(identityType, quote: true));
        }
    }

    // The value is plain upper-case ASCII, so only the delimiters differ between the forms.
    private static string LiteralInSameForm(string originalText, string value)
    {
        if (originalText.StartsWith("@", System.StringComparison.Ordinal))
        {
            return "@\"" + value + "\"";
        }

        if (originalText.StartsWith("\"\"\"", System.StringComparison.Ordinal) && originalText.IndexOf('\n') < 0)
        {
            var quotes = 0;
            while (quotes < originalText.Length && originalText[quotes] == '"')
            {
                quotes++;
            }

            var delimiter = new string('"', quotes);
            return delimiter + value + delimiter;
        }

        return SymbolDisplay.FormatLiteral(value, quote: true);
    }

    private static async Task<Document> ReplaceAsync(Document document, ExpressionSyntax site, ExpressionSyntax replacement, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        return root is null ? document : document.WithSyntaxRoot(root.ReplaceNode(site, replacement.WithTriviaFrom(site)));
    }
}
