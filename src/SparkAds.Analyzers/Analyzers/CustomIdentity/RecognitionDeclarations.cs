using System;
using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// Declarations that may only name Custom Identity to recognise it: a private <c>const</c> or <c>readonly</c> field,
/// or a local, whose initialiser holds the value (directly, or as an element of an array, a collection initialiser,
/// a collection expression or a tuple). Every use of such a declaration is in its containing type, so one
/// symbol-start action per type sees them all; a site inside one is reported at the type's end, and only when some
/// use may select (or nothing uses it). The fields of a type with nested types are not decided (see
/// <see cref="TrackingType"/>). Only types declared in a file that spells <c>CUSTOMIZED_USER</c> are
/// tracked, and each file is searched once per compilation.
/// </summary>
internal sealed class RecognitionDeclarations
{
    private readonly ConcurrentDictionary<SyntaxTree, bool> _mentions = new();

    /// <summary>
    /// The tracked type whose symbol-end decides <paramref name="holder"/>, or null when it is not tracked. A type's
    /// symbol-start actions do not see its nested types, which may use its private fields: a field of a type with
    /// nested types is not decided here (it is reported as any other site).
    /// </summary>
    public INamedTypeSymbol? TrackingType(ISymbol holder, CancellationToken cancellationToken)
    {
        var type = holder.ContainingType;
        if (type is null || (holder is IFieldSymbol && !type.GetTypeMembers().IsEmpty))
        {
            return null;
        }

        return IsTracked(type, cancellationToken) ? type : null;
    }

    /// <summary>Whether <paramref name="type"/>'s declarations are tracked (declared in a file that spells CUSTOMIZED_USER).</summary>
    public bool IsTracked(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.IsImplicitlyDeclared || type.TypeKind == TypeKind.Enum)
        {
            return false;
        }

        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (_mentions.GetOrAdd(reference.SyntaxTree, tree => Mentions(tree, cancellationToken)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The private <c>const</c>/<c>readonly</c> field or local whose initialiser holds <paramref name="site"/> as
    /// (part of) its value, or null.
    /// </summary>
    public static ISymbol? Holder(IOperation site)
    {
        var node = site;
        while (node.Parent is { } parent)
        {
            switch (parent)
            {
                case IFieldInitializerOperation { InitializedFields.Length: 1 } initializer:
                    var field = initializer.InitializedFields[0];
                    return field is { DeclaredAccessibility: Accessibility.Private, IsConst: true } or { DeclaredAccessibility: Accessibility.Private, IsReadOnly: true }
                           && field.ContainingType.TypeKind != TypeKind.Enum
                        ? field
                        : null;
                case IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator }:
                    return declarator.Symbol;
                case IConversionOperation:
                case ITupleOperation:
                case IArrayInitializerOperation:
                case IArrayCreationOperation:
                case IObjectOrCollectionInitializerOperation:
                case IObjectCreationOperation creation when creation.Initializer == node || node is IArgumentOperation:
                case IInvocationOperation { IsImplicit: true } when node is IArgumentOperation:
                case IArgumentOperation:
                    node = parent;
                    continue;
                default:
                    if (parent.Syntax is CollectionExpressionSyntax && node.Syntax.Parent is ExpressionElementSyntax)
                    {
                        node = parent;
                        continue;
                    }

                    return null;
            }
        }

        return null;
    }

    private static bool Mentions(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var text = tree.GetText(cancellationToken);
        const int chunk = 4096;
        var overlap = TikTokIdentityTypes.CustomizedUser.Length - 1;
        var buffer = new char[chunk + overlap];
        for (var start = 0; start < text.Length; start += chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(chunk + overlap, text.Length - start);
            text.CopyTo(start, buffer, 0, count);
            if (Contains(buffer, count))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(char[] buffer, int count)
    {
        var value = TikTokIdentityTypes.CustomizedUser;
        for (var start = 0; start + value.Length <= count; start++)
        {
            var matched = 0;
            while (matched < value.Length && buffer[start + matched] == value[matched])
            {
                matched++;
            }

            if (matched == value.Length)
            {
                return true;
            }
        }

        return false;
    }
}
