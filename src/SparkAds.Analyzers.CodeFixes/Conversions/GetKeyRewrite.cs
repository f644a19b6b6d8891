using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Conversions;
using SparkAds.Analyzers.GeneratedApi;
using static SparkAds.Analyzers.CodeFixes.Conversions.ConversionSyntaxTemplate;

namespace SparkAds.Analyzers.CodeFixes.Conversions;

/// <summary>
/// SPARK007 <c>ToString()</c> and <c>Enum.GetName</c>: the key instead of the name, in the form the analyzer chose
/// (<see cref="GetKeyForm"/>): <c>error.GetKey()</c> and <c>error?.GetKey()</c> where the
/// extension is in scope; <c>(error?.GetKey() ?? "")</c> for a <c>SparkAdsError?</c>, which gives <c>""</c> for null as
/// <c>ToString()</c> did; <c>SparkAdsErrorExtensions.GetKey(error)</c> where the extension is not in scope.
/// </summary>
internal static class GetKeyRewrite
{
    public static ExpressionSyntax? Apply(ExpressionSyntax original, ExpressionSyntax current, ConversionFix fix)
    {
        switch (fix.GetKeyForm)
        {
            case GetKeyForm.Rename:
                return Rename(current);

            case GetKeyForm.NullableReceiver when Receiver(current) is { } receiver:
                return FitInto(original, Fill(Hole(0) + "?." + GeneratedNames.GetKeyMethod + "() ?? \"\"", AsPrimary(receiver))).WithTriviaFrom(current);

            case GetKeyForm.Call when Value(current, fix) is { } value:
                return Fill(Hole(0) + "." + GeneratedNames.GetKeyMethod + "()", AsPrimary(value)).WithTriviaFrom(current);

            case GetKeyForm.NullableCall when Value(current, fix) is { } value:
                return FitInto(original, Fill(Hole(0) + "?." + GeneratedNames.GetKeyMethod + "()", AsPrimary(value))).WithTriviaFrom(current);

            case GetKeyForm.Static when (fix.ValueArgument is null ? Receiver(current) : Value(current, fix)) is { } value:
                return Fill(Member(fix.Qualifier, GeneratedNames.ExtensionsClass, GeneratedNames.GetKeyMethod) + "(" + Hole(0) + ")", value).WithTriviaFrom(current);

            default:
                return null;
        }
    }

    /// <summary><c>ToString</c> renamed <c>GetKey</c> in the call, which is the node itself or the end of its <c>?.</c> chain.</summary>
    private static ExpressionSyntax? Rename(ExpressionSyntax current)
    {
        var call = current;
        while (call is ConditionalAccessExpressionSyntax conditional)
        {
            call = conditional.WhenNotNull;
        }

        if (call is not InvocationExpressionSyntax invocation)
        {
            return null;
        }

        var getKey = SyntaxFactory.IdentifierName(GeneratedNames.GetKeyMethod);
        ExpressionSyntax? renamed = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(getKey.WithTriviaFrom(access.Name)),
            MemberBindingExpressionSyntax binding => binding.WithName(getKey.WithTriviaFrom(binding.Name)),
            _ => null,
        };
        return renamed is null ? null : current.ReplaceNode(invocation, invocation.WithExpression(renamed));
    }

    /// <summary>The receiver of <c>receiver.ToString()</c>.</summary>
    private static ExpressionSyntax? Receiver(ExpressionSyntax current)
        => current is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } ? access.Expression.WithoutTrivia() : null;

    /// <summary>The error passed to <c>Enum.GetName</c>, without the <c>!</c> its <c>object</c> parameter may have asked for.</summary>
    private static ExpressionSyntax? Value(ExpressionSyntax current, ConversionFix fix)
    {
        var value = fix.ValueArgument is { } index ? ResolveRewrite.ArgumentOf(current as InvocationExpressionSyntax, index)?.WithoutTrivia() : null;
        return value is PostfixUnaryExpressionSyntax suppressed && suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) ? suppressed.Operand.WithoutTrivia() : value;
    }
}
