using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// Where an <c>object</c>-returning conversion (<c>Enum.ToObject</c>, <c>Enum.Parse(Type, …)</c>) ends: at the cast
/// around it to the same <c>SparkAdsError</c> (or <c>SparkAdsError?</c>), which the fix replaces with it, or at the
/// call itself, whose <c>object</c> the replacement keeps.
/// </summary>
internal static class ConvertedResult
{
    /// <summary>The node to report and replace, and what the replacement is cast to keep the expression's type.</summary>
    public static (ExpressionSyntax Node, ResultCast ResultCast) Of(InvocationExpressionSyntax invocation, INamedTypeSymbol errorEnum, SemanticModel model, CancellationToken cancellationToken)
    {
        ExpressionSyntax outer = invocation;
        while (outer.Parent is ParenthesizedExpressionSyntax parenthesized)
        {
            outer = parenthesized;
        }

        if (outer.Parent is CastExpressionSyntax cast && cast.Expression == outer)
        {
            var target = model.GetTypeInfo(cast.Type, cancellationToken).Type;
            if (SymbolEqualityComparer.Default.Equals(target, errorEnum))
            {
                return (cast, ResultCast.None);
            }

            if (ConversionScope.IsNullable(target) && SymbolEqualityComparer.Default.Equals(ConversionScope.Unwrap(target), errorEnum))
            {
                return (cast, ResultCast.ReportedCast);
            }
        }

        return (invocation, ResultCast.Object);
    }
}
