using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SparkAds.Analyzers.CodeFixes;

/// <summary>
/// SPARK004: replaces a Custom Identity value with a TikTok account identity: "Use TT_USER", "Use AUTH_CODE",
/// "Use BC_AUTH_TT". A literal keeps its form (regular, verbatim, raw); a constant becomes the sibling constant
/// that holds the value, or a literal; an enum member becomes the sibling member that serialises to the value,
/// and the action is offered only when the enum has one.
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
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // Endpoints and configured symbols carry no form: they need a different call, not a different value.
            if (!diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.IdentityForm, out var form) || form is null
                || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax site)
            {
                continue;
            }

            foreach (var identityType in TikTokIdentityTypes.Replacements)
            {
                diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.IdentityReplacementPrefix + identityType, out var sibling);
                if (Replacement(site, form, identityType, sibling) is not { } replacement)
                {
                    continue;
                }

                var document = context.Document;
                context.RegisterCodeFix(
                    CodeAction.Create(
                        Title(identityType),
                        cancellationToken => ReplaceAsync(document, site, replacement, cancellationToken),
                        equivalenceKey: Title(identityType)),
                    diagnostic);
            }
        }
    }

    private static ExpressionSyntax? Replacement(ExpressionSyntax site, string form, string identityType, string? sibling)
    {
        switch (form)
        {
            case DiagnosticPropertyNames.IdentityFormLiteral when site is LiteralExpressionSyntax literal:
                return SyntaxFactory.ParseExpression(LiteralInSameForm(literal.Token.Text, identityType));
            case DiagnosticPropertyNames.IdentityFormConstant or DiagnosticPropertyNames.IdentityFormEnumMember when sibling is not null:
                return site switch
                {
                    MemberAccessExpressionSyntax access => access.WithName(SyntaxFactory.IdentifierName(sibling)),
                    IdentifierNameSyntax => SyntaxFactory.IdentifierName(sibling),
                    _ => null,
                };
            case DiagnosticPropertyNames.IdentityFormEnumMember:
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
