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
    /// <remarks>
    /// Runs for every enum member referenced in the code base: a member with no attribute stands for it only by a
    /// name that spells it, so the common case is answered from the name alone, without the per-member cache.
    /// </remarks>
    public bool IsCustomIdentity(IFieldSymbol member)
        => member.ContainingType?.TypeKind == TypeKind.Enum
           && (SpellsIgnoringUnderscoresAndCase(member.Name, TikTokIdentityTypes.CustomizedUser) || !member.GetAttributes().IsEmpty)
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

        return SpellsIgnoringUnderscoresAndCase(member.Name, identityType);
    }

    /// <summary><paramref name="name"/> equals <paramref name="identityType"/> once both drop their underscores, ignoring case.</summary>
    private static bool SpellsIgnoringUnderscoresAndCase(string name, string identityType)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < name.Length && name[i] == '_')
            {
                i++;
            }

            while (j < identityType.Length && identityType[j] == '_')
            {
                j++;
            }

            if (i == name.Length || j == identityType.Length)
            {
                return i == name.Length && j == identityType.Length;
            }

            if (char.ToUpperInvariant(name[i]) != char.ToUpperInvariant(identityType[j]))
            {
                return false;
            }

            i++;
            j++;
        }
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
