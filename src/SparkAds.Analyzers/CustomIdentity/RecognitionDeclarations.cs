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
/// a collection expression or a tuple).
/// <list type="bullet">
/// <item>A local and all its uses are in one operation block: a site it holds is decided on the spot, by walking
/// that block for the local's references. This happens only for a site a local holds.</item>
/// <item>A private field's uses are all in its type. A type whose private fields have an initialiser that spells
/// <c>CUSTOMIZED_USER</c> (a syntax check of those initialisers only, at its symbol start) is tracked: its symbol-start
/// actions see every use, and a site such a field holds is reported at the type's end, only when some use may select
/// or nothing uses it. A type's symbol-start actions do not see its nested types, which may use its private fields,
/// so the fields of a type with nested types are not decided (they are reported as any other site).</item>
/// </list>
/// </summary>
internal sealed class RecognitionDeclarations
{
    private readonly ConcurrentDictionary<IFieldSymbol, bool> _candidates = new(SymbolEqualityComparer.Default);

    /// <summary>Whether <paramref name="type"/> has a candidate field, so that a symbol-start action must track it.</summary>
    public bool IsTracked(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct) || type.IsImplicitlyDeclared || !type.GetTypeMembers().IsEmpty
            || !DeclaresFieldSpellingCustomizedUser(type, cancellationToken))
        {
            return false;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol field && IsCandidate(field, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The tracked type whose symbol-end decides a site held by <paramref name="field"/>, or null when the field is
    /// not a candidate (then the site is reported as any other).
    /// </summary>
    public INamedTypeSymbol? TrackingType(IFieldSymbol field, CancellationToken cancellationToken)
        => IsCandidate(field, cancellationToken) && field.ContainingType.GetTypeMembers().IsEmpty ? field.ContainingType : null;

    /// <summary>
    /// True when the site's holder <paramref name="local"/> is used at least once in the operation block that
    /// declares it, and every use only recognises its value.
    /// </summary>
    public static bool IsOnlyRecognised(ILocalSymbol local, IOperation site, CancellationToken cancellationToken)
    {
        var root = site;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        var used = false;
        foreach (var operation in root.Descendants())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (operation is ILocalReferenceOperation reference && SymbolEqualityComparer.Default.Equals(reference.Local, local))
            {
                if (!SelectionContext.IsRecognitionUse(reference))
                {
                    return false;
                }

                used = true;
            }
        }

        return used;
    }

    private bool IsCandidate(IFieldSymbol field, CancellationToken cancellationToken)
        => field.DeclaredAccessibility == Accessibility.Private
           && (field.IsConst || field.IsReadOnly)
           && !field.IsImplicitlyDeclared
           && _candidates.GetOrAdd(field, f => InitializerSpellsCustomizedUser(f, cancellationToken));

    /// <summary>
    /// The cheap first test, on syntax only (this runs at the start of every type): some field declared in the type
    /// has an initialiser that spells <c>CUSTOMIZED_USER</c>. Only then are its fields looked at as symbols.
    /// </summary>
    private static bool DeclaresFieldSpellingCustomizedUser(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax declaration)
            {
                continue;
            }

            foreach (var member in declaration.Members)
            {
                if (member is FieldDeclarationSyntax field)
                {
                    foreach (var variable in field.Declaration.Variables)
                    {
                        if (variable.Initializer is { } initializer && SpellsCustomizedUser(initializer))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static bool SpellsCustomizedUser(EqualsValueClauseSyntax initializer)
    {
        foreach (var token in initializer.Value.DescendantTokens())
        {
            if (token.Text.IndexOf(TikTokIdentityTypes.CustomizedUser, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InitializerSpellsCustomizedUser(IFieldSymbol field, CancellationToken cancellationToken)
    {
        foreach (var reference in field.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer: { } initializer } && SpellsCustomizedUser(initializer))
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
}
