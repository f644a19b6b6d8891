using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// The errors of one catalog as its compiled <c>SparkAdsError</c> states them, whether generated in this compilation
/// or in a referenced assembly: one error per enum member but <c>Unknown</c>, in declaration order (catalog order,
/// which a referenced assembly's metadata keeps too; a member's value is a hash of its key, not its position), with
/// its key from the <c>SparkAdsErrorKeys</c> constant and its code from the <c>SparkAdsErrorCodes</c> constant of the
/// same name, retired when the member is <c>[Obsolete]</c>, its remedy from the member's <c>[SparkAdsErrorRemedyAttribute]</c>.
/// So a switch is checked, and fixed with remedies, against the catalog of the type it uses, team rows of another
/// project included, without reading that project's CSV. Analyzers refer to an error by
/// its position here, and ask by key, code or enum value whether a constant is one.
/// </summary>
internal sealed class ErrorIndex
{
    private readonly string[] _memberNames;
    private readonly int?[] _codes;
    private readonly long[] _enumValues;
    private readonly bool[] _retired;
    private readonly string[] _remedies;
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<long> _codeSet = [];
    private readonly Dictionary<long, int> _byEnumValue = [];

    private ErrorIndex(List<(long Value, IFieldSymbol Member, string Key)> members, INamedTypeSymbol? errorCodes)
    {
        var keys = ImmutableArray.CreateBuilder<string>(members.Count);
        _memberNames = new string[members.Count];
        _codes = new int?[members.Count];
        _enumValues = new long[members.Count];
        _retired = new bool[members.Count];
        _remedies = new string[members.Count];
        for (var index = 0; index < members.Count; index++)
        {
            var (value, member, key) = members[index];
            keys.Add(key);
            _memberNames[index] = member.Name;
            _enumValues[index] = value;
            (_retired[index], _remedies[index]) = ReadAttributes(member);
            _codes[index] = Constant(errorCodes, member.Name) is int code ? code : null;
            _byKey[key] = index;
            _byEnumValue[value] = index;
            if (_codes[index] is { } known)
            {
                _codeSet.Add(known);
            }
        }

        Keys = keys.MoveToImmutable();
    }

    public static ErrorIndex Empty { get; } = new([], errorCodes: null);

    /// <summary>How many errors the catalog has (positions 0 to <c>Count - 1</c>).</summary>
    public int Count => _memberNames.Length;

    public bool IsEmpty => Count == 0;

    /// <summary>Every catalog key in catalog order (for "did you mean").</summary>
    public ImmutableArray<string> Keys { get; }

    public string KeyAt(int index) => Keys[index];

    public string MemberNameAt(int index) => _memberNames[index];

    public int? CodeAt(int index) => _codes[index];

    /// <summary>The value of the error's enum member.</summary>
    public long EnumValueAt(int index) => _enumValues[index];

    /// <summary>
    /// Whether the error is retired (its enum member is <c>[Obsolete]</c>): TikTok no longer sends it, so no switch
    /// owes it and no fix inserts it. The one place that knows.
    /// </summary>
    public bool IsRetired(int index) => _retired[index];

    /// <summary>The error's remedy as the catalog states it; empty for an enum generated before remedies travelled with it.</summary>
    public string RemedyAt(int index) => _remedies[index];

    public bool IsCode(long code) => _codeSet.Contains(code);

    public bool IsKey(string key) => _byKey.ContainsKey(key);

    /// <summary>Whether some error's enum member has the value <paramref name="value"/> (<c>Unknown</c>'s 0 is none).</summary>
    public bool IsEnumValue(long value) => _byEnumValue.ContainsKey(value);

    /// <summary>The position of the error whose enum member has the value <paramref name="value"/>; -1 for none (<c>Unknown</c>'s 0 included).</summary>
    public int PositionOfEnumValue(long value) => _byEnumValue.TryGetValue(value, out var index) ? index : -1;

    /// <summary>Reads the catalog of <paramref name="types"/>; empty when there is no generated enum.</summary>
    public static ErrorIndex Read(GeneratedTypes types, CancellationToken cancellationToken)
    {
        if (types.ErrorEnum is not { } errorEnum)
        {
            return Empty;
        }

        var members = new List<(long Value, IFieldSymbol Member, string Key)>();
        foreach (var member in errorEnum.GetMembers())
        {
            if ((members.Count & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (member is IFieldSymbol { HasConstantValue: true } field
                && OperationConstants.AsInteger(field.ConstantValue) is { } value
                && value != 0
                && Constant(types.ErrorKeys, field.Name) is string key)
            {
                members.Add((value, field, key));
            }
        }

        return new ErrorIndex(members, types.ErrorCodes);
    }

    private static object? Constant(INamedTypeSymbol? type, string name)
    {
        if (type is null)
        {
            return null;
        }

        foreach (var member in type.GetMembers(name))
        {
            if (member is IFieldSymbol { IsConst: true } field)
            {
                return field.ConstantValue;
            }
        }

        return null;
    }

    /// <summary>Whether the member is <c>[Obsolete]</c>, and the remedy its <c>[SparkAdsErrorRemedyAttribute]</c> carries (empty without one).</summary>
    private static (bool Retired, string Remedy) ReadAttributes(IFieldSymbol field)
    {
        var retired = false;
        var remedy = string.Empty;
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } })
            {
                retired = true;
            }
            else if (attribute.AttributeClass is { Name: GeneratedNames.RemedyAttribute }
                     && attribute.ConstructorArguments is { Length: 1 } arguments
                     && arguments[0].Value is string text)
            {
                remedy = text;
            }
        }

        return (retired, remedy);
    }
}
