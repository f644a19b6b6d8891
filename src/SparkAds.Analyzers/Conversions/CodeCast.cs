using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Diagnostics;

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
    public static void AnalyzeCast(SyntaxNodeAnalysisContext context, ConversionScope scope)
    {
        var cast = (CastExpressionSyntax)context.Node;
        // A cast to a keyword, generic or array type, or to a name that is neither SparkAdsError nor an alias, or of
        // anything but a literal or a name, is over before anything is bound.
        if (ConversionSyntax.TypeName(cast.Type) is not { } typeName
            || !ValueMeaning.MayBeCode(ConversionSyntax.LookThrough(cast.Expression))
            || !scope.MayNameErrorEnum(typeName))
        {
            return;
        }

        var model = context.SemanticModel;
        var target = model.GetTypeInfo(cast.Type, context.CancellationToken).Type;
        if (scope.CatalogOf(target) is not { } catalog
            || !ValueMeaning.IsCode(cast.Expression, catalog.Errors, model, context.CancellationToken, out var code))
        {
            return;
        }

        var direct = ConversionSyntax.WithoutParentheses(cast.Expression);
        var report = new ConversionReport(DiagnosticPropertyNames.ConversionResolveCode)
            .WithQualifier(model, cast, (INamedTypeSymbol)ConversionScope.Unwrap(target)!, GeneratedNames.ErrorsClass, context.CancellationToken)
            .With(DiagnosticPropertyNames.CodeCast, ValueMeaning.CodeCastFor(model.GetTypeInfo(direct, context.CancellationToken).Type))
            .With(DiagnosticPropertyNames.Keep, ConversionScope.IsNullable(target) ? DiagnosticPropertyNames.KeepNullable : null);
        context.ReportDiagnostic(report.Create(DiagnosticDescriptors.ErrorCodeConvertedToEnum, cast, ConversionReport.TextOf(code)));
    }

    /// <summary><c>Enum.ToObject(typeof(SparkAdsError), code)</c>: the call is known by name and receiver before anything is bound.</summary>
    public static void AnalyzeToObject(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, ConversionScope scope)
    {
        if (!ConversionSyntax.IsCalledOnEnum(invocation)
            || invocation.ArgumentList.Arguments is not { Count: 2 } arguments
            || arguments[0] is not { NameColon: null, Expression: TypeOfExpressionSyntax typeOf }
            || arguments[1] is not { NameColon: null } valueArgument
            || ConversionSyntax.TypeName(typeOf.Type) is not { } typeName
            || !ValueMeaning.MayBeCode(ConversionSyntax.LookThrough(valueArgument.Expression))
            || !scope.MayNameErrorEnum(typeName))
        {
            return;
        }

        var model = context.SemanticModel;
        if (model.GetSymbolInfo(invocation, context.CancellationToken).Symbol is not IMethodSymbol { Name: ConversionSyntax.ToObjectMethod, ContainingType.SpecialType: SpecialType.System_Enum }
            || model.GetTypeInfo(typeOf.Type, context.CancellationToken).Type is not INamedTypeSymbol errorEnum
            || scope.CatalogOfEnum(errorEnum) is not { } catalog
            || !ValueMeaning.IsCode(valueArgument.Expression, catalog.Errors, model, context.CancellationToken, out var code))
        {
            return;
        }

        var (node, keep) = ConvertedResult.Of(invocation, errorEnum, model, context.CancellationToken);
        var report = new ConversionReport(DiagnosticPropertyNames.ConversionResolveCode)
            .WithQualifier(model, node, errorEnum, GeneratedNames.ErrorsClass, context.CancellationToken)
            .WithArgument(1)
            .With(DiagnosticPropertyNames.CodeCast, ValueMeaning.CodeCastFor(model.GetTypeInfo(ConversionSyntax.WithoutParentheses(valueArgument.Expression), context.CancellationToken).Type))
            .With(DiagnosticPropertyNames.Keep, keep);
        context.ReportDiagnostic(report.Create(DiagnosticDescriptors.ErrorCodeConvertedToEnum, node, ConversionReport.TextOf(code)));
    }
}
