using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// SPARK007: a <c>SparkAdsError</c> member name used as a TikTok key (<see cref="KeyContext"/>). A member name is
/// <c>error.ToString()</c> (also <c>error?.ToString()</c>, and on a <c>SparkAdsError?</c>), <c>Enum.GetName(typeof(SparkAdsError), error)</c>,
/// <c>Enum.GetName&lt;SparkAdsError&gt;(error)</c>, <c>Enum.GetName(error)</c> and <c>nameof(SparkAdsError.X)</c>. The
/// place of the value is read from syntax first; the value's type is bound only where it could be a key. The fix:
/// <c>GetKey()</c>, or the <c>SparkAdsErrorKeys</c> constant for <c>nameof</c>.
/// </summary>
internal static class NameAsKey
{
    private const string ValueParameter = "value";

    /// <summary><c>value.ToString()</c> with no argument.</summary>
    public static ConversionFinding? FindToString(InvocationExpressionSyntax invocation, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        if (invocation.ArgumentList.Arguments.Count != 0 || invocation.Expression is not (MemberAccessExpressionSyntax or MemberBindingExpressionSyntax))
        {
            return null;
        }

        ExpressionSyntax value = invocation;
        while (value.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == value)
        {
            value = conditional;
        }

        if (!KeyContext.MayBeUsedAsKey(value, scope))
        {
            return null;
        }

        // The receiver as ToString sees it: `error` of error.ToString(), `error` of error?.ToString() (lifted: the
        // enum itself), the `.Error` binding of response?.Error.ToString().
        var receiver = invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : (value as ConditionalAccessExpressionSyntax)?.Expression;
        var receiverType = receiver is null ? null : model.GetTypeInfo(receiver, cancellationToken).Type;
        if (scope.CatalogOf(receiverType) is not { } catalog || KeyContext.Find(value, catalog.Errors, scope, model, cancellationToken) is not { } use)
        {
            return null;
        }

        return Finding(value, use, "GetKey()", () =>
        {
            var errorEnum = (INamedTypeSymbol)ConversionScope.Unwrap(receiverType)!;
            var inScope = IsGetKeyInScope(model, invocation.SpanStart, errorEnum, cancellationToken);
            GetKeyForm? form;
            if (invocation.Expression is MemberBindingExpressionSyntax)
            {
                // error?.ToString(): the binding's receiver is the enum itself.
                form = inScope ? GetKeyForm.Rename : null;
            }
            else if (!ConversionScope.IsNullable(receiverType))
            {
                form = inScope ? GetKeyForm.Rename : GetKeyForm.Static;
            }
            else
            {
                // A SparkAdsError? outside ?. : ToString() gives "" for null, and so does the fix.
                form = inScope && value == invocation ? GetKeyForm.NullableReceiver : null;
            }

            return GetKey(form, model, value, errorEnum, cancellationToken);
        });
    }

