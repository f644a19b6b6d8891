using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SparkAds.Analyzers.CodeFixes.Conversions;

/// <summary>
/// The fixes of SPARK005–SPARK007: the generated API that converts TikTok codes and keys right. "Use
/// SparkAdsErrors.Resolve" (<see cref="ResolveRewrite"/>), "Use SparkAdsErrors.TryParse" (<see cref="TryParseRewrite"/>),
/// "Use GetKey()" (<see cref="GetKeyRewrite"/>), "Use SparkAdsErrorKeys" (<see cref="KeyConstantRewrite"/>), each
/// replacing the reported node as the analyzer decided (<see cref="ConversionFixRequest"/>). Each diagnostic has one
/// action, and all share one equivalence key: Fix All fixes every diagnostic in one pass (a conversion inside another
/// included) and gives the text of fixing them one at a time.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCatalogLookupCodeFix)), Shared]
public sealed class UseCatalogLookupCodeFix : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ErrorCodeConvertedToEnum,
        DiagnosticIds.ErrorKeyParsedAsMemberName,
        DiagnosticIds.MemberNameUsedAsKey);

    /// <summary>Every diagnostic given (those of the Fix All's IDs in its scope), each with its own rewrite, in one pass per document.</summary>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) => (Document?)await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            // Enum.TryParse(typeof(…), key, out object) and a few nullable forms: no rewrite compiles, so none is offered.
            if (ConversionFixRequest.From(diagnostic) is not { } request)
            {
                continue;
            }

            var document = context.Document;
            context.RegisterCodeFix(
                CodeAction.Create(request.Title, cancellationToken => FixAsync(document, ImmutableArray.Create(diagnostic), cancellationToken), ConversionFixRequest.EquivalenceKey),
                diagnostic);
        }

        return Task.CompletedTask;
    }

    internal static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        var requests = new Dictionary<SyntaxNode, ConversionFixRequest?>();
        foreach (var diagnostic in diagnostics)
        {
            if (ConversionFixRequest.From(diagnostic) is { } request
                && root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is ExpressionSyntax node
                && node.Span == diagnostic.Location.SourceSpan)
            {
                requests[node] = request;

                // A cast needed parentheses to be called on (((SparkAdsError)code).GetMessage()); the call that replaces it does not.
                if (node is CastExpressionSyntax && node.Parent is ParenthesizedExpressionSyntax parentheses && !requests.ContainsKey(parentheses))
                {
                    requests[parentheses] = null;
                }
            }
        }

        if (requests.Count == 0)
        {
            return document;
        }

        // Innermost first: a conversion inside another (a cast in the receiver of ToString()) is rewritten in place,
        // and the outer rewrite reads the node it is given.
        var fixedRoot = root.ReplaceNodes(requests.Keys, (original, current) => requests[original] is { } request
            ? Rewrite((ExpressionSyntax)original, (ExpressionSyntax)current, request) ?? current
            : current is ParenthesizedExpressionSyntax { Expression: var inner } && ConversionSyntaxTemplate.NeedsNoParentheses(inner) ? inner.WithTriviaFrom(current) : current);
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static ExpressionSyntax? Rewrite(ExpressionSyntax original, ExpressionSyntax current, ConversionFixRequest request)
        => request.Conversion switch
        {
            DiagnosticPropertyNames.ConversionResolveCode or DiagnosticPropertyNames.ConversionResolveKey => ResolveRewrite.Apply(original, current, request),
            DiagnosticPropertyNames.ConversionTryParse => TryParseRewrite.Apply(current, request),
            DiagnosticPropertyNames.ConversionGetKey => GetKeyRewrite.Apply(original, current, request),
            DiagnosticPropertyNames.ConversionKeyConstant => KeyConstantRewrite.Apply(current, request),
            _ => null,
        };
}
