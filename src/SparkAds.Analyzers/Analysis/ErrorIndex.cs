using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// The catalog indexed the ways a switch can name an error: by enum value, by code and by key.
/// Enum values come from the compiled enum, so a switch is matched by constant value, never by name.
/// </summary>
internal sealed class ErrorIndex
{
    private readonly Dictionary<long, int> _byEnumValue = new();
    private readonly Dictionary<long, List<int>> _byCode = new();
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly bool[] _hasEnumMember;
    private readonly bool[] _isRetired;
    private readonly long[] _enumValue;

    public ErrorIndex(IReadOnlyList<ErrorDefinition> errors, INamedTypeSymbol? errorEnum)
    {
        Errors = errors;
        Keys = errors.Select(static e => e.Key).ToImmutableArray();
        _hasEnumMember = new bool[errors.Count];
        _isRetired = new bool[errors.Count];
        _enumValue = new long[errors.Count];
        var byMember = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < errors.Count; index++)
        {
            var error = errors[index];
            byMember[error.MemberName] = index;
            _byKey[error.Key] = index;
            if (error.Code is { } code)
            {
                if (!_byCode.TryGetValue(code, out var indices))
                {
                    _byCode.Add(code, indices = new List<int>(capacity: 2));
                }

                indices.Add(index);
            }
        }

        if (errorEnum is null)
        {
            return;
        }

        foreach (var member in errorEnum.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field
                && byMember.TryGetValue(field.Name, out var index)
                && SwitchConstants.AsInteger(field.ConstantValue) is { } value)
            {
                _byEnumValue[value] = index;
                _hasEnumMember[index] = true;
                _isRetired[index] = IsObsolete(field);
                _enumValue[index] = value;
            }
        }
    }

    /// <summary>Every catalog key in catalog order (for "did you mean").</summary>
    public ImmutableArray<string> Keys { get; }

    /// <summary>Every catalog error in catalog order; switches refer to them by their index in this list.</summary>
    public IReadOnlyList<ErrorDefinition> Errors { get; }

    public bool IsEmpty => Errors.Count == 0;

    /// <summary>
    /// Whether the error at <paramref name="index"/> is retired (its enum member is <c>[Obsolete]</c>): TikTok no
    /// longer sends it, so no switch owes it and no fix inserts it.
    /// </summary>
    public bool IsRetired(int index) => _isRetired[index];

    /// <summary>Whether the compiled enum has a member for the error at <paramref name="index"/>: what an enum switch owes.</summary>
    public bool HasEnumMember(int index) => _hasEnumMember[index];

    /// <summary>The value of the enum member of the error at <paramref name="index"/> (see <see cref="HasEnumMember"/>).</summary>
    public long EnumValueOf(int index) => _enumValue[index];

    /// <summary>
    /// Whether a switch of <paramref name="kind"/> owes the error at <paramref name="index"/>: never a retired one;
    /// else an enum switch every error the compiled enum has, a code switch every error with a code, a key switch
    /// every error. The one place that decides it.
    /// </summary>
    public bool IsOwed(SwitchKind kind, int index)
        => !IsRetired(index) && kind switch
        {
            SwitchKind.Enum => HasEnumMember(index),
            SwitchKind.Code => Errors[index].Code is not null,
            _ => true,
        };

    /// <summary>The error whose enum member has the value <paramref name="value"/>.</summary>
    public bool TryGetEnumIndex(long value, out int index) => _byEnumValue.TryGetValue(value, out index);

    /// <summary>The errors that share <paramref name="code"/> (one or two in TikTok's table).</summary>
    public IReadOnlyList<int> IndicesOfCode(long code) => _byCode.TryGetValue(code, out var indices) ? indices : Array.Empty<int>();

    public bool IsCode(long code) => _byCode.ContainsKey(code);

    public bool TryGetKeyIndex(string key, out int index) => _byKey.TryGetValue(key, out index);

    public bool IsKey(string key) => _byKey.ContainsKey(key);

    private static bool IsObsolete(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                return true;
            }
        }

        return false;
    }
}
