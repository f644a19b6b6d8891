using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Conversions;

namespace SparkAds.Analyzers.CodeFixes.Conversions;

/// <summary>
/// Builds the replacements: the fixed text is parsed (so it is spaced as C# is written) with holes (<see cref="Hole"/>)
/// where the user's own expressions go, as they are (so a rewrite inside another survives). Names of the generated API
/// are written with the qualifier that binds where the fix goes (<see cref="ConversionFix.Qualifier"/>): nothing is bound
/// or simplified here, so Fix All over a large file stays fast.
/// </summary>
internal static class ConversionSyntaxTemplate
{
    private const string HolePrefix = "__sparkAdsHole";

    /// <summary>The hole for the expression at <paramref name="index"/> of <see cref="Fill"/>'s holes.</summary>
    public static string Hole(int index) => HolePrefix + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><paramref name="text"/> parsed, each <see cref="Hole"/> replaced by the expression of that index in <paramref name="holes"/>.</summary>
    public static ExpressionSyntax Fill(string text, params ExpressionSyntax[] holes)
    {
        var parsed = SyntaxFactory.ParseExpression(text);
        return parsed.ReplaceNodes(
            parsed.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().Where(static name => name.Identifier.ValueText.StartsWith(HolePrefix, System.StringComparison.Ordinal)),
            (original, _) => holes[int.Parse(original.Identifier.ValueText.Substring(HolePrefix.Length), System.Globalization.CultureInfo.InvariantCulture)]);
    }

    /// <summary><c>{qualifier}{type}.{member}</c>, the text of a generated member for <see cref="Fill"/>.</summary>
    public static string Member(string qualifier, string type, string member) => qualifier + type + "." + member;

    /// <summary>
    /// <paramref name="expression"/> where a primary expression is needed (a receiver, the operand of a cast):
    /// parenthesized unless it is one already.
    /// </summary>
    public static ExpressionSyntax AsPrimary(ExpressionSyntax expression, bool castAllowed = false)
        => IsPrimary(expression) || expression.IsKind(SyntaxKind.SuppressNullableWarningExpression) || castAllowed && expression is CastExpressionSyntax
            ? expression
            : SyntaxFactory.ParenthesizedExpression(expression);

    /// <summary>Whether <paramref name="replacement"/> can stand without the parentheses a cast needed around it (<c>((E)code).M()</c>).</summary>
    public static bool NeedsNoParentheses(ExpressionSyntax replacement) => IsPrimary(replacement);

    /// <summary>
    /// <paramref name="replacement"/>, parenthesized when the place of <paramref name="original"/> would otherwise read it
    /// differently: a member access or call on it, or an operator that binds tighter than <c>??</c>.
    /// </summary>
    public static ExpressionSyntax FitInto(ExpressionSyntax original, ExpressionSyntax replacement)
    {
        if (IsPrimary(replacement))
        {
            return replacement;
        }

        var parent = original.Parent;
        if (replacement is ConditionalAccessExpressionSyntax)
        {
            // a?.b binds as tightly as a member access, but a member access on it would join the chain.
            return parent is MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ElementAccessExpressionSyntax or InvocationExpressionSyntax
                ? SyntaxFactory.ParenthesizedExpression(replacement)
                : replacement;
        }

        var operandOfPrimary = parent is MemberAccessExpressionSyntax access && access.Expression == original
                               || parent is ConditionalAccessExpressionSyntax conditional && conditional.Expression == original
                               || parent is ElementAccessExpressionSyntax element && element.Expression == original
                               || parent is InvocationExpressionSyntax invocation && invocation.Expression == original
                               || parent is PostfixUnaryExpressionSyntax;
        if (operandOfPrimary)
        {
            return SyntaxFactory.ParenthesizedExpression(replacement);
        }

        if (replacement is CastExpressionSyntax)
        {
            return replacement;
        }

        var takesAnyExpression = parent is ArgumentSyntax or EqualsValueClauseSyntax or ArrowExpressionClauseSyntax or ReturnStatementSyntax
                                     or ParenthesizedExpressionSyntax or InterpolationSyntax or ExpressionStatementSyntax or InitializerExpressionSyntax
                                     or AnonymousObjectMemberDeclaratorSyntax or YieldStatementSyntax
                                 || parent is SwitchStatementSyntax
                                 || parent is AssignmentExpressionSyntax assignment && assignment.Right == original
                                 || parent is ConditionalExpressionSyntax choice && choice.Condition != original;
        return takesAnyExpression ? replacement : SyntaxFactory.ParenthesizedExpression(replacement);
    }

    private static bool IsPrimary(ExpressionSyntax expression)
        => expression is IdentifierNameSyntax or GenericNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax
            or ElementAccessExpressionSyntax or LiteralExpressionSyntax or ParenthesizedExpressionSyntax or ThisExpressionSyntax
            or BaseExpressionSyntax or TypeOfExpressionSyntax or DefaultExpressionSyntax or CheckedExpressionSyntax
            or ObjectCreationExpressionSyntax or AliasQualifiedNameSyntax or QualifiedNameSyntax or PredefinedTypeSyntax;
}
