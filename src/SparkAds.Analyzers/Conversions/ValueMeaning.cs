using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// The contract's sentence on what shows that code means a TikTok code or key, as the semantic model sees it.
/// Parentheses, casts, <c>checked</c>, <c>!</c>, member access and <c>?.</c> are looked through (<see cref="ConversionSyntax.LookThrough"/>).
/// <list type="bullet">
/// <item>A <b>code</b>: a literal (<c>4025</c>, <c>-500</c>) or <c>SparkAdsErrorCodes.X</c> whose value is a catalog code; or
/// a field, property, local or parameter whose name's last word is <c>code</c> (<see cref="CodeAndKeyWords"/>), of an
/// integer type, an enum other than <c>SparkAdsError</c>, <c>object</c> or <c>dynamic</c> (nullable too). A value that is
/// the constant <c>0</c>, and <c>default</c>, is never a code.</item>
/// <item>A <b>key</b>: a string literal or <c>SparkAdsErrorKeys.X</c> whose value is a catalog key; a field, property,
/// local or parameter of type <c>string</c> (or <c>ReadOnlySpan&lt;char&gt;</c>) as declared, whose name's last word is
/// <c>key</c>, or that the same member passes as the key of <c>SparkAdsErrors.TryParse</c> or <c>Resolve</c>; or a
/// call of the generated <c>GetKey()</c>.</item>
/// </list>
/// Other constants (a <c>const</c> of another name) mean neither: the code does not show what they stand for.
/// </summary>
internal static class ValueMeaning
{
    /// <summary>Syntax only: whether <paramref name="value"/> (already looked through) may be a code: a literal other than 0, or a name.</summary>
    public static bool MayBeCode(ExpressionSyntax value)
        => ConversionSyntax.IsNumericLiteral(value) ? value is not LiteralExpressionSyntax { Token.Value: 0 } : ConversionSyntax.NameOf(value) is not null;

    /// <summary>
    /// Whether <paramref name="operand"/> is a code of <paramref name="catalog"/>; <paramref name="value"/> is what was
    /// recognised (the operand looked through), for the message.
    /// </summary>
    public static bool IsCode(ExpressionSyntax operand, ErrorIndex catalog, SemanticModel model, CancellationToken cancellationToken, out ExpressionSyntax value)
    {
        // A SparkAdsError on the way in is a round trip (`(SparkAdsError)(int)error`) or a cast already reported inside.
        value = operand;
        while (ConversionSyntax.Inside(value) is { } inner)
        {
            if (value is not ParenthesizedExpressionSyntax && ConversionScope.IsErrorEnum(model.GetTypeInfo(value, cancellationToken).Type))
            {
                return false;
            }

            value = inner;
        }

        if (!IsCodeType(model.GetTypeInfo(value, cancellationToken).Type))
        {
            return false;
        }

        var constant = model.GetConstantValue(value, cancellationToken);
        var number = constant.HasValue ? OperationConstants.AsInteger(constant.Value) : null;
        if (number is 0)
        {
            return false;
        }

        var name = ConversionSyntax.NameOf(value);
        var symbol = name is null ? null : model.GetSymbolInfo(name, cancellationToken).Symbol;
        if (ConversionSyntax.IsNumericLiteral(value) || symbol is IFieldSymbol { IsConst: true, ContainingType.Name: GeneratedNames.CodesClass })
        {
            return number is { } code && catalog.IsCode(code);
        }

        return symbol is IFieldSymbol or IPropertySymbol or ILocalSymbol or IParameterSymbol && CodeAndKeyWords.EndsWithCode(symbol.Name);
    }

    /// <summary>
    /// The cast <c>Resolve</c>'s <c>int?</c> parameter needs around an operand of <paramref name="type"/>:
    /// none for <c>int</c> and the integers that widen to it (nullable too), else <c>int</c>, or <c>int?</c> for a nullable.
    /// </summary>
    public static string? CodeCastFor(ITypeSymbol? type)
    {
        var underlying = ConversionScope.Unwrap(type);
        if (underlying?.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Byte or SpecialType.System_SByte)
        {
            return null;
        }

        return ConversionScope.IsNullable(type) ? "int?" : "int";
    }

