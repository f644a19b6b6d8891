using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Missing errors as a message names them and as the code fix reads them back from the diagnostic's properties.
/// The message lists up to four as <c>key (code)</c>; beyond that the first three and "and N more".
/// </summary>
internal static class MissingErrorList
{
    private const int ListedInFull = 4;
    private const int ListedBeforeMore = 3;

    public static string Describe(ImmutableArray<ErrorDefinition> errors, bool includeNull)
    {
        var items = new List<string>();
        if (includeNull)
        {
            items.Add("null");
        }

        items.AddRange(errors.Select(Describe));
        if (items.Count > ListedInFull)
        {
            var more = (items.Count - ListedBeforeMore).ToString(CultureInfo.InvariantCulture);
            return string.Join(", ", items.Take(ListedBeforeMore)) + " and " + more + " more";
        }

        return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
    }

    public static string Describe(ErrorDefinition error)
        => error.Code is { } code ? error.Key + " (" + code.ToString(CultureInfo.InvariantCulture) + ")" : error.Key;

    public static ImmutableDictionary<string, string?> Properties(SwitchKind kind, string @namespace, ImmutableArray<ErrorDefinition> errors, bool includeNull)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(DiagnosticPropertyNames.SwitchKind, kind switch
        {
            SwitchKind.Enum => DiagnosticPropertyNames.EnumSwitch,
            SwitchKind.Code => DiagnosticPropertyNames.CodeSwitch,
            _ => DiagnosticPropertyNames.KeySwitch,
        });
        properties.Add(DiagnosticPropertyNames.Namespace, @namespace);
        properties.Add(DiagnosticPropertyNames.MissingKeys, string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), errors.Select(static e => e.Key)));
        if (includeNull)
        {
            properties.Add(DiagnosticPropertyNames.MissingNull, "true");
        }

        foreach (var error in errors)
        {
            properties.Add(DiagnosticPropertyNames.ErrorPrefix + error.Key, error.Remedy);
            properties.Add(DiagnosticPropertyNames.MemberPrefix + error.Key, error.MemberName);
            if (error.Code is { } code)
            {
                properties.Add(DiagnosticPropertyNames.CodePrefix + error.Key, code.ToString(CultureInfo.InvariantCulture));
            }
        }

        return properties.ToImmutable();
    }
}
