namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// A line break inside a field reaches the generated code as <c>\n</c>, whether the file writes it as LF, CRLF or a
/// lone CR, so the generated code is the same on every checkout (Git's CRLF conversion included) and every host.
/// </summary>
internal static class FieldLineBreaks
{
    public static string ToLineFeeds(string value)
        => value.IndexOf('\r') < 0 ? value : value.Replace("\r\n", "\n").Replace('\r', '\n');
}
