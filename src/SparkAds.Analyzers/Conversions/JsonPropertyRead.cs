using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// A value read from a JSON property named by a constant, with System.Text.Json: <c>root.GetProperty("code").GetInt32()</c>
/// (a <c>Get…</c> method of <c>JsonElement</c>) and <c>node["code"]!.GetValue&lt;int&gt;()</c> (<c>JsonNode</c>). The
/// property's name says what the value is, as a field's name does (<see cref="CodeAndKeyWords"/>): <c>code</c>,
/// <c>error_code</c>, <c>key</c>.
/// </summary>
internal static class JsonPropertyRead
{
    private const string GetPropertyMethod = "GetProperty";
    private const string ReadPrefix = "Get";

    /// <summary>
    /// Syntax only: whether <paramref name="invocation"/> may read a JSON property: a call without arguments whose name
    /// begins with <c>Get</c>, on <c>x.GetProperty(name)</c> or <c>x[name]</c> (through parentheses and <c>!</c>).
    /// </summary>
    public static bool MayBe(InvocationExpressionSyntax invocation)
        => invocation is { ArgumentList.Arguments.Count: 0, Expression: MemberAccessExpressionSyntax access }
           && access.Name.Identifier.ValueText.StartsWith(ReadPrefix, StringComparison.Ordinal)
           && Lookup(access.Expression) is not null;

    /// <summary>
    /// The name of the property <paramref name="invocation"/> reads, when it reads a property of a System.Text.Json
    /// document by a constant name; <see langword="null"/> for anything else.
    /// </summary>
    public static string? PropertyName(InvocationExpressionSyntax invocation, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!MayBe(invocation)
            || Lookup(((MemberAccessExpressionSyntax)invocation.Expression).Expression) is not { } lookup
            || !IsSystemTextJson(model.GetSymbolInfo(invocation, cancellationToken).Symbol)
            || !IsSystemTextJson(model.GetSymbolInfo(lookup, cancellationToken).Symbol))
        {
            return null;
        }

        var name = lookup switch
        {
            InvocationExpressionSyntax call => call.ArgumentList.Arguments[0].Expression,
            _ => ((ElementAccessExpressionSyntax)lookup).ArgumentList.Arguments[0].Expression,
        };
        return model.GetConstantValue(name, cancellationToken).Value as string;
    }

    /// <summary><c>x.GetProperty(name)</c> or <c>x[name]</c> under parentheses and <c>!</c>; null for anything else.</summary>
    private static ExpressionSyntax? Lookup(ExpressionSyntax receiver)
    {
        while (receiver is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
        {
            receiver = receiver is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)receiver).Operand;
        }

        return receiver switch
        {
            InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } call when ConversionSyntax.InvokedName(call).ValueText == GetPropertyMethod => call,
            ElementAccessExpressionSyntax { ArgumentList.Arguments.Count: 1 } element => element,
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="member"/> is declared in <c>System.Text.Json</c> or <c>System.Text.Json.Nodes</c>.</summary>
    private static bool IsSystemTextJson(ISymbol? member)
    {
        var ns = member?.ContainingType?.ContainingNamespace;
        if (ns is { Name: "Nodes" })
        {
            ns = ns.ContainingNamespace;
        }

        return ns is { Name: "Json", ContainingNamespace: { Name: "Text", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } } };
    }
}
