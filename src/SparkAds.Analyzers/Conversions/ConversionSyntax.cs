using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// What the three rules read from syntax alone, before any semantic call: the names things are written with, and the
/// expression a value is read through. Nothing here allocates.
/// </summary>
internal static class ConversionSyntax
{
    /// <summary><c>System.Enum</c>, as the calls the rules look at are written (<c>Enum.Parse</c>, <c>System.Enum.Parse</c>).</summary>
    public const string EnumType = "Enum";

    public const string ToObjectMethod = "ToObject";
    public const string ParseMethod = "Parse";
    public const string EnumTryParseMethod = "TryParse";
    public const string GetNameMethod = "GetName";
    public const string ToStringMethod = "ToString";
    public const string EqualsMethod = "Equals";
    public const string NameOfOperator = "nameof";
    public const string ValueProperty = "Value";
    public const string GetValueOrDefaultMethod = "GetValueOrDefault";

    /// <summary>
    /// The value under parentheses, casts, <c>checked</c>/<c>unchecked</c> and <c>!</c> (<see cref="Inside"/>), and what
    /// may keep a value as it is (<see cref="Kept"/>): <c>response.Code</c> in <c>checked((int)(response.Code!))</c> and
    /// in <c>(response.Code ?? 0)</c>.
    /// </summary>
    public static ExpressionSyntax LookThrough(ExpressionSyntax expression)
    {
        while ((Inside(expression) ?? Kept(expression)) is { } inner)
        {
            expression = inner;
        }

        return expression;
    }

    /// <summary>One step of <see cref="LookThrough"/>: the expression inside a parenthesis, cast, <c>checked</c> or <c>!</c>; null for any other.</summary>
    public static ExpressionSyntax? Inside(ExpressionSyntax expression)
        => expression switch
        {
            ParenthesizedExpressionSyntax parenthesized => parenthesized.Expression,
            CastExpressionSyntax cast => cast.Expression,
            CheckedExpressionSyntax @checked => @checked.Expression,
            PostfixUnaryExpressionSyntax suppressed when suppressed.IsKind(SyntaxKind.SuppressNullableWarningExpression) => suppressed.Operand,
            _ => null,
        };

    /// <summary>
    /// One step through what may keep a value as it is, read from syntax alone: the <c>x</c> of <c>x.Value</c>,
    /// <c>x.GetValueOrDefault(…)</c> and <c>x ?? fallback</c>; null for any other. Whether it does (<c>x</c> is a nullable,
    /// the fallback a constant or a <c>throw</c>) takes binding (<see cref="ValueMeaning.Underlying"/>).
    /// </summary>
    public static ExpressionSyntax? Kept(ExpressionSyntax expression)
        => expression switch
        {
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name.Identifier.ValueText: ValueProperty } access => access.Expression,
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name.Identifier.ValueText: GetValueOrDefaultMethod } access } => access.Expression,
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.CoalesceExpression } coalesce => coalesce.Left,
            _ => null,
        };

    /// <summary><paramref name="expression"/> without the parentheses around it.</summary>
    public static ExpressionSyntax WithoutParentheses(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>
    /// The node whose value <paramref name="expression"/> is, once the parentheses and <c>!</c> around it are passed: what
    /// it is compared with, passed to or assigned to is the parent of that node.
    /// </summary>
    public static ExpressionSyntax OutermostValue(ExpressionSyntax expression)
    {
        while (expression.Parent is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            expression = (ExpressionSyntax)expression.Parent;
        }

        return expression;
    }

    /// <summary>
    /// The identifier a value is read through when it is a name: <c>code</c>, the <c>Code</c> of <c>response.Error.Code</c>,
    /// <c>response?.Code</c> and <c>response?.Error.Code</c>, the <c>X</c> of <c>Keys.X</c> where it parses as a type (after
    /// <c>is</c>); <see langword="null"/> for anything else (a call, an element).
    /// </summary>
    public static IdentifierNameSyntax? NameOf(ExpressionSyntax expression)
        => expression switch
        {
            IdentifierNameSyntax identifier => identifier,
            MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax name } => name,
            MemberBindingExpressionSyntax { Name: IdentifierNameSyntax name } => name,
            ConditionalAccessExpressionSyntax conditional => NameOf(conditional.WhenNotNull),
            QualifiedNameSyntax { Right: IdentifierNameSyntax right } => right,
            _ => null,
        };

    /// <summary>
    /// The last identifier of a type as written: <c>SparkAdsError</c> in <c>SparkAdsError</c>, <c>SparkAdsError?</c>,
    /// <c>Ns.SparkAdsError</c> and <c>global::Ns.SparkAdsError</c>, <c>E</c> for an alias; <see langword="null"/> for a
    /// keyword, generic, array, pointer or tuple type, which can never be the generated enum.
    /// </summary>
    public static IdentifierNameSyntax? TypeName(TypeSyntax type)
        => type switch
        {
            NullableTypeSyntax nullable => nullable.ElementType switch
            {
                IdentifierNameSyntax identifier => identifier,
                QualifiedNameSyntax { Right: IdentifierNameSyntax right } => right,
                AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } => name,
                _ => null,
            },
            IdentifierNameSyntax identifier => identifier,
            QualifiedNameSyntax { Right: IdentifierNameSyntax right } => right,
            AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } => name,
            _ => null,
        };

    /// <summary>
    /// The last identifier of a name written as an expression: <c>E</c>, the <c>SparkAdsError</c> of
    /// <c>Ns.SparkAdsError</c> or <c>global::Ns.SparkAdsError</c>; <see langword="null"/> for anything else.
    /// </summary>
    public static IdentifierNameSyntax? LastIdentifier(ExpressionSyntax expression)
        => expression switch
        {
            IdentifierNameSyntax identifier => identifier,
            MemberAccessExpressionSyntax { Name: IdentifierNameSyntax name } => name,
            QualifiedNameSyntax { Right: IdentifierNameSyntax right } => right,
            AliasQualifiedNameSyntax { Name: IdentifierNameSyntax name } => name,
            _ => null,
        };

    /// <summary>The name of the method an invocation calls as written (<c>Parse</c> in <c>Enum.Parse&lt;E&gt;(…)</c>); default when it calls no name.</summary>
    public static SyntaxToken InvokedName(InvocationExpressionSyntax invocation)
        => invocation.Expression switch
        {
            SimpleNameSyntax name => name.Identifier,
            MemberAccessExpressionSyntax access => access.Name.Identifier,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier,
            _ => default,
        };

    /// <summary>Whether the call is written on <c>Enum</c> (<c>Enum.X</c>, <c>System.Enum.X</c>, <c>global::System.Enum.X</c>).</summary>
    public static bool IsCalledOnEnum(InvocationExpressionSyntax invocation)
        => invocation.Expression is MemberAccessExpressionSyntax { Expression: var receiver }
           && receiver switch
           {
               IdentifierNameSyntax identifier => identifier.Identifier.ValueText == EnumType,
               QualifiedNameSyntax { Right: var right } => right.Identifier.ValueText == EnumType,
               MemberAccessExpressionSyntax { Name: var name } => name.Identifier.ValueText == EnumType,
               AliasQualifiedNameSyntax { Name: var name } => name.Identifier.ValueText == EnumType,
               _ => false,
           };
}