    /// <summary><c>Enum.GetName(typeof(SparkAdsError), error)</c>, <c>Enum.GetName&lt;SparkAdsError&gt;(error)</c>, <c>Enum.GetName(error)</c>.</summary>
    public static ConversionFinding? FindGetName(InvocationExpressionSyntax invocation, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        if (!ConversionSyntax.IsCalledOnEnum(invocation) || invocation.ArgumentList.Arguments.Count is not (1 or 2) || !KeyContext.MayBeUsedAsKey(invocation, scope))
        {
            return null;
        }

        var arguments = invocation.ArgumentList.Arguments;
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: ConversionSyntax.GetNameMethod, ContainingType.SpecialType: SpecialType.System_Enum } method
            || KeyParse.ArgumentIndex(arguments, method.Parameters, ValueParameter) is not (>= 0 and var index))
        {
            return null;
        }

        // The error itself, before its conversion to GetName's object parameter.
        var valueType = model.GetTypeInfo(arguments[index].Expression, cancellationToken).Type;
        if (scope.CatalogOf(valueType) is not { } catalog || KeyContext.Find(invocation, catalog.Errors, scope, model, cancellationToken) is not { } use)
        {
            return null;
        }

        return Finding(invocation, use, "GetKey()", () =>
        {
            var nullable = ConversionScope.IsNullable(valueType);
            var errorEnum = (INamedTypeSymbol)ConversionScope.Unwrap(valueType)!;
            GetKeyForm? form = IsGetKeyInScope(model, invocation.SpanStart, errorEnum, cancellationToken)
                ? nullable ? GetKeyForm.NullableCall : GetKeyForm.Call
                : nullable ? null : GetKeyForm.Static;
            return GetKey(form, model, invocation, errorEnum, cancellationToken) is { } fix ? fix with { ValueArgument = index } : null;
        });
    }

    /// <summary><c>nameof(SparkAdsError.X)</c>.</summary>
    public static ConversionFinding? FindNameOf(InvocationExpressionSyntax invocation, SemanticModel model, ConversionScope scope, CancellationToken cancellationToken)
    {
        if (invocation.Expression is not IdentifierNameSyntax
            || invocation.ArgumentList.Arguments is not { Count: 1 } arguments
            || arguments[0].Expression is not MemberAccessExpressionSyntax { Expression: var owner } member
            || !KeyContext.MayBeUsedAsKey(invocation, scope)
            || ConversionSyntax.LastIdentifier(owner) is not { } ownerName
            || !scope.MayNameErrorEnum(ownerName))
        {
            return null;
        }

        // A real nameof is a constant (a method of the same name would be a call).
        if (model.GetConstantValue(invocation, cancellationToken).Value is not string
            || model.GetSymbolInfo(member, cancellationToken).Symbol is not IFieldSymbol { HasConstantValue: true, ContainingType: var errorEnum } field
            || scope.CatalogOfEnum(errorEnum) is not { } catalog
            || KeyContext.Find(invocation, catalog.Errors, scope, model, cancellationToken) is not { } use)
        {
            return null;
        }

        // The key of the member, and the constant that holds it: none for Unknown, and a retired one is [Obsolete].
        var errors = catalog.Errors;
        var position = OperationConstants.AsInteger(field.ConstantValue) is { } value ? errors.PositionOfEnumValue(value) : -1;
        var key = position < 0 ? GeneratedNames.UnknownKey : errors.KeyAt(position);
        var keyMember = position < 0 || errors.IsRetired(position) || !HasKeyConstant(catalog.Types.ErrorKeys, field.Name) ? null : field.Name;
        var suggestion = keyMember is null ? SymbolDisplay.FormatLiteral(key, quote: true) : GeneratedNames.KeysClass + "." + keyMember;
        return Finding(invocation, use, suggestion, () => new ConversionFix(ConversionRewrite.KeyConstant)
        {
            Qualifier = keyMember is null ? string.Empty : GeneratedNameQualifier.Of(model, invocation.SpanStart, errorEnum, GeneratedNames.KeysClass, cancellationToken),
            KeyMember = keyMember,
            KeyText = key,
        });
    }

    private static ConversionFinding Finding(ExpressionSyntax value, KeyUse use, string suggestion, System.Func<ConversionFix?> fix)
        => new(
            DiagnosticDescriptors.MemberNameUsedAsKey,
            value,
            [ConversionFinding.TextOf(value), use == KeyUse.ComparedWith ? "compared with" : "used as", suggestion],
            fix);

    /// <summary>The <c>GetKey()</c> rewrite in <paramref name="form"/> (none: no rewrite compiles), qualified where it names the extensions' class.</summary>
    private static ConversionFix? GetKey(GetKeyForm? form, SemanticModel model, SyntaxNode at, INamedTypeSymbol errorEnum, CancellationToken cancellationToken)
        => form is { } getKeyForm
            ? new ConversionFix(ConversionRewrite.GetKey)
            {
                GetKeyForm = getKeyForm,
                Qualifier = getKeyForm == GetKeyForm.Static ? GeneratedNameQualifier.Of(model, at.SpanStart, errorEnum, GeneratedNames.ExtensionsClass, cancellationToken) : string.Empty,
            }
            : null;

    /// <summary>Whether <c>error.GetKey()</c> binds where the value is: the generated extensions' namespace is in scope.</summary>
    private static bool IsGetKeyInScope(SemanticModel model, int position, INamedTypeSymbol errorEnum, CancellationToken cancellationToken)
    {
        foreach (var symbol in model.LookupSymbols(position, errorEnum, GeneratedNames.GetKeyMethod, includeReducedExtensionMethods: true))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (symbol is IMethodSymbol { ReducedFrom.ContainingType.Name: GeneratedNames.ExtensionsClass })
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasKeyConstant(INamedTypeSymbol? keys, string name)
    {
        if (keys is null)
        {
            return false;
        }

        foreach (var member in keys.GetMembers(name))
        {
            if (member is IFieldSymbol { IsConst: true, Type.SpecialType: SpecialType.System_String })
            {
                return true;
            }
        }

        return false;
    }
}
