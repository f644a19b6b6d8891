using System.Globalization;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// Bytes that are not valid in the encoding the compiler decoded the file with (a catalog saved as Windows-1252, as
/// Excel's plain "CSV (Comma delimited)" does, decoded as UTF-8) reach the generator as U+FFFD, the replacement
/// character: the compiler hands over text, never bytes, and analyzers may not read files. A row holding one is
/// never generated, so no replacement character reaches the product; the file gets one fault at the first.
/// </summary>
internal static class UnreadableText
{
    public const char ReplacementCharacter = '\uFFFD';

    /// <summary>The offset of the first replacement character, or -1.</summary>
    public static int FindFirst(string content) => content.IndexOf(ReplacementCharacter);

    public static bool IsIn(string value) => value.IndexOf(ReplacementCharacter) >= 0;

    /// <summary>What the fault says was lost: <paramref name="skippedRows"/> rows, or the file when its rows were never read.</summary>
    public static string Consequence(int skippedRows, bool rowsWereRead) => (rowsWereRead, skippedRows) switch
    {
        (false, _) => "no row of this file is generated",
        (true, 0) => "no row holds one, so none is skipped",
        (true, 1) => "the one row holding such characters is skipped",
        _ => "the " + skippedRows.ToString(CultureInfo.InvariantCulture) + " rows holding such characters are skipped",
    };
}
