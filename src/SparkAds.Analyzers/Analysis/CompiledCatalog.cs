using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// The catalog as the compiled <c>SparkAdsError</c> states it, whether it was generated in this compilation or in a
/// referenced assembly: one error per enum member (except <c>Unknown</c>) in value order, its key from the
/// <c>SparkAdsErrorKeys</c> constant and its code from the <c>SparkAdsErrorCodes</c> constant of the same name.
/// So a switch is checked against the catalog of the type it uses, team rows of another project included, without
/// reading that project's CSV. Remedies (for the fix's comments) come from this project's catalogs when they hold
/// the key; the catalog of a referenced project has none here, and its cases get no comment.
/// </summary>
internal static class CompiledCatalog
{
    public static IReadOnlyList<ErrorDefinition> Read(SparkAdsSymbols symbols, IReadOnlyDictionary<string, string> remedies, CancellationToken cancellationToken)
    {
        if (symbols.ErrorEnum is not { } errorEnum)
        {
            return Array.Empty<ErrorDefinition>();
        }

        var members = new List<(long Value, IFieldSymbol Field)>();
        foreach (var member in errorEnum.GetMembers())
        {
            if ((members.Count & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (member is IFieldSymbol { HasConstantValue: true } field
                && SwitchConstants.AsInteger(field.ConstantValue) is { } value
                && value != 0)
            {
                members.Add((value, field));
            }
        }

        members.Sort(static (a, b) => a.Value.CompareTo(b.Value));
        var errors = new List<ErrorDefinition>(members.Count);
        foreach (var (_, field) in members)
        {
            if ((errors.Count & 0xFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (Constant(symbols.ErrorKeys, field.Name) is not string key)
            {
                continue;
            }

            var code = Constant(symbols.ErrorCodes, field.Name) is int value ? value : (int?)null;
            var remedy = remedies.TryGetValue(key, out var text) ? text : string.Empty;
            errors.Add(new ErrorDefinition(key, field.Name, code, string.Empty, remedy, CatalogErrorKind.User));
        }

        return errors;
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
}
