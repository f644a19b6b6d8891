using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// The SPARK004 diagnostic of each selecting form: what the message calls the site (a value, a constant, an enum
/// member), its <see cref="IdentityForm"/>, and, only when the "Use TT_USER / AUTH_CODE / BC_AUTH_TT" fix asks, the
/// sibling constant or member that holds each replacement (<see cref="Siblings"/>).
/// </summary>
internal static class IdentityReports
{
    public static string Describe(IFieldSymbol member) => $"The enum member '{member.ContainingType.Name}.{member.Name}'";

    public const string CustomizedUserValue = "The value \"" + TikTokIdentityTypes.CustomizedUser + "\"";

    public static string DescribeValue(IOperation operation, out IdentityForm form)
    {
        switch (operation)
        {
            case ILiteralOperation:
                form = IdentityForm.Literal;
                return CustomizedUserValue;
            case IFieldReferenceOperation { Field: var field }:
                form = IdentityForm.Constant;
                return $"The constant '{field.ContainingType.Name}.{field.Name}'";
            case ILocalReferenceOperation { Local: var local }:
                form = IdentityForm.Constant;
                return $"The constant '{local.Name}'";
            default:
                form = IdentityForm.Expression;
                return CustomizedUserValue;
        }
    }

    /// <summary>
    /// The sibling (enum member or constant of the same type) that gives each replacement value, by identity type, for a
    /// site of <paramref name="form"/> reported at <paramref name="reported"/>; empty where the fix writes a literal.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Siblings(IdentityForm form, IOperation reported, IdentityEnumMembers enums)
    {
        var siblings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var replacement in TikTokIdentityTypes.Replacements)
        {
            var sibling = (form, reported) switch
            {
                (IdentityForm.Constant, IFieldReferenceOperation { Field.ContainingType: { } type }) => ConstantSibling(type, replacement),
                (IdentityForm.EnumMember, IFieldReferenceOperation { Field: var member }) => enums.FindSibling(member, replacement)?.Name,

                // For `nameof` and `ToString()` the member's name is the value: only a sibling named exactly like the replacement gives it.
                (IdentityForm.EnumMemberName, IFieldReferenceOperation { Field: var member }) => member.ContainingType.GetMembers(replacement).IsEmpty ? null : replacement,
                _ => null,
            };
            if (sibling is not null)
            {
                siblings.Add(replacement, sibling);
            }
        }

        return siblings;
    }

    public static Diagnostic Create(Location location, string description)
        => Diagnostic.Create(DiagnosticDescriptors.CustomIdentitySelected, location, description);

    // A constant of the same type that holds the replacement value, so the fix can keep using named constants.
    private static string? ConstantSibling(INamedTypeSymbol type, string replacement)
    {
        foreach (var member in type.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } sibling && string.Equals(value, replacement, StringComparison.Ordinal))
            {
                return sibling.Name;
            }
        }

        return null;
    }
}
