using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>How CsvHelper reads a catalog: RFC 4180, field by field, nothing trimmed, with the file's separator.</summary>
internal static class CatalogCsvConfiguration
{
    public static CsvConfiguration Create(char separator, BadDataFound? badDataFound) => new(CultureInfo.InvariantCulture)
    {
        Mode = CsvMode.RFC4180,
        Delimiter = separator.ToString(),
        DetectDelimiter = false,
        HasHeaderRecord = true,
        IgnoreBlankLines = true,
        TrimOptions = TrimOptions.None,
        // Nothing is trimmed, so no character needs to count as white space; an Excel 'sep= ' line may name a space.
        WhiteSpaceChars = [],
        LineBreakInQuotedFieldIsBadData = false,
        BadDataFound = badDataFound,
        MissingFieldFound = null,
    };
}
