using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using CsvHelper;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// Reads one catalog CSV with CsvHelper's field-level parser (no reflection mapping) into valid rows and
/// located faults. Never throws except for cancellation: a fault skips its row, not the file. Reads files as
/// spreadsheet programs save them: the separator told from the header row or an Excel <c>sep=</c> line, line
/// breaks in fields as <c>\n</c>, and rows holding characters the compiler could not decode never generated.
/// </summary>
internal static class CatalogParser
{
    private const char ByteOrderMark = '\uFEFF';

    public static ParsedCatalogFile Parse(string path, SourceText? text, bool isBuiltIn, CancellationToken cancellationToken)
    {
        var entries = ImmutableArray.CreateBuilder<CatalogEntry>();
        var faults = ImmutableArray.CreateBuilder<CatalogFault>();
        var fileName = Path.GetFileName(path);

        if (text is null)
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogUnreadable, FileStart(path), fileName, "the file could not be read"));
            return Result();
        }

        var content = text.ToString();
        if (content.Trim(ByteOrderMark, ' ', '\t', '\r', '\n').Trim().Length == 0)
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogUnreadable, FileStart(path), fileName, "the file is empty; a catalog needs at least a header row"));
            return Result();
        }

        var reader = new CatalogFileReader(path, text, content, entries, faults);
        try
        {
            reader.Read(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A catalog must never crash the build: whatever CsvHelper throws becomes a diagnostic.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // CsvHelper gave up on the rest of the file: keep what was read, say where it stopped.
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMalformedCsv, reader.LastLocation ?? FileStart(path), "the parser stopped here (" + FirstLine(exception.Message) + "); the rest of the file is skipped"));
        }

        reader.ReportUnreadableText();
        return Result(reader.TeamColumns);

        ParsedCatalogFile Result(ImmutableArray<TeamColumnHeader> columns = default) => new(path, isBuiltIn, new EquatableArray<CatalogEntry>(entries.ToImmutable()), new EquatableArray<CatalogFault>(faults.ToImmutable()))
        {
            Columns = columns.IsDefaultOrEmpty ? EquatableArray<TeamColumnHeader>.Empty : new EquatableArray<TeamColumnHeader>(columns),
        };
    }

    internal static CatalogLocation FileStart(string path) => new(path, default, default);

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message.Substring(0, end);
    }

    /// <summary>One pass over one file: the separator, the header, then every record.</summary>
    private sealed class CatalogFileReader(
        string path,
        SourceText text,
        string content,
        ImmutableArray<CatalogEntry>.Builder entries,
        ImmutableArray<CatalogFault>.Builder faults)
    {
        private bool _badData;
        private char _separator;

        /// <summary>Where the header starts: after an Excel <c>sep=</c> line, else 0 (a byte-order mark stays in the header).</summary>
        private int _bodyStart;
        private bool _rowsRead;
        private int _unreadableRows;

        public CatalogLocation? LastLocation { get; private set; }

        /// <summary>The typed team columns the header declares, once it is read.</summary>
        public ImmutableArray<TeamColumnHeader> TeamColumns { get; private set; } = ImmutableArray<TeamColumnHeader>.Empty;

        public void Read(CancellationToken cancellationToken)
        {
            var declared = SeparatorLine.TryRead(content, out var declaredSeparator, out _bodyStart);
            var body = _bodyStart == 0 ? content : content.Substring(_bodyStart);
            var separator = new CatalogSeparator(declared ? declaredSeparator : SeparatorDetector.Detect(body, cancellationToken), declared);
            _separator = separator.Character;

            // Reported lazily, when a field is read: every field is read (Record) before the flag is checked.
            var configuration = CatalogCsvConfiguration.Create(_separator, _ => _badData = true);
            using var reader = new StringReader(body);
            using var parser = new CsvParser(reader, configuration);

            if (!NextRecord(parser, out var header, out var headerFields))
            {
                faults.Add(CatalogFault.Create(DiagnosticIds.CatalogUnreadable, FileStart(path), Path.GetFileName(path), "the file has no header row"));
                return;
            }

            if (_badData)
            {
                faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMalformedCsv, ProblemCell(header), Malformed(header) + "; the header cannot be read, so no row of this file is generated"));
                return;
            }

            if (CatalogColumns.CountSchemaColumns(headerFields) == 0)
            {
                faults.Add(SeparatorFault.Create(header.Whole(text), header.Raw, body, separator, cancellationToken));
                return;
            }

            if (CatalogHeader.Read(header, headerFields, text, faults) is not { } columns)
            {
                return;
            }

            _rowsRead = true;
            TeamColumns = ImmutableArray.CreateRange(columns.TeamColumns, static c => c.Header);
            var rows = new CatalogRowReader(text, columns, faults);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!NextRecord(parser, out var record, out var fields))
                {
                    break;
                }

                var unreadable = UnreadableText.IsIn(record.Raw);
                _unreadableRows += unreadable ? 1 : 0;
                if (_badData || record.Shape.Problem != CsvProblem.None)
                {
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMalformedCsv, ProblemCell(record), Malformed(record) + Consequence(record)));
                    continue;
                }

                if (!unreadable && rows.Read(fields, record) is { } entry)
                {
                    entries.Add(entry);
                }
            }
        }

        /// <summary>One fault at the file's first replacement character, if it has one (<see cref="UnreadableText"/>).</summary>
        public void ReportUnreadableText()
        {
            var first = UnreadableText.FindFirst(content);
            if (first >= 0)
            {
                var span = new TextSpan(first, 1);
                faults.Add(CatalogFault.Create(DiagnosticIds.CatalogNotUtf8, new CatalogLocation(path, span, text.Lines.GetLinePositionSpan(span)), UnreadableText.Consequence(_unreadableRows, _rowsRead)));
            }
        }

        private bool NextRecord(CsvParser parser, out RawRecord record, out string[] fields)
        {
            _badData = false;
            if (!parser.Read())
            {
                record = default;
                fields = [];
                return false;
            }

            // CharCount is where the record ends in the text after the sep= line (blank lines it skipped come before RawRecord).
            var raw = parser.RawRecord ?? string.Empty;
            var end = (int)Math.Min(parser.CharCount, content.Length - _bodyStart);
            var start = _bodyStart + Math.Max(0, end - raw.Length);
            record = new RawRecord(path, start, raw, CsvFieldLocator.Scan(raw, _separator));
            LastLocation = record.Cell(0, text);
            fields = parser.Record ?? [];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = FieldLineBreaks.ToLineFeeds(fields[i]);
            }

            return true;
        }

        private CatalogLocation ProblemCell(RawRecord record)
            => record.Cell(Math.Max(0, record.Shape.ProblemField), text);

        private static string Malformed(RawRecord record) => record.Shape.Problem switch
        {
            CsvProblem.UnterminatedQuote => "the quote that opens this field is never closed, so the rest of the file is read as one field",
            _ => "a quote is misplaced in this field (RFC 4180: quote the whole field and double the quotes inside it)",
        };

        private string Consequence(RawRecord record)
        {
            var first = record.Cell(0, text).Line;
            var last = record.LastLine(text);
            return last > first
                ? "; the record runs from line " + Number(first) + " to line " + Number(last) + " and is skipped"
                : "; the row is skipped";
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
