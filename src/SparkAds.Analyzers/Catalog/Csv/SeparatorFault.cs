using System.Threading;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// The one fault of a header in which the file's separator finds no schema column (SPARK118): what the header says,
/// which separators were tried, and what it seems to use instead, rather than a SPARK102 for each required column.
/// </summary>
internal static class SeparatorFault
{
    private const int ShownLength = 80;

    public static CatalogFault Create(CatalogLocation header, string rawHeader, string body, CatalogSeparator separator, CancellationToken cancellationToken)
    {
        var tried = separator.IsDeclared
            ? CatalogSeparator.Describe(separator.Character) + " (its " + CatalogSeparator.LineFor(separator.Character) + " line)"
            : SeparatorDetector.CandidatesText;
        return CatalogFault.Create(DiagnosticIds.CatalogSeparatorNotFound, header, Shown(rawHeader), tried, Advice(separator, SeparatorDetector.Apparent(body, rawHeader, cancellationToken)));
    }

    private static string Advice(CatalogSeparator separator, char? apparent)
    {
        if (apparent is not { } found)
        {
            return ": name the columns key, message and remedy in the first row";
        }

        var seems = "; it seems separated by " + CatalogSeparator.Describe(found) + ": ";
        if (separator.IsDeclared)
        {
            return seems + (found is ',' or ';' or '\t' ? "correct or remove" : "correct") + " the " + CatalogSeparator.LineFor(separator.Character) + " line";
        }

        return seems + "save it with " + SeparatorDetector.CandidatesText + " as separator, or add the first line " + CatalogSeparator.LineFor(found);
    }

    /// <summary>The header's first line as a one-line message shows it: shortened past 80 characters, tabs as <c>\t</c>.</summary>
    private static string Shown(string rawHeader)
    {
        var end = rawHeader.IndexOfAny(['\r', '\n']);
        var line = (end < 0 ? rawHeader : rawHeader.Substring(0, end)).TrimStart('\uFEFF');
        if (line.Length > ShownLength)
        {
            line = line.Substring(0, char.IsHighSurrogate(line[ShownLength - 2]) ? ShownLength - 2 : ShownLength - 1) + "\u2026";
        }

        return line.Replace("\t", "\\t");
    }
}
