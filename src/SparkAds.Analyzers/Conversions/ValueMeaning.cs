using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// The contract's sentence on what shows that code means a TikTok code or key, as the semantic model sees it. A value
/// is read through what keeps it as it is (<see cref="Underlying"/>): parentheses, casts, <c>checked</c>, <c>!</c>,
/// <c>.Value</c> and <c>.GetValueOrDefault()</c> of a nullable, <c>?? constant</c> (or <c>?? throw</c>).
/// <list type="bullet">
/// <item>A <b>code</b>: a compile-time constant whose value is a catalog code, however it is spelled (<c>4025</c>, <c>-500</c>,
/// <c>SparkAdsErrorCodes.X</c>, a <c>const</c> local or field of any class); a field, property, local or parameter whose
/// name's last word is <c>code</c> (<see cref="CodeAndKeyWords"/>); or a JSON read of a property so named
/// (<see cref="JsonPropertyRead"/>); of an integer type, an enum other than <c>SparkAdsError</c>, <c>object</c> or
/// <c>dynamic</c> (nullable too). A value that is the constant <c>0</c>, and <c>default</c>, is never a code.</item>
/// <item>A <b>key</b>: a compile-time constant whose value is a catalog key, however it is spelled; a field, property,
/// local or parameter of type <c>string</c> (or <c>ReadOnlySpan&lt;char&gt;</c>) as declared, whose name's last word is
/// <c>key</c>, or that the same member passes as the key of <c>SparkAdsErrors.TryParse</c> or <c>Resolve</c>; a JSON
/// read of text from a property whose name's last word is <c>key</c>; or a call of the generated <c>GetKey()</c>.</item>
/// </list>
/// Other constants (<c>3</c>, <c>"AuthCodeExpired"</c>) mean neither, unless their names do.
/// </summary>
internal static class ValueMeaning
{
    /// <summary>
    /// Syntax only: whether <paramref name="value"/> (already looked through) may be a code: a number other than 0, a
    /// name, an operation on constants, or a call that may read a JSON property.
    /// </summary>
    public static bool MayBeCode(ExpressionSyntax value)
        => value switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.NumericLiteralExpression) && literal.Token.Value is not 0,
            InvocationExpressionSyntax invocation => JsonPropertyRead.MayBe(invocation),
            BinaryExpressionSyntax or PrefixUnaryExpressionSyntax => true,
            _ => ConversionSyntax.NameOf(value) is not null,
        };

    /// <summary>
    /// The expression whose value <paramref name="expression"/> is, read through parentheses, casts, <c>checked</c> and
    /// <c>!</c>, <c>.Value</c> and <c>.GetValueOrDefault()</c> of a nullable, and <c>?? fallback</c> where the fallback is a
    /// constant or a <c>throw</c>; <see langword="null"/> when a step on the way is a <c>SparkAdsError</c> (a round trip,
    /// <c>(SparkAdsError)(int)error</c>, or a conversion reported inside).
    /// </summary>
    public static ExpressionSyntax? Underlying(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        var value = expression;
        while (true)
        {
            var inner = ConversionSyntax.Inside(value);
            if (inner is null && ConversionSyntax.Kept(value) is { } kept && Keeps(value, kept, model, cancellationToken))
            {
                inner = kept;
            }

            // h?.Code!.Value reads h?.Code: the steps are taken inside the access, down to the value it begins with.
            if (inner is null && value is ConditionalAccessExpressionSyntax access && Underlying(access.WhenNotNull, model, cancellationToken) is { } read && read != access.WhenNotNull)
            {
                return ConversionScope.IsErrorEnum(model.GetTypeInfo(access, cancellationToken).Type) ? null : read;
            }

            if (inner is null)
            {
                return value;
            }

            if (value is not ParenthesizedExpressionSyntax && ConversionScope.IsErrorEnum(model.GetTypeInfo(value, cancellationToken).Type))
            {
                return null;
            }

            value = inner;
        }
    }

    /// <summary>
    /// Whether <paramref name="operand"/> is a code of <paramref name="catalog"/>; <paramref name="value"/> is what was
    /// recognised (<see cref="Underlying"/>), for the message.
    /// </summary>
    public static bool IsCode(ExpressionSyntax operand, ErrorIndex catalog, SemanticModel model, CancellationToken cancellationToken, out ExpressionSyntax value)
    {
        value = operand;
        if (Underlying(operand, model, cancellationToken) is not { } read || !IsCodeType(model.GetTypeInfo(read, cancellationToken).Type))
        {
            return false;
        }

        value = read;

        var number = OperationConstants.AsInteger(ConstantOf(value, model, cancellationToken));
        if (number is 0)
        {
            return false;
        }

        if (number is { } constant && catalog.IsCode(constant))
        {
            return true;
        }

        if (value is InvocationExpressionSyntax invocation)
        {
            return JsonPropertyRead.PropertyName(invocation, model, cancellationToken) is { } property && CodeAndKeyWords.EndsWithCode(property);
        }

        var symbol = ConversionSyntax.NameOf(value) is { } name ? model.GetSymbolInfo(name, cancellationToken).Symbol : null;
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
    /// literal shaped like a key, a name, a concatenation or interpolation (a constant may be written so), a call named
    /// <c>GetKey</c>, or a call that may read a JSON property.
    /// </summary>
    public static bool MayBeKey(ExpressionSyntax expression)
        => ConversionSyntax.LookThrough(expression) switch
        {
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.StringLiteralExpression) && MayBeKeyText(literal.Token.ValueText),
            InvocationExpressionSyntax invocation => ConversionSyntax.InvokedName(invocation).ValueText == GeneratedNames.GetKeyMethod || JsonPropertyRead.MayBe(invocation),
            BinaryExpressionSyntax or InterpolatedStringExpressionSyntax => true,
            var value => ConversionSyntax.NameOf(value) is not null,
        };

    /// <summary>Whether <paramref name="expression"/> is a key of <paramref name="catalog"/> (see the class).</summary>
    public static bool IsKey(ExpressionSyntax expression, ErrorIndex catalog, ConversionScope scope, SemanticModel model, CancellationToken cancellationToken)
    {
        if (Underlying(expression, model, cancellationToken) is not { } value)
        {
            return false;
        }

        if (value is InvocationExpressionSyntax invocation)
        {
            return IsGetKey(invocation, model, cancellationToken)
                   || IsText(model.GetTypeInfo(invocation, cancellationToken).Type)
                   && JsonPropertyRead.PropertyName(invocation, model, cancellationToken) is { } property && CodeAndKeyWords.EndsWithKey(property);
        }

        if (ConstantOf(value, model, cancellationToken) is string text && catalog.IsKey(text))
        {
            return true;
        }

        var symbol = ConversionSyntax.NameOf(value) is { } name ? model.GetSymbolInfo(name, cancellationToken).Symbol : null;
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

    /// <summary>
    /// The compile-time constant <paramref name="value"/> is, however it is written; also a constant named where the
    /// parser reads a type (<c>name is Keys.Deleted</c>), which the compiler binds as a constant.
    /// </summary>
    private static object? ConstantOf(ExpressionSyntax value, SemanticModel model, CancellationToken cancellationToken)
    {
        if (model.GetConstantValue(value, cancellationToken) is { HasValue: true } constant)
        {
            return constant.Value;
        }

        return value is NameSyntax name
            ? model.GetSymbolInfo(name, cancellationToken).Symbol switch
            {
                IFieldSymbol { HasConstantValue: true } field => field.ConstantValue,
                ILocalSymbol { HasConstantValue: true } local => local.ConstantValue,
                _ => null,
            }
            : null;
    }

    /// <summary>A call of the generated <c>GetKey()</c> on a <c>SparkAdsError</c>.</summary>
    private static bool IsGetKey(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
        => ConversionSyntax.InvokedName(invocation).ValueText == GeneratedNames.GetKeyMethod
           && model.GetSymbolInfo(invocation, cancellationToken).Symbol is IMethodSymbol method
           && (method.ReducedFrom ?? method).ContainingType.Name == GeneratedNames.ExtensionsClass
           && (method.ReducedFrom ?? method).Parameters is { Length: 1 } parameters
           && ConversionScope.IsErrorEnum(parameters[0].Type);

    /// <summary>Whether <c>kept</c>, one step of <see cref="ConversionSyntax.Kept"/>, is the value of <paramref name="value"/>: a nullable's <c>.Value</c> or <c>GetValueOrDefault()</c>, <c>?? constant</c> or <c>?? throw</c>.</summary>
    private static bool Keeps(ExpressionSyntax value, ExpressionSyntax kept, SemanticModel model, CancellationToken cancellationToken)
        => value is BinaryExpressionSyntax coalesce
            ? coalesce.Right is ThrowExpressionSyntax || model.GetConstantValue(coalesce.Right, cancellationToken).HasValue
            : ConversionScope.IsNullable(model.GetTypeInfo(kept, cancellationToken).Type);

    /// <summary>
    /// Whether <paramref name="text"/> can be a catalog key at all: letters, digits and <c>_</c>, starting with a letter
    /// (the catalog's rule for keys). Which catalog's key it is needs the value's enum, so it is left to binding.
    /// </summary>
    private static bool MayBeKeyText(string text)
    {
        if (text.Length == 0 || !char.IsLetter(text[0]))
        {
            return false;
        }

        foreach (var character in text)
        {
            if (!char.IsLetterOrDigit(character) && character != '_')
            {
                return false;
            }
        }

        return true;
    }

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
