using System.Collections.Generic;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// Finds where each field of a raw CSV record starts, and the first field that breaks RFC 4180, so a
/// diagnostic can point at the cell. CsvHelper parses the values but exposes neither. The scan follows
/// CsvHelper's RFC 4180 mode: a quote opens a quoted field only as its first character; anywhere else
/// in an unquoted field, or after a closing quote, it is misplaced.
/// </summary>
internal static class CsvFieldLocator
{
    public static CsvRecordShape Scan(string rawRecord, char delimiter)
    {
        var starts = new List<int> { 0 };
        var problemField = -1;
        var problem = CsvProblem.None;
        var field = 0;
        var i = 0;
        while (i <= rawRecord.Length)
        {
            if (i < rawRecord.Length && rawRecord[i] == '"')
            {
                // Quoted field: runs to a quote that is not doubled.
                i++;
                var closed = false;
                while (i < rawRecord.Length)
                {
                    if (rawRecord[i] == '"')
                    {
                        if (i + 1 < rawRecord.Length && rawRecord[i + 1] == '"')
                        {
                            i += 2;
                            continue;
                        }

                        closed = true;
                        i++;
                        break;
                    }

                    i++;
                }

                if (!closed)
                {
                    Note(CsvProblem.UnterminatedQuote);
                    break;
                }
            }

            // Unquoted text, or what follows a closing quote: runs to the delimiter or the line break.
            var afterQuote = i > 0 && i <= rawRecord.Length && starts[field] < i && rawRecord[starts[field]] == '"';
            while (i < rawRecord.Length && rawRecord[i] != delimiter && rawRecord[i] != '\r' && rawRecord[i] != '\n')
            {
                if (rawRecord[i] == '"' || afterQuote)
                {
                    Note(CsvProblem.MisplacedQuote);
                }

                i++;
            }

            if (i < rawRecord.Length && rawRecord[i] == delimiter)
            {
                i++;
                starts.Add(i);
                field++;
                continue;
            }

            break;
        }

        return new CsvRecordShape(starts, problemField, problem);

        void Note(CsvProblem found)
        {
            if (problem == CsvProblem.None)
            {
                problem = found;
                problemField = field;
            }
        }
    }
}
