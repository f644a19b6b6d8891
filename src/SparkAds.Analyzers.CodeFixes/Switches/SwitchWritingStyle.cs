using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SparkAds.Analyzers.CodeFixes.Switches;

/// <summary>How the switch around the new cases is written, so they read like its own: indentation and qualification.</summary>
internal static class SwitchWritingStyle
{
    /// <summary>
    /// How the switch's own labels qualify a member of the generated type <paramref name="typeName"/>: the text before
    /// the member (<c>E</c>, <c>SparkAdsError</c>, <c>SparkAds.SparkAdsError</c>), empty for a bare member under
    /// <c>using static</c>; null when no label names one (the fix then writes a full name for the simplifier).
    /// </summary>
    public static string? QualifierOf(SyntaxNode switchNode, string typeName, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var node in Labels(switchNode).SelectMany(static l => l.DescendantNodesAndSelf()))
        {
            if (node is not (MemberAccessExpressionSyntax or IdentifierNameSyntax) || node.Parent is MemberAccessExpressionSyntax { Name: var name } && name == node)
            {
                continue;
            }

            if (model.GetSymbolInfo(node, cancellationToken).Symbol is IFieldSymbol { ContainingType: { } type } && type.Name == typeName)
            {
                return node is MemberAccessExpressionSyntax access ? access.Expression.WithoutTrivia().ToString() : string.Empty;
            }
        }

        return null;
    }

    /// <summary>The whitespace that starts the line of <paramref name="token"/>, or <paramref name="fallback"/> when it does not start a line.</summary>
    public static string IndentOf(SyntaxToken token, string fallback)
    {
        var previous = token.GetPreviousToken();
        var startsLine = previous == default || previous.TrailingTrivia.Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia))
                         || token.LeadingTrivia.Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        if (!startsLine)
        {
            return fallback;
        }

        var leading = token.LeadingTrivia;
        var last = leading.Count > 0 ? leading[leading.Count - 1] : default;
        return last.IsKind(SyntaxKind.WhitespaceTrivia) ? last.ToString() : string.Empty;
    }

    private static IEnumerable<SyntaxNode> Labels(SyntaxNode switchNode)
        => switchNode switch
        {
            SwitchStatementSyntax statement => statement.Sections.SelectMany(static s => s.Labels).Cast<SyntaxNode>(),
            SwitchExpressionSyntax expression => expression.Arms.Select(static a => (SyntaxNode)a.Pattern),
            _ => Enumerable.Empty<SyntaxNode>(),
        };
}
