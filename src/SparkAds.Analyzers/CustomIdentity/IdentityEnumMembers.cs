using System;
using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.CustomIdentity;

/// <summary>
/// What enum members serialise to, for one compilation: the value of <c>[JsonStringEnumMemberName]</c> or
/// <c>[EnumMember(Value = …)]</c>, or, in an enum named like <c>*Identity*</c> without such attributes, the
/// TikTok value the member's name spells (<c>CUSTOMIZED_USER</c>, <c>CustomizedUser</c>). A member spelled exactly
/// <c>CUSTOMIZED_USER</c> stands for it in any enum.
/// </summary>
internal sealed class IdentityEnumMembers(Compilation compilation)
{
    private readonly INamedTypeSymbol? _jsonStringEnumMemberName = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute");
    private readonly INamedTypeSymbol? _enumMember = compilation.GetTypeByMetadataName("System.Runtime.Serialization.EnumMemberAttribute");
    private readonly ConcurrentDictionary<IFieldSymbol, bool> _isCustomIdentity = new(SymbolEqualityComparer.Default);
    private Func<IFieldSymbol, bool>? _standsForCustomIdentity;

    /// <summary>True when <paramref name="member"/> is an enum member that stands for CUSTOMIZED_USER.</summary>
    public bool IsCustomIdentity(IFieldSymbol member)
        => member.ContainingType?.TypeKind == TypeKind.Enum
           && _isCustomIdentity.GetOrAdd(member.OriginalDefinition, _standsForCustomIdentity ??= m => Stands(m, TikTokIdentityTypes.CustomizedUser, byNameOnlyInIdentityEnums: true));

    /// <summary>The sibling of <paramref name="member"/> that stands for <paramref name="identityType"/>, if its enum has one.</summary>
    public IFieldSymbol? FindSibling(IFieldSymbol member, string identityType)
    {
        foreach (var candidate in member.ContainingType.GetMembers())
        {
            if (candidate is IFieldSymbol { HasConstantValue: true } sibling && Stands(sibling, identityType, byNameOnlyInIdentityEnums: false))
            {
                return sibling;
            }
        }

        return null;
    }

    private bool Stands(IFieldSymbol member, string identityType, bool byNameOnlyInIdentityEnums)
    {
        if (SerialisedName(member) is { } name)
        {
            return string.Equals(name, identityType, StringComparison.Ordinal);
        }

        if (string.Equals(member.Name, identityType, StringComparison.Ordinal))
        {
            return true;
        }

        if (byNameOnlyInIdentityEnums && member.ContainingType.Name.IndexOf("Identity", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }

        return string.Equals(member.Name.Replace("_", string.Empty), identityType.Replace("_", string.Empty), StringComparison.OrdinalIgnoreCase);
    }

    private string? SerialisedName(IFieldSymbol member)
    {
        if (_jsonStringEnumMemberName is null && _enumMember is null)
        {
            return null;
        }

        foreach (var attribute in member.GetAttributes())
        {
            if (_jsonStringEnumMemberName is not null
                && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _jsonStringEnumMemberName)
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string jsonName)
            {
                return jsonName;
            }

            if (_enumMember is not null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, _enumMember))
            {
                foreach (var argument in attribute.NamedArguments)
                {
                    if (argument is { Key: "Value", Value.Value: string value })
                    {
                        return value;
                    }
                }
            }
        }

        return null;
    }
}
