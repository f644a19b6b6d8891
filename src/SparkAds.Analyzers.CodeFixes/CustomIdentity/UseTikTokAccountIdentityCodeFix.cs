using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.CodeFixes.CustomIdentity;

/// <summary>
/// SPARK004: replaces a Custom Identity value with a TikTok account identity: "Use TT_USER", "Use AUTH_CODE",
/// "Use BC_AUTH_TT". A literal keeps its form (regular, verbatim, raw); a constant becomes the sibling constant
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
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (diagnostic.Properties.TryGetValue(DiagnosticPropertyNames.IdentityForm, out var textForm) && textForm == DiagnosticPropertyNames.IdentityFormJsonText)
            {
                RegisterJsonTextFixes(context, diagnostic, text);
                continue;
            }

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

    // JSON inside a string: the span is the value alone, and every replacement is plain upper-case ASCII, which needs no
    // escaping in any string form (regular, verbatim, raw, interpolated, UTF-8), so only those characters change.
    private static void RegisterJsonTextFixes(CodeFixContext context, Diagnostic diagnostic, SourceText text)
    {
        var span = diagnostic.Location.SourceSpan;
        if (span.End > text.Length || !string.Equals(text.ToString(span), TikTokIdentityTypes.CustomizedUser, System.StringComparison.Ordinal))
        {
            return;
        }

        var document = context.Document;
        foreach (var identityType in TikTokIdentityTypes.Replacements)
        {
            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(identityType),
                    cancellationToken => Task.FromResult(document.WithText(text.WithChanges(new TextChange(span, identityType)))),
                    equivalenceKey: Title(identityType)),
                diagnostic);
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
