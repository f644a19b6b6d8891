using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// SPARK005: a TikTok error code converted to <c>SparkAdsError</c>, by a cast to <c>SparkAdsError</c> or
/// <c>SparkAdsError?</c> (also through an alias) or by <c>Enum.ToObject(typeof(SparkAdsError), code)</c> (any overload,
/// reported at the cast around it when there is one). What a code is: <see cref="ValueMeaning"/>. The fix:
/// <c>SparkAdsErrors.Resolve(null, code)</c>.
/// </summary>
internal static class CodeCast
{
    /// <summary>A cast: its type's name as written and its operand's shape are read before anything is bound.</summary>
    public static ConversionFinding? FindCast(CastExpressionSyntax cast, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        // A cast to a keyword, generic or array type, or to a name that is neither SparkAdsError nor an alias, or of
        // anything but a literal or a name, is over before anything is bound.
        if (ConversionSyntax.TypeName(cast.Type) is not { } typeName
            || !ValueMeaning.MayBeCode(ConversionSyntax.LookThrough(cast.Expression))
            || !scope.MayNameErrorEnum(typeName))
        {
            return null;
        }

        var target = model.GetTypeInfo(cast.Type, cancellationToken).Type;
        if (scope.CatalogOf(target) is not { } catalog
            || !ValueMeaning.IsCode(cast.Expression, catalog.Errors, model, cancellationToken, out var code))
        {
            return null;
        }

        return new ConversionFinding(DiagnosticDescriptors.ErrorCodeConvertedToEnum, cast, [ConversionFinding.TextOf(code)], () => new ConversionFix(ConversionRewrite.ResolveCode)
        {
            Qualifier = GeneratedNameQualifier.Of(model, cast.SpanStart, (INamedTypeSymbol)ConversionScope.Unwrap(target)!, GeneratedNames.ErrorsClass, cancellationToken),
            CodeCast = ValueMeaning.CodeCastFor(model.GetTypeInfo(ConversionSyntax.WithoutParentheses(cast.Expression), cancellationToken).Type),
            ResultCast = ConversionScope.IsNullable(target) ? ResultCast.ReportedCast : ResultCast.None,
        });
    }

    /// <summary><c>Enum.ToObject(typeof(SparkAdsError), code)</c>: the call is known by name and receiver before anything is bound.</summary>
    public static ConversionFinding? FindToObject(InvocationExpressionSyntax invocation, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        if (!ConversionSyntax.IsCalledOnEnum(invocation)
            || invocation.ArgumentList.Arguments is not { Count: 2 } arguments
            || arguments[0] is not { NameColon: null, Expression: TypeOfExpressionSyntax typeOf }
            || arguments[1] is not { NameColon: null } valueArgument
            || ConversionSyntax.TypeName(typeOf.Type) is not { } typeName
            || !ValueMeaning.MayBeCode(ConversionSyntax.LookThrough(valueArgument.Expression))
            || !scope.MayNameErrorEnum(typeName))
        {
            return null;
        }

        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: ConversionSyntax.ToObjectMethod, ContainingType.SpecialType: SpecialType.System_Enum }
            || model.GetTypeInfo(typeOf.Type, cancellationToken).Type is not INamedTypeSymbol errorEnum
            || scope.CatalogOfEnum(errorEnum) is not { } catalog
            || !ValueMeaning.IsCode(valueArgument.Expression, catalog.Errors, model, cancellationToken, out var code))
        {
            return null;
        }

        var (node, resultCast) = ConvertedResult.Of(invocation, errorEnum, model, cancellationToken);
        return new ConversionFinding(DiagnosticDescriptors.ErrorCodeConvertedToEnum, node, [ConversionFinding.TextOf(code)], () => new ConversionFix(ConversionRewrite.ResolveCode)
        {
            Qualifier = GeneratedNameQualifier.Of(model, node.SpanStart, errorEnum, GeneratedNames.ErrorsClass, cancellationToken),
            ValueArgument = 1,
            CodeCast = ValueMeaning.CodeCastFor(model.GetTypeInfo(ConversionSyntax.WithoutParentheses(valueArgument.Expression), cancellationToken).Type),
            ResultCast = resultCast,
        });
    }
}
