using System.Collections.Generic;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// Finds where each field of a raw CSV record starts, so a diagnostic can point at the cell.
/// CsvHelper parses the values; it does not expose field positions, and this is all we need of them.
/// </summary>
internal static class CsvFieldLocator
{
    /// <summary>Start offsets (within <paramref name="rawRecord"/>) of each field, in order.</summary>
    public static List<int> FieldStarts(string rawRecord, char delimiter)
    {
        var starts = new List<int> { 0 };
        var inQuotes = false;
        for (var i = 0; i < rawRecord.Length; i++)
        {
            var c = rawRecord[i];
            if (c == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (c == delimiter && !inQuotes)
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
