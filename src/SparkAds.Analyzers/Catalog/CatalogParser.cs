using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Threading;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// Reads one catalog CSV with CsvHelper's field-level parser (no reflection mapping) into valid rows and
/// located faults. Never throws except for cancellation: a fault skips its row, not the file.
/// </summary>
internal static class CatalogParser
{
    private const char Delimiter = ',';

    public static ParsedCatalog Parse(string path, SourceText? text, bool isBuiltIn, CancellationToken cancellationToken)
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
        if (content.Trim().Length == 0)
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogUnreadable, FileStart(path), fileName, "the file is empty; a catalog needs at least a header row"));
            return Result();
        }

        try
        {
            ReadRecords(path, text, content, entries, faults, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            // CsvHelper gave up on the rest of the file: keep what was read, say where it stopped.
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMalformedCsv, FileStart(path), "the parser stopped (" + FirstLine(exception.Message) + ")"));
        }

        return Result();

        ParsedCatalog Result() => new(path, isBuiltIn, new EquatableArray<CatalogEntry>(entries.ToImmutable()), new EquatableArray<CatalogFault>(faults.ToImmutable()));
    }

    private static void ReadRecords(
        string path,
        SourceText text,
        string content,
        ImmutableArray<CatalogEntry>.Builder entries,
        ImmutableArray<CatalogFault>.Builder faults,
        CancellationToken cancellationToken)
    {
        var badData = false;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            Delimiter = Delimiter.ToString(),
            DetectDelimiter = false,
            HasHeaderRecord = true,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            LineBreakInQuotedFieldIsBadData = false,
            BadDataFound = _ => badData = true,
        };

        using var reader = new StringReader(content);
        using var parser = new CsvParser(reader, configuration);

        if (!parser.Read())
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogUnreadable, FileStart(path), Path.GetFileName(path), "the file has no header row"));
            return;
        }

        var header = RecordAt(parser, path, content);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var headerFields = parser.Record ?? Array.Empty<string>();
        for (var i = 0; i < headerFields.Length; i++)
        {
            var name = headerFields[i].Trim();
            if (!columns.ContainsKey(name))
            {
                columns.Add(name, i);
            }
        }

        var missing = new List<string>();
        foreach (var required in CatalogColumns.Required)
        {
            if (!columns.ContainsKey(required))
            {
                missing.Add(required);
            }
        }

        if (missing.Count > 0)
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMissingColumn, header.Cell(0, text), string.Join("', '", missing)));
            return;
        }

        var rows = new CatalogRowReader(text, columns, faults);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            badData = false;
            if (!parser.Read())
            {
                break;
            }

            var record = RecordAt(parser, path, content);
            var fields = parser.Record ?? Array.Empty<string>();
            if (badData)
            {
                faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMalformedCsv, record.Cell(0, text), "a quote is misplaced in this row (RFC 4180: quote the whole field and double the quotes inside it)"));
                continue;
            }

            if (rows.Read(fields, record) is { } entry)
            {
                entries.Add(entry);
            }
        }
    }

    private static RawRecord RecordAt(CsvParser parser, string path, string content)
    {
        var raw = parser.RawRecord ?? string.Empty;
        var end = (int)Math.Min(parser.CharCount, content.Length);
        var start = Math.Max(0, end - raw.Length);
        return new RawRecord(path, start, raw, CsvFieldLocator.FieldStarts(raw, Delimiter));
    }

    private static CatalogLocation FileStart(string path) => new(path, default, default);

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message.Substring(0, end);
    }
}
