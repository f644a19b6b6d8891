using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SparkAds.Analyzers.Analysis;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Missing errors as a SPARK001/SPARK002 message names them: up to four as <c>key (code)</c>; beyond that the first
/// three and "and N more".
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
}
