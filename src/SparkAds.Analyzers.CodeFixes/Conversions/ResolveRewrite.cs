using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Conversions;
using SparkAds.Analyzers.GeneratedApi;
using static SparkAds.Analyzers.CodeFixes.Conversions.ConversionSyntaxTemplate;

namespace SparkAds.Analyzers.CodeFixes.Conversions;

/// <summary>
/// SPARK005 and SPARK006 <c>Enum.Parse</c>: the whole conversion becomes <c>SparkAdsErrors.Resolve(null, code)</c> or
/// <c>SparkAdsErrors.Resolve(key, null)</c>. The code gets the cast the analyzer asked for (<c>(int)</c> for a
/// <c>long</c>, <c>(int?)</c> for a <c>long?</c>), a span key <c>.ToString()</c>; and where the expression's type was not
/// <c>SparkAdsError</c> the lookup is cast back to it: the reported cast's own <c>SparkAdsError?</c>, or <c>object</c>
/// (what <c>Enum.ToObject</c> returned), so the code around it compiles as before.
/// </summary>
internal static class ResolveRewrite
{
    public static ExpressionSyntax? Apply(ExpressionSyntax original, ExpressionSyntax current, ConversionFix fix)
    {
        ExpressionSyntax? value;
        TypeSyntax? keep = null;
        switch (current)
        {
            case CastExpressionSyntax cast:
                var operand = Unparenthesized(cast.Expression);
                value = fix.ValueArgument is { } index ? ArgumentOf(operand as InvocationExpressionSyntax, index) : operand;
                keep = fix.ResultCast == ResultCast.ReportedCast ? cast.Type.WithoutTrivia() : null;
                break;
            case InvocationExpressionSyntax invocation when fix.ValueArgument is { } argument:
                value = ArgumentOf(invocation, argument);
                keep = fix.ResultCast == ResultCast.Object ? SyntaxFactory.PredefinedType(SyntaxFactory.Token(SyntaxKind.ObjectKeyword)) : null;
                break;
            default:
                return null;
        }

        if (value is null)
        {
            return null;
        }

        value = value.WithoutTrivia();
        if (fix.CodeCast is { } castTo)
        {
            value = SyntaxFactory.CastExpression(SyntaxFactory.ParseTypeName(castTo), AsPrimary(value, castAllowed: true));
        }

        if (fix.KeyToString)
        {
            value = Fill(Hole(0) + ".ToString()", AsPrimary(value));
        }

        var resolve = Member(fix.Qualifier, GeneratedNames.ErrorsClass, GeneratedNames.ResolveMethod);
        var call = fix.Rewrite == ConversionRewrite.ResolveCode
            ? Fill(resolve + "(null, " + Hole(0) + ")", value)
            : Fill(resolve + "(" + Hole(0) + ", null)", value);
        var replacement = keep is null ? call : SyntaxFactory.CastExpression(keep, call);
        return FitInto(original, replacement).WithTriviaFrom(current);
    }

    internal static ExpressionSyntax? ArgumentOf(InvocationExpressionSyntax? invocation, int index)
        => invocation is not null && index < invocation.ArgumentList.Arguments.Count ? invocation.ArgumentList.Arguments[index].Expression : null;

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }
}
