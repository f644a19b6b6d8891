using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SparkAds.Analyzers.CodeFixes;

/// <summary>Where new cases go and how the switch around them is laid out.</summary>
internal static class SwitchSyntaxFacts
{
    /// <summary>A pattern that matches without naming a value: <c>_</c>, <c>var x</c>, <c>T x</c>, <c>not null</c>, <c>{ }</c>.</summary>
    public static bool IsCatchAll(PatternSyntax pattern)
        => pattern switch
        {
            DiscardPatternSyntax or VarPatternSyntax or DeclarationPatternSyntax => true,
            UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: LiteralExpressionSyntax literal } } => literal.IsKind(SyntaxKind.NullLiteralExpression),
            RecursivePatternSyntax recursive => recursive.PositionalPatternClause is null && recursive.PropertyPatternClause is { Subpatterns.Count: 0 },
            ParenthesizedPatternSyntax parenthesized => IsCatchAll(parenthesized.Pattern),
            _ => false,
        };

    /// <summary>Index of the section holding <c>default:</c> or an unguarded catch-all; the section count when there is none.</summary>
    public static int FallbackIndex(SwitchStatementSyntax statement)
    {
        for (var i = 0; i < statement.Sections.Count; i++)
        {
            if (statement.Sections[i].Labels.Any(static label => label is DefaultSwitchLabelSyntax
                    || (label is CasePatternSwitchLabelSyntax { WhenClause: null } pattern && IsCatchAll(pattern.Pattern))))
            {
                return i;
            }
        }

        return statement.Sections.Count;
    }

    /// <summary>Index of the first unguarded catch-all arm; the arm count when there is none.</summary>
    public static int FallbackIndex(SwitchExpressionSyntax expression)
    {
        for (var i = 0; i < expression.Arms.Count; i++)
        {
            if (expression.Arms[i] is { WhenClause: null } arm && IsCatchAll(arm.Pattern))
            {
                return i;
            }
        }

        return expression.Arms.Count;
    }

    public static bool HasStringLiteralLabels(SyntaxNode switchNode)
    {
        var labels = switchNode switch
        {
            SwitchStatementSyntax statement => statement.Sections.SelectMany(static s => s.Labels).Cast<SyntaxNode>(),
            SwitchExpressionSyntax expression => expression.Arms.Select(static a => (SyntaxNode)a.Pattern),
            _ => Enumerable.Empty<SyntaxNode>(),
        };
        return labels.SelectMany(static l => l.DescendantNodesAndSelf()).Any(static n => n.IsKind(SyntaxKind.StringLiteralExpression));
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
}
