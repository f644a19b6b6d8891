namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// The character that separates a catalog's fields, and whether the file names it in an Excel <c>sep=</c> first line
/// (<see cref="IsDeclared"/>) or it was told from the header row (<see cref="SeparatorDetector"/>).
/// </summary>
internal readonly record struct CatalogSeparator(char Character, bool IsDeclared)
{
    /// <summary>How a message names a separator: <c>','</c>, <c>';'</c>, <c>a tab</c>.</summary>
    public static string Describe(char separator) => separator == '\t' ? "a tab" : "'" + separator + "'";

    /// <summary>How a message writes the <c>sep=</c> line that names <paramref name="separator"/>: <c>'sep=;'</c>, <c>'sep=\t'</c>.</summary>
    public static string LineFor(char separator) => "'sep=" + (separator == '\t' ? "\\t" : separator.ToString()) + "'";
}
