using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// SPARK006: <c>Enum.Parse</c> or <c>Enum.TryParse</c> (generic, inferred, <c>typeof</c>; string or span) reading a
/// TikTok key into <c>SparkAdsError</c>. What a key is: <see cref="ValueMeaning"/>. The fix: the <c>Parse</c> forms become
/// <c>SparkAdsErrors.Resolve(key, null)</c> (the <c>typeof</c> form with the cast around it), the generic
/// <c>TryParse</c> forms <c>SparkAdsErrors.TryParse</c> with the same arguments. <c>Enum.TryParse(typeof(…), key, out
/// object)</c> has no fix: no lookup fills an <c>object</c>.
/// </summary>
internal static class KeyParse
{
    private const string ValueParameter = "value";
    private const string EnumTypeParameter = "enumType";

    public static ConversionFinding? Find(InvocationExpressionSyntax invocation, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        if (!ConversionSyntax.IsCalledOnEnum(invocation) || invocation.ArgumentList.Arguments.Count == 0 || !MayTargetErrorEnum(invocation, scope))
        {
            return null;
        }

        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { ContainingType.SpecialType: SpecialType.System_Enum } method
            || method.Name is not (ConversionSyntax.ParseMethod or ConversionSyntax.EnumTryParseMethod))
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        ITypeSymbol? target;
        if (method.IsGenericMethod)
        {
            target = method.TypeArguments[0];
        }
        else if (ArgumentIndex(arguments, method.Parameters, EnumTypeParameter) is var typeIndex and >= 0 && arguments[typeIndex].Expression is TypeOfExpressionSyntax typeOf)
        {
            target = model.GetTypeInfo(typeOf.Type, cancellationToken).Type;
        }
        else
        {
            return null;
        }

        var keyIndex = ArgumentIndex(arguments, method.Parameters, ValueParameter);
        if (keyIndex < 0 || target is not INamedTypeSymbol errorEnum || scope.CatalogOfEnum(errorEnum) is not { } catalog
            || !ValueMeaning.IsKey(arguments[keyIndex].Expression, catalog.Errors, scope, model, cancellationToken))
        {
            return null;
        }

        var isParse = method.Name == ConversionSyntax.ParseMethod;
        var (node, resultCast) = isParse && !method.IsGenericMethod ? ConvertedResult.Of(invocation, errorEnum, model, cancellationToken) : (invocation, ResultCast.None);
        object[] message =
        [
            ConversionFinding.TextOf(ValueMeaning.Underlying(arguments[keyIndex].Expression, model, cancellationToken) ?? arguments[keyIndex].Expression),
            method.Name,
            isParse ? "Resolve(key, null)" : "TryParse(key, out error)",
        ];

        // Enum.TryParse(typeof(SparkAdsError), key, out object? result): no lookup fills an object.
        if (!isParse && !method.IsGenericMethod)
        {
            return new ConversionFinding(DiagnosticDescriptors.ErrorKeyParsedAsMemberName, node, message, static () => null);
        }

        return new ConversionFinding(DiagnosticDescriptors.ErrorKeyParsedAsMemberName, node, message, () =>
        {
            var keyIsSpan = model.GetTypeInfo(arguments[keyIndex].Expression, cancellationToken).Type is { SpecialType: not SpecialType.System_String } keyType && ValueMeaning.IsText(keyType);
            return new ConversionFix(isParse ? ConversionRewrite.ResolveKey : ConversionRewrite.TryParse)
            {
                Qualifier = GeneratedNameQualifier.Of(model, node.SpanStart, errorEnum, GeneratedNames.ErrorsClass, cancellationToken),
                ValueArgument = keyIndex,
                ResultCast = resultCast,
                KeyToString = keyIsSpan && (isParse || !HasSpanTryParse(catalog.Types.Errors)),
            };
        });
    }

    /// <summary>
    /// Syntax only: whether the enum the call reads into can be <c>SparkAdsError</c>: its type argument or <c>typeof</c> is
    /// written so (or as an alias); an inferred <c>Enum.TryParse(key, out e)</c> can only be told by binding.
    /// </summary>
    private static bool MayTargetErrorEnum(InvocationExpressionSyntax invocation, ConversionScope scope)
    {
        var written = ((MemberAccessExpressionSyntax)invocation.Expression).Name switch
        {
            GenericNameSyntax { TypeArgumentList.Arguments: { Count: 1 } types } => types[0],
            _ => invocation.ArgumentList.Arguments[0].Expression is TypeOfExpressionSyntax typeOf ? typeOf.Type : null,
        };
        return written is null || ConversionSyntax.TypeName(written) is { } name && scope.MayNameErrorEnum(name);
    }

    /// <summary>The index of the argument that goes to <paramref name="parameter"/>, by name or position; -1 when none does.</summary>
    public static int ArgumentIndex(SeparatedSyntaxList<ArgumentSyntax> arguments, ImmutableArray<IParameterSymbol> parameters, string parameter)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].NameColon is { } named ? named.Name.Identifier.ValueText == parameter : i < parameters.Length && parameters[i].Name == parameter)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the generated lookups have the span overloads of <c>TryParse</c> (generated where the target has spans).</summary>
    private static bool HasSpanTryParse(INamedTypeSymbol? errors)
    {
        if (errors is null)
        {
            return false;
        }

        foreach (var member in errors.GetMembers(GeneratedNames.TryParseMethod))
        {
            if (member is IMethodSymbol { Parameters: { Length: > 0 } parameters } && parameters[0].Type is { SpecialType: not SpecialType.System_String } key && ValueMeaning.IsText(key))
            {
                return true;
            }
        }

        return false;
    }
}
