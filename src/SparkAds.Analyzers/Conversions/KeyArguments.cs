using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// The key arguments of the lookups in one member, as written: calls named <c>TryParse</c> or <c>Resolve</c> whose key
/// (the first argument, or <c>key:</c>) is a name. "Passing a value as the key argument of SparkAdsErrors.TryParse or
/// Resolve also makes it one": syntax finds the candidates, <see cref="ValueMeaning"/> binds them.
/// </summary>
internal static class KeyArguments
{
    /// <summary>Each call of the member around <paramref name="use"/> whose key argument reads <paramref name="name"/>, with that name.</summary>
    public static IEnumerable<(InvocationExpressionSyntax Invocation, IdentifierNameSyntax Name)> Named(string name, SyntaxNode use, CancellationToken cancellationToken)
    {
        if (MemberOf(use) is not { } member)
        {
            yield break;
        }

        foreach (var node in member.DescendantNodes())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (node is InvocationExpressionSyntax invocation && KeyName(invocation) is { } keyName && keyName.Identifier.ValueText == name)
            {
                yield return (invocation, keyName);
            }
        }
    }

    /// <summary>The member whose calls count for <paramref name="use"/>: its method, property, constructor…, or the file's top-level statements.</summary>
    private static SyntaxNode? MemberOf(SyntaxNode use)
    {
        SyntaxNode? member = use.FirstAncestorOrSelf<MemberDeclarationSyntax>();
        return member is GlobalStatementSyntax ? member.Parent : member;
    }

    /// <summary>The name a call named <c>TryParse</c> or <c>Resolve</c> passes as its key (first argument, or <c>key:</c>).</summary>
    private static IdentifierNameSyntax? KeyName(InvocationExpressionSyntax invocation)
    {
        if (invocation.ArgumentList.Arguments is not { Count: > 0 } arguments
            || ConversionSyntax.InvokedName(invocation).ValueText is not (GeneratedNames.TryParseMethod or GeneratedNames.ResolveMethod))
        {
            return null;
        }

        var keyArgument = arguments[0].NameColon is null ? arguments[0] : null;
        foreach (var argument in arguments)
        {
            if (argument.NameColon?.Name.Identifier.ValueText == GeneratedNames.KeyParameter)
            {
                keyArgument = argument;
            }
        }

        return keyArgument is null ? null : ConversionSyntax.NameOf(ConversionSyntax.LookThrough(keyArgument.Expression));
    }
}
