using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SparkAds.Analyzers.Analysis;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Missing errors as a message names them and as the code fix reads them back from the diagnostic's properties.
/// The message lists up to four as <c>key (code)</c>; beyond that the first three and "and N more".
/// </summary>
internal static class MissingErrorList
{
    private const int ListedInFull = 4;
    private const int ListedBeforeMore = 3;

    /// <summary>The message's list of the errors at <paramref name="positions"/> of <paramref name="catalog"/>, <c>null</c> first.</summary>
    public static string Describe(ErrorIndex catalog, ImmutableArray<int> positions, bool includeNull)
    {
        var items = new List<string>();
        if (includeNull)
        {
            items.Add("null");
        }

        items.AddRange(positions.Select(index => Describe(catalog, index)));
        if (items.Count > ListedInFull)
        {
            var more = (items.Count - ListedBeforeMore).ToString(CultureInfo.InvariantCulture);
            return string.Join(", ", items.Take(ListedBeforeMore)) + " and " + more + " more";
        }

        return items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];
    }

    private static string Describe(ErrorIndex catalog, int index)
        => catalog.CodeAt(index) is { } code ? catalog.KeyAt(index) + " (" + code.ToString(CultureInfo.InvariantCulture) + ")" : catalog.KeyAt(index);

    /// <summary>
    /// What the fix reads: the kind of switch, the namespace, the keys to add with their member names, codes and
    /// remedies (<paramref name="remedies"/>, by key), and the plan of where they go; without a plan, no keys (the fix
    /// offers nothing).
    /// </summary>
    public static ImmutableDictionary<string, string?> Properties(
        SwitchKind kind, string @namespace, ErrorIndex catalog, ImmutableArray<int> positions, bool includeNull, IReadOnlyDictionary<string, string> remedies, SwitchFixPlan? plan)
    {
        var properties = ImmutableDictionary.CreateBuilder<string, string?>();
        properties.Add(DiagnosticPropertyNames.SwitchKind, kind switch
        {
            SwitchKind.Enum => DiagnosticPropertyNames.EnumSwitch,
            SwitchKind.Code => DiagnosticPropertyNames.CodeSwitch,
            _ => DiagnosticPropertyNames.KeySwitch,
        });
        properties.Add(DiagnosticPropertyNames.Namespace, @namespace);
        if (plan is null)
        {
            return properties.ToImmutable();
        }

        properties.Add(DiagnosticPropertyNames.MissingKeys, string.Join(DiagnosticPropertyNames.ListSeparator.ToString(), positions.Select(catalog.KeyAt)));
        if (includeNull)
        {
            properties.Add(DiagnosticPropertyNames.MissingNull, "true");
        }

        foreach (var index in positions)
        {
            var key = catalog.KeyAt(index);
            properties.Add(DiagnosticPropertyNames.ErrorPrefix + key, remedies.TryGetValue(key, out var remedy) ? remedy : string.Empty);
            properties.Add(DiagnosticPropertyNames.MemberPrefix + key, catalog.MemberNameAt(index));
            if (catalog.CodeAt(index) is { } code)
            {
                properties.Add(DiagnosticPropertyNames.CodePrefix + key, code.ToString(CultureInfo.InvariantCulture));
            }
        }

        plan.AddTo(properties);
        return properties.ToImmutable();
    }
}