    /// <summary>
    /// Syntax only: whether <paramref name="expression"/> may be a key (<see cref="IsKey"/> says whether it is): a string
    /// literal shaped like a key, a call named <c>GetKey</c>, a name whose last word is <c>key</c>, a member of a class
    /// written <c>SparkAdsErrorKeys</c> (or an alias, or imported by <c>using static</c>), or a name the member around it
    /// passes as the key of a <c>TryParse</c> or <c>Resolve</c>.
    /// </summary>
    public static bool MayBeKey(ExpressionSyntax expression, ConversionScope scope)
    {
        var value = ConversionSyntax.LookThrough(expression);
        if (value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
        {
            return ConversionScope.MayBeKeyText(literal.Token.ValueText);
        }

        if (value is InvocationExpressionSyntax invocation)
        {
            return ConversionSyntax.InvokedName(invocation).ValueText == GeneratedNames.GetKeyMethod;
        }

        if (ConversionSyntax.NameOf(value) is not { } name)
        {
            return false;
        }

        var text = name.Identifier.ValueText;
        return CodeAndKeyWords.EndsWithKey(text)
               || value is MemberAccessExpressionSyntax { Expression: var owner } && ConversionSyntax.LastIdentifier(owner) is { } ownerName && scope.MayNameType(ownerName, GeneratedNames.KeysClass)
               || value is QualifiedNameSyntax { Left: var left } && ConversionSyntax.LastIdentifier(left) is { } leftName && scope.MayNameType(leftName, GeneratedNames.KeysClass)
               || value is IdentifierNameSyntax && scope.ImportsStatically(value, GeneratedNames.KeysClass)
               || scope.IsPassedAsKeyInItsMember(text, value);
    }

    /// <summary>Whether <paramref name="expression"/> is a key of <paramref name="catalog"/> (see the class).</summary>
    public static bool IsKey(ExpressionSyntax expression, ErrorIndex catalog, ConversionScope scope, SemanticModel model, CancellationToken cancellationToken)
    {
        var value = ConversionSyntax.LookThrough(expression);
        if (value is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
        {
            return catalog.IsKey(literal.Token.ValueText);
        }

        if (value is InvocationExpressionSyntax invocation)
        {
            return ConversionSyntax.InvokedName(invocation).ValueText == GeneratedNames.GetKeyMethod
                   && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
                   && (method.ReducedFrom ?? method).ContainingType.Name == GeneratedNames.ExtensionsClass
                   && (method.ReducedFrom ?? method).Parameters is { Length: 1 } parameters
                   && ConversionScope.IsErrorEnum(parameters[0].Type);
        }

        if (ConversionSyntax.NameOf(value) is not { } name)
        {
            return false;
        }

        var symbol = model.GetSymbolInfo(name, cancellationToken).Symbol;
        if (symbol is IFieldSymbol { IsConst: true, ContainingType.Name: GeneratedNames.KeysClass, ConstantValue: string key })
        {
            return catalog.IsKey(key);
        }

        if (symbol is not (IFieldSymbol or IPropertySymbol or ILocalSymbol or IParameterSymbol) || !IsText(DeclaredType(symbol)))
        {
            return false;
        }

        return CodeAndKeyWords.EndsWithKey(symbol.Name) || IsPassedAsKey(symbol, value, scope, model, cancellationToken);
    }

    /// <summary>Whether a parameter takes keys: the key of the generated lookups, or a text parameter of this project's own code whose name ends in <c>key</c>.</summary>
    public static bool IsKeyParameter(IParameterSymbol parameter, ConversionScope scope)
    {
        if (!CodeAndKeyWords.EndsWithKey(parameter.Name) || !IsText(parameter.OriginalDefinition.Type))
        {
            return false;
        }

        // A library's `string key` is its own store's key (a cache, a configuration, a session): where a name may be
        // stored and read back. The project's own parameters, and the generated lookups, take TikTok's keys.
        return parameter.ContainingSymbol is IMethodSymbol or IPropertySymbol
               && (parameter.ContainingSymbol.Locations is { Length: > 0 } locations && locations[0].IsInSource || scope.IsLookupClass(parameter.ContainingType));
    }

    /// <summary>Whether <paramref name="type"/> is text: <c>string</c> or <c>ReadOnlySpan&lt;char&gt;</c>.</summary>
    public static bool IsText(ITypeSymbol? type)
        => type switch
        {
            { SpecialType: SpecialType.System_String } => true,
            INamedTypeSymbol { Name: "ReadOnlySpan", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true }, TypeArguments: { Length: 1 } arguments } => arguments[0].SpecialType == SpecialType.System_Char,
            _ => false,
        };

    /// <summary>The type a field, property, local or parameter is declared with (a type parameter stays one: <c>KeyValuePair&lt;,&gt;.Key</c> is no text).</summary>
    public static ITypeSymbol? DeclaredType(ISymbol symbol)
        => symbol switch
        {
            IFieldSymbol field => field.OriginalDefinition.Type,
            IPropertySymbol property => property.OriginalDefinition.Type,
            ILocalSymbol local => local.Type,
            IParameterSymbol parameter => parameter.OriginalDefinition.Type,
            _ => null,
        };

    private static bool IsCodeType(ITypeSymbol? type)
    {
        var underlying = ConversionScope.Unwrap(type);
        switch (underlying)
        {
            case null:
                return false;
            case { SpecialType: SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
                or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64 }:
                return true;
            case { SpecialType: SpecialType.System_Object } or { TypeKind: TypeKind.Dynamic }:
                return ReferenceEquals(underlying, type);
            case { TypeKind: TypeKind.Enum }:
                return !ConversionScope.IsErrorEnum(underlying);
            default:
                return false;
        }
    }

    /// <summary>
    /// Whether the member around <paramref name="use"/> passes <paramref name="symbol"/> as the key of a generated
    /// <c>SparkAdsErrors.TryParse</c> or <c>Resolve</c>: then it holds a key there too.
    /// </summary>
    private static bool IsPassedAsKey(ISymbol symbol, SyntaxNode use, ConversionScope scope, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var (invocation, name) in KeyArguments.Named(symbol.Name, use, cancellationToken))
        {
            if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol { Parameters: { Length: > 0 } parameters } method
                && parameters[0].Name == GeneratedNames.KeyParameter
                && scope.IsLookupClass(method.ContainingType)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol?.OriginalDefinition, symbol.OriginalDefinition))
            {
                return true;
            }
        }

        return false;
    }
}
