using System;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// Excel's <c>sep=X</c> first line: it names the separator of the rest of the file (any one character Excel
/// accepts), and the header follows on the next line. A byte-order mark may come before it.
/// </summary>
internal static class SeparatorLine
{
    private const string Prefix = "sep=";

    /// <summary>
    /// Whether <paramref name="content"/> starts with a separator line; if so, the separator it names and the offset
    /// of the line after it, where the header starts.
    /// </summary>
    public static bool TryRead(string content, out char separator, out int headerStart)
    {
        separator = default;
        headerStart = 0;
        var start = content.Length > 0 && content[0] == '\uFEFF' ? 1 : 0;
        var at = start + Prefix.Length;
        if (content.Length <= at || string.Compare(content, start, Prefix, 0, Prefix.Length, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var candidate = content[at];
        var end = at + 1;
        if (candidate is '"' or '\r' or '\n')
        {
            // No field can be separated by a quote or a line break: this is a header that starts with "sep=".
            return false;
        }

        if (end < content.Length && content[end] == '\r')
        {
            end++;
        }

        if (end < content.Length && content[end] == '\n')
        {
            end++;
        }

        if (end < content.Length && content[end - 1] is not '\r' and not '\n')
        {
            // More than one character after "sep=": not Excel's line.
            return false;
        }

        separator = candidate;
        headerStart = end;
        return true;
    }
}
