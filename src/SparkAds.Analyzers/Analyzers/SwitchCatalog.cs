using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Analyzers;

/// <summary>
/// The catalog indexed the ways a switch can name an error: by enum value, by code and by key.
/// Enum values come from the compiled enum, so a switch is matched by constant value, never by name.
/// </summary>
internal sealed class SwitchCatalog
{
    private readonly Dictionary<long, ErrorDefinition> _byEnumValue = new();
    private readonly Dictionary<long, List<ErrorDefinition>> _byCode = new();
    private readonly Dictionary<string, ErrorDefinition> _byKey = new(StringComparer.Ordinal);

    /// <summary>
    /// The generated symbols and the catalog of one compilation, loaded in its compilation-start action;
    /// <paramref name="parse"/> is the driver's cached parse (<c>TryGetValue</c> with <see cref="AnalyzerCatalog.Parser"/>).
    /// </summary>
    public static (SparkAdsSymbols Symbols, SwitchCatalog Catalog) Load(Compilation compilation, AnalyzerOptions options, Func<AdditionalText, ParsedCatalog?> parse)
    {
        var merged = AnalyzerCatalog.Load(options, parse);
        var symbols = SparkAdsSymbols.Resolve(compilation, options);
        return (symbols, new SwitchCatalog(merged.Errors, symbols.ErrorEnum));
    }

    public SwitchCatalog(IReadOnlyList<ErrorDefinition> errors, INamedTypeSymbol? errorEnum)
    {
        Errors = errors;
        var byMember = new Dictionary<string, ErrorDefinition>(StringComparer.Ordinal);
        foreach (var error in errors)
        {
            byMember[error.MemberName] = error;
            _byKey[error.Key] = error;
            if (error.Code is { } code)
            {
                if (!_byCode.TryGetValue(code, out var list))
                {
                    _byCode.Add(code, list = new List<ErrorDefinition>());
                }

                list.Add(error);
            }
        }

        if (errorEnum is null)
        {
            return;
        }

        foreach (var member in errorEnum.GetMembers())
        {
            if (member is IFieldSymbol { HasConstantValue: true } field
                && byMember.TryGetValue(field.Name, out var error)
                && SwitchConstants.AsInteger(field.ConstantValue) is { } value)
            {
                _byEnumValue[value] = error;
            }
        }

        var members = new HashSet<ErrorDefinition>(_byEnumValue.Values);
        EnumErrors = errors.Where(members.Contains).ToList();
    }

    /// <summary>Every catalog error in catalog order.</summary>
    public IReadOnlyList<ErrorDefinition> Errors { get; }

    public bool IsEmpty => Errors.Count == 0;

    public ErrorDefinition? ByEnumValue(long value) => _byEnumValue.TryGetValue(value, out var error) ? error : null;

    /// <summary>The errors the compiled enum has a member for, in catalog order: what an enum switch owes.</summary>
    public IReadOnlyList<ErrorDefinition> EnumErrors { get; private set; } = [];

    public bool IsCode(long code) => _byCode.ContainsKey(code);

    public ErrorDefinition? ByKey(string key) => _byKey.TryGetValue(key, out var error) ? error : null;
}
