using System;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>Where one CSV record stands in its file, and where each of its fields starts.</summary>
internal readonly struct RawRecord
{
    private readonly string _path;
    private readonly int _start;
    private readonly string _raw;
    private readonly CsvRecordShape _shape;

    public RawRecord(string path, int start, string raw, CsvRecordShape shape)
    {
        _path = path;
        _start = start;
        _raw = raw;
        _shape = shape;
    }

    public CsvRecordShape Shape => _shape;

    /// <summary>The record as the file writes it, line break included.</summary>
    public string Raw => _raw ?? string.Empty;

    /// <summary>
    /// The location of field <paramref name="index"/>: the cell without its delimiter or line break. A row
    /// too short to have the field gets an empty span where the field would start, at the end of the row.
    /// </summary>
    public CatalogLocation Cell(int index, SourceText text)
    {
        var starts = _shape.FieldStarts;
        int start;
        int end;
        if (index >= 0 && index < starts.Count)
        {
            start = starts[index];
            end = index + 1 < starts.Count ? starts[index + 1] - 1 : ContentEnd();
        }
        else
        {
            start = end = ContentEnd();
        }

        return At(start, Math.Max(start, end), text);
    }

    /// <summary>The whole record, without its final line break.</summary>
    public CatalogLocation Whole(SourceText text) => At(0, ContentEnd(), text);

    /// <summary>The 1-based line of the record's last character, for messages about records that span lines.</summary>
    public int LastLine(SourceText text)
    {
        var last = Math.Min(Math.Max(_start, _start + ContentEnd() - 1), Math.Max(0, text.Length - 1));
        return text.Length == 0 ? 1 : text.Lines.GetLineFromPosition(last).LineNumber + 1;
    }

    private CatalogLocation At(int start, int end, SourceText text)
    {
        var from = Clamp(_start + start, text);
        var to = Math.Max(from, Clamp(_start + end, text));
        var span = TextSpan.FromBounds(from, to);
        return new CatalogLocation(_path, span, text.Lines.GetLinePositionSpan(span));
    }

    private static int Clamp(int offset, SourceText text) => Math.Min(Math.Max(0, offset), text.Length);

    private int ContentEnd()
    {
        var end = _raw.Length;
        if (end > 0 && _raw[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && _raw[end - 1] == '\r')
        {
            end--;
        }

        return end;
    }
}
