using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// The SPARK004 diagnostic of each selecting form: what the message calls the site (a value, a constant, an enum
/// member) and the properties the "Use TT_USER / AUTH_CODE / BC_AUTH_TT" fix reads (the form, and the sibling constant
/// or member that holds each replacement).
/// </summary>
internal static class IdentityReports
{
    public static string Describe(IFieldSymbol member) => $"The enum member '{member.ContainingType.Name}.{member.Name}'";

    public const string CustomizedUserValue = "The value \"" + TikTokIdentityTypes.CustomizedUser + "\"";

    public static string DescribeValue(IOperation operation, out string form)
    {
        switch (operation)
        {
            case ILiteralOperation:
                form = DiagnosticPropertyNames.IdentityFormLiteral;
                return CustomizedUserValue;
            case IFieldReferenceOperation { Field: var field }:
                form = DiagnosticPropertyNames.IdentityFormConstant;
                return $"The constant '{field.ContainingType.Name}.{field.Name}'";
            case ILocalReferenceOperation { Local: var local }:
                form = DiagnosticPropertyNames.IdentityFormConstant;
                return $"The constant '{local.Name}'";
            default:
                form = DiagnosticPropertyNames.IdentityFormExpression;
                return CustomizedUserValue;
        }
    }

    // Constants of the same type that hold a replacement value, so the fix can keep using named constants.
    public static ImmutableDictionary<string, string?> ConstantSiblings(IOperation operation)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        if (operation is not IFieldReferenceOperation { Field.ContainingType: { } type })
        {
            return properties;
        }

        foreach (var replacement in TikTokIdentityTypes.Replacements)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IFieldSymbol { IsConst: true, ConstantValue: string value } sibling && string.Equals(value, replacement, StringComparison.Ordinal))
                {
                    properties = properties.Add(DiagnosticPropertyNames.IdentityReplacementPrefix + replacement, sibling.Name);
                    break;
                }
            }
        }

        return properties;
    }

    public static ImmutableDictionary<string, string?> EnumSiblings(IFieldSymbol member, IdentityEnumMembers enums)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        foreach (var replacement in TikTokIdentityTypes.Replacements)
        {
            if (enums.FindSibling(member, replacement) is { } sibling)
            {
                properties = properties.Add(DiagnosticPropertyNames.IdentityReplacementPrefix + replacement, sibling.Name);
            }
        }

        return properties;
    }

    // For `nameof` and `ToString()` the member's name is the value: only a sibling named exactly like the replacement gives it.
    public static ImmutableDictionary<string, string?> NamedSiblings(IFieldSymbol member)
    {
        var properties = ImmutableDictionary<string, string?>.Empty;
        foreach (var replacement in TikTokIdentityTypes.Replacements)
        {
            if (!member.ContainingType.GetMembers(replacement).IsEmpty)
            {
                properties = properties.Add(DiagnosticPropertyNames.IdentityReplacementPrefix + replacement, replacement);
            }
        }

        return properties;
    }

    public static Diagnostic Create(Location location, string description, string? form, ImmutableDictionary<string, string?> properties)
    {
        if (form is not null)
        {
            properties = properties.Add(DiagnosticPropertyNames.IdentityForm, form);
        }

        return Diagnostic.Create(DiagnosticDescriptors.CustomIdentitySelected, location, properties, description);
    }
}
