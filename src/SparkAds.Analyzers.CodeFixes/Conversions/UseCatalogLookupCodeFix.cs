using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Conversions;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.CodeFixes.Conversions;

/// <summary>
/// The fixes of SPARK005–SPARK007: the generated API that converts TikTok codes and keys right. "Use
/// SparkAdsErrors.Resolve" (<see cref="ResolveRewrite"/>), "Use SparkAdsErrors.TryParse" (<see cref="TryParseRewrite"/>),
/// "Use GetKey()" (<see cref="GetKeyRewrite"/>), "Use SparkAdsErrorKeys" (<see cref="KeyConstantRewrite"/>), each
/// replacing the reported node with what the rule's own reading of it decides when the fix is asked
/// (<see cref="ConversionFinding.Fix"/>). Each diagnostic has one action, and all share one equivalence key: Fix All
/// fixes every diagnostic in one pass (a conversion inside another included) and gives the text of fixing them one at a
/// time.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseCatalogLookupCodeFix)), Shared]
public sealed class UseCatalogLookupCodeFix : CodeFixProvider
{
    private const string ResolveTitle = "Use SparkAdsErrors.Resolve";
    private const string TryParseTitle = "Use SparkAdsErrors.TryParse";
    private const string GetKeyTitle = "Use GetKey()";
    private const string KeyConstantTitle = "Use SparkAdsErrorKeys";

    /// <summary>
    /// The equivalence key of every action of these fixes. Each diagnostic has exactly one fix (no choice to carry over),
    /// so Fix All fixes every SPARK005–SPARK007 diagnostic it is given, each with its own rewrite: in the IDE, and in
    /// <c>dotnet format</c>, which fixes one ID at a time with the equivalence key of whichever diagnostic it saw first.
    /// </summary>
    internal const string EquivalenceKey = "SparkAds.UseCatalogLookups";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.ErrorCodeConvertedToEnum,
        DiagnosticIds.ErrorKeyParsedAsMemberName,
        DiagnosticIds.MemberNameUsedAsKey);

    /// <summary>Every diagnostic given (those of the Fix All's IDs in its scope), each with its own rewrite, in one pass per document.</summary>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create(static async (context, document, diagnostics) => (Document?)await FixAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        if (await ReaderAsync(document, context.CancellationToken).ConfigureAwait(false) is not { } reader)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            // Enum.TryParse(typeof(…), key, out object) and a few nullable forms: no rewrite compiles, so none is offered.
            if (reader.FixAt(diagnostic) is not { Fix: var fix })
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(TitleOf(fix.Rewrite), cancellationToken => FixAsync(document, ImmutableArray.Create(diagnostic), cancellationToken), EquivalenceKey),
                diagnostic);
        }
    }

    internal static async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await ReaderAsync(document, cancellationToken).ConfigureAwait(false) is not { } reader)
        {
            return document;
        }

        var fixes = new Dictionary<SyntaxNode, ConversionFix?>();
        foreach (var diagnostic in diagnostics)
        {
            if (reader.FixAt(diagnostic) is { Node: var node, Fix: var fix })
            {
                fixes[node] = fix;

                // A cast needed parentheses to be called on (((SparkAdsError)code).GetMessage()); the call that replaces it does not.
                if (node is CastExpressionSyntax && node.Parent is ParenthesizedExpressionSyntax parentheses && !fixes.ContainsKey(parentheses))
                {
                    fixes[parentheses] = null;
                }
            }
        }

        if (fixes.Count == 0)
        {
            return document;
        }

        // Innermost first: a conversion inside another (a cast in the receiver of ToString()) is rewritten in place,
        // and the outer rewrite reads the node it is given.
        var fixedRoot = reader.Root.ReplaceNodes(fixes.Keys, (original, current) => fixes[original] is { } fix
            ? Rewrite((ExpressionSyntax)original, (ExpressionSyntax)current, fix) ?? current
            : current is ParenthesizedExpressionSyntax { Expression: var inner } && ConversionSyntaxTemplate.NeedsNoParentheses(inner) ? inner.WithTriviaFrom(current) : current);
        return document.WithSyntaxRoot(fixedRoot);
    }

    private static string TitleOf(ConversionRewrite rewrite)
        => rewrite switch
        {
            ConversionRewrite.TryParse => TryParseTitle,
            ConversionRewrite.GetKey => GetKeyTitle,
            ConversionRewrite.KeyConstant => KeyConstantTitle,
            _ => ResolveTitle,
        };

    private static ExpressionSyntax? Rewrite(ExpressionSyntax original, ExpressionSyntax current, ConversionFix fix)
        => fix.Rewrite switch
        {
            ConversionRewrite.ResolveCode or ConversionRewrite.ResolveKey => ResolveRewrite.Apply(original, current, fix),
            ConversionRewrite.TryParse => TryParseRewrite.Apply(current, fix),
            ConversionRewrite.GetKey => GetKeyRewrite.Apply(original, current, fix),
            _ => KeyConstantRewrite.Apply(current, fix),
        };

    /// <summary>The document read as the analyzer reads its compilation: root, model and the rules' scope (<see cref="ConversionScope"/>).</summary>
    private static async Task<DocumentReader?> ReaderAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is not null && model is not null && ConversionScope.Create(model.Compilation, document.Project.AnalyzerOptions, cancellationToken) is { } scope
            ? new DocumentReader(root, model, scope, cancellationToken)
            : null;
    }

    private sealed class DocumentReader(SyntaxNode root, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        public SyntaxNode Root { get; } = root;

        /// <summary>
        /// The reported node of <paramref name="diagnostic"/> and what its fix writes, decided by the analyzer's own reading
        /// (<see cref="ErrorConversionAnalyzer.Find"/>) of the casts and calls at and inside that node; null when none
        /// reports this diagnostic there or no rewrite compiles.
        /// </summary>
        public (ExpressionSyntax Node, ConversionFix Fix)? FixAt(Diagnostic diagnostic)
        {
            var span = diagnostic.Location.SourceSpan;
            if (Root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax node || node.Span != span)
            {
                return null;
            }

            foreach (var candidate in node.DescendantNodesAndSelf())
            {
                if (candidate is (CastExpressionSyntax or InvocationExpressionSyntax)
                    && ErrorConversionAnalyzer.Find(candidate, model, scope, cancellationToken) is { } finding
                    && finding.Node == node
                    && finding.Descriptor.Id == diagnostic.Id)
                {
                    return finding.Fix() is { } fix ? (node, fix) : null;
                }
            }

            return null;
        }
    }
}
