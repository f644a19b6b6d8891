using System.Collections.Generic;
using System.IO;
using System.Threading;
using CsvHelper;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// Tells a catalog's separator from its header row, as spreadsheet programs save CSV: ',' (the default), ';' (Excel
/// wherever the decimal mark is a comma) or a tab. The separator is the one whose split of the header, read by
/// CsvHelper (so only separators outside quotes count), names the most schema columns; a tie goes to the first of
/// ',', ';', tab. CsvHelper's own detection is not used: it counts separators over the first lines, which unquoted
/// commas in a semicolon file's texts can sway, and it knows neither the schema nor Excel's <c>sep=</c> line.
/// </summary>
internal static class SeparatorDetector
{
    private static readonly char[] Candidates = [',', ';', '\t'];

    /// <summary>The separators tried, as a message names them.</summary>
    public const string CandidatesText = "',', ';' or a tab";

    /// <summary>The separator of <paramref name="body"/> (the file from its header row on).</summary>
    public static char Detect(string body, CancellationToken cancellationToken)
    {
        var best = Candidates[0];
        var most = -1;
        string? rawHeader = null;
        foreach (var candidate in Candidates)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // A separator the header does not hold splits it into one field, one schema column at most: it cannot beat a
            // ',' that found one (a tie goes to ','), so the header is not read again for it.
            if (most > 0 && rawHeader is not null && rawHeader.IndexOf(candidate) < 0)
            {
                continue;
            }

            var recognised = CatalogColumns.CountSchemaColumns(HeaderFields(body, candidate, out var raw));
            rawHeader ??= raw;
            if (recognised > most)
            {
                best = candidate;
                most = recognised;
            }
        }

        return best;
    }

    /// <summary>
    /// For a header in which the file's separator finds no schema column: the character that splits it into the most
    /// schema columns (',', ';', a tab, or any punctuation the header holds), or <see langword="null"/> when none does.
    /// </summary>
    public static char? Apparent(string body, string rawHeader, CancellationToken cancellationToken)
    {
        var tried = new HashSet<char>();
        char? best = null;
        var most = 0;
        foreach (var candidate in PossibleSeparators(rawHeader))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!tried.Add(candidate))
            {
                continue;
            }

            var recognised = CatalogColumns.CountSchemaColumns(HeaderFields(body, candidate, out _));
            if (recognised > most)
            {
                best = candidate;
                most = recognised;
            }
        }

        return best;
    }

    private static IEnumerable<char> PossibleSeparators(string rawHeader)
    {
        foreach (var candidate in Candidates)
        {
            yield return candidate;
        }

        foreach (var character in rawHeader)
        {
            if (!char.IsLetterOrDigit(character) && !char.IsWhiteSpace(character) && character is not '_' and not '"' and not '\uFEFF')
            {
                yield return character;
            }
        }
    }

    /// <summary>The first record of <paramref name="body"/> split at <paramref name="separator"/>, quotes honoured, and its raw text.</summary>
    private static string[] HeaderFields(string body, char separator, out string raw)
    {
        using var reader = new StringReader(body);
        using var parser = new CsvParser(reader, CatalogCsvConfiguration.Create(separator, badDataFound: null));
        var read = parser.Read();
        raw = read ? parser.RawRecord ?? string.Empty : string.Empty;
        return read ? parser.Record ?? [] : [];
    }
}
