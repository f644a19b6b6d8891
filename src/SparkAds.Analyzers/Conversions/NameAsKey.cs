using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;

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
    public static void AnalyzeToString(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, ConversionScope scope)
    {
        if (invocation.ArgumentList.Arguments.Count != 0 || invocation.Expression is not (MemberAccessExpressionSyntax or MemberBindingExpressionSyntax))
        {
            return;
        }

        ExpressionSyntax value = invocation;
        while (value.Parent is ConditionalAccessExpressionSyntax conditional && conditional.WhenNotNull == value)
        {
            value = conditional;
        }

        if (!KeyContext.MayBeUsedAsKey(value, scope))
        {
            return;
        }

        // The receiver as ToString sees it: `error` of error.ToString(), `error` of error?.ToString() (lifted: the
        // enum itself), the `.Error` binding of response?.Error.ToString().
        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        var receiver = invocation.Expression is MemberAccessExpressionSyntax access ? access.Expression : (value as ConditionalAccessExpressionSyntax)?.Expression;
        var receiverType = receiver is null ? null : model.GetTypeInfo(receiver, cancellationToken).Type;
        if (scope.CatalogOf(receiverType) is not { } catalog || KeyContext.Find(value, catalog.Errors, scope, model, cancellationToken) is not { } use)
        {
            return;
        }

        var errorEnum = (INamedTypeSymbol)ConversionScope.Unwrap(receiverType)!;
        var inScope = IsGetKeyInScope(model, invocation.SpanStart, errorEnum, cancellationToken);
        string? form;
        if (invocation.Expression is MemberBindingExpressionSyntax)
        {
            // error?.ToString(): the binding's receiver is the enum itself.
            form = inScope ? DiagnosticPropertyNames.GetKeyFormRename : null;
        }
        else if (!ConversionScope.IsNullable(receiverType))
        {
            form = inScope ? DiagnosticPropertyNames.GetKeyFormRename : DiagnosticPropertyNames.GetKeyFormStatic;
        }
        else
        {
            // A SparkAdsError? outside ?. : ToString() gives "" for null, and so does the fix.
            form = inScope && value == invocation ? DiagnosticPropertyNames.GetKeyFormNullableReceiver : null;
        }

        var report = new ConversionReport(form is null ? null : DiagnosticPropertyNames.ConversionGetKey).With(DiagnosticPropertyNames.GetKeyForm, form);
        if (form == DiagnosticPropertyNames.GetKeyFormStatic)
        {
            report.WithQualifier(model, value, errorEnum, GeneratedNames.ExtensionsClass, cancellationToken);
        }

        Report(context, value, use, "GetKey()", report);
    }

    /// <summary><c>Enum.GetName(typeof(SparkAdsError), error)</c>, <c>Enum.GetName&lt;SparkAdsError&gt;(error)</c>, <c>Enum.GetName(error)</c>.</summary>
    public static void AnalyzeGetName(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, ConversionScope scope)
    {
        if (!ConversionSyntax.IsCalledOnEnum(invocation) || invocation.ArgumentList.Arguments.Count is not (1 or 2) || !KeyContext.MayBeUsedAsKey(invocation, scope))
        {
            return;
        }

        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        var arguments = invocation.ArgumentList.Arguments;
        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol { Name: ConversionSyntax.GetNameMethod, ContainingType.SpecialType: SpecialType.System_Enum } method
            || KeyParse.ArgumentIndex(arguments, method.Parameters, ValueParameter) is not (>= 0 and var index))
        {
            return;
        }

        // The error itself, before its conversion to GetName's object parameter.
        var valueType = model.GetTypeInfo(arguments[index].Expression, cancellationToken).Type;
        if (scope.CatalogOf(valueType) is not { } catalog || KeyContext.Find(invocation, catalog.Errors, scope, model, cancellationToken) is not { } use)
        {
            return;
        }

        var nullable = ConversionScope.IsNullable(valueType);
        var errorEnum = (INamedTypeSymbol)ConversionScope.Unwrap(valueType)!;
        var form = IsGetKeyInScope(model, invocation.SpanStart, errorEnum, cancellationToken)
            ? nullable ? DiagnosticPropertyNames.GetKeyFormNullableCall : DiagnosticPropertyNames.GetKeyFormCall
            : nullable ? null : DiagnosticPropertyNames.GetKeyFormStatic;
        var report = new ConversionReport(form is null ? null : DiagnosticPropertyNames.ConversionGetKey)
            .With(DiagnosticPropertyNames.GetKeyForm, form)
            .WithArgument(index);
        if (form == DiagnosticPropertyNames.GetKeyFormStatic)
        {
            report.WithQualifier(model, invocation, errorEnum, GeneratedNames.ExtensionsClass, cancellationToken);
        }

        Report(context, invocation, use, "GetKey()", report);
    }

    /// <summary><c>nameof(SparkAdsError.X)</c>.</summary>
    public static void AnalyzeNameOf(SyntaxNodeAnalysisContext context, InvocationExpressionSyntax invocation, ConversionScope scope)
    {
        if (invocation.Expression is not IdentifierNameSyntax
            || invocation.ArgumentList.Arguments is not { Count: 1 } arguments
            || arguments[0].Expression is not MemberAccessExpressionSyntax { Expression: var owner } member
            || !KeyContext.MayBeUsedAsKey(invocation, scope)
            || ConversionSyntax.LastIdentifier(owner) is not { } ownerName
            || !scope.MayNameErrorEnum(ownerName))
        {
            return;
        }

        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        // A real nameof is a constant (a method of the same name would be a call).
        if (model.GetConstantValue(invocation, cancellationToken).Value is not string
            || model.GetSymbolInfo(member, cancellationToken).Symbol is not IFieldSymbol { HasConstantValue: true, ContainingType: var errorEnum } field
            || scope.CatalogOfEnum(errorEnum) is not { } catalog
            || KeyContext.Find(invocation, catalog.Errors, scope, model, cancellationToken) is not { } use)
        {
            return;
        }

        // The key of the member, and the constant that holds it: none for Unknown, and a retired one is [Obsolete].
        var errors = catalog.Errors;
        var position = OperationConstants.AsInteger(field.ConstantValue) is { } value ? errors.PositionOfEnumValue(value) : -1;
        var key = position < 0 ? GeneratedNames.UnknownKey : errors.KeyAt(position);
        var keyMember = position < 0 || errors.IsRetired(position) || !HasKeyConstant(catalog.Types.ErrorKeys, field.Name) ? null : field.Name;
        var suggestion = keyMember is null ? SymbolDisplay.FormatLiteral(key, quote: true) : GeneratedNames.KeysClass + "." + keyMember;
        var report = new ConversionReport(DiagnosticPropertyNames.ConversionKeyConstant)
            .With(DiagnosticPropertyNames.KeyMember, keyMember)
            .With(DiagnosticPropertyNames.KeyText, key);
        if (keyMember is not null)
        {
            report.WithQualifier(model, invocation, errorEnum, GeneratedNames.KeysClass, cancellationToken);
        }

        Report(context, invocation, use, suggestion, report);
    }

    private static void Report(SyntaxNodeAnalysisContext context, ExpressionSyntax value, KeyUse use, string suggestion, ConversionReport report)
        => context.ReportDiagnostic(report.Create(
            DiagnosticDescriptors.MemberNameUsedAsKey,
            value,
            ConversionReport.TextOf(value),
            use == KeyUse.ComparedWith ? "compared with" : "used as",
            suggestion));

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
