using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Catalog;

/// <summary>Where one CSV record stands in its file, and where each of its fields starts.</summary>
internal readonly struct RawRecord
{
    private readonly string _path;
    private readonly int _start;
    private readonly string _raw;
    private readonly List<int> _fieldStarts;

    public RawRecord(string path, int start, string raw, List<int> fieldStarts)
    {
        _path = path;
        _start = start;
        _raw = raw;
        _fieldStarts = fieldStarts;
    }

    /// <summary>The location of field <paramref name="index"/> (the record's start if the row is shorter).</summary>
    public CatalogLocation Cell(int index, SourceText text)
    {
        var offset = index < _fieldStarts.Count ? _fieldStarts[index] : 0;
        var fieldEnd = index + 1 < _fieldStarts.Count ? _fieldStarts[index + 1] - 1 : TrimLineBreak(_raw.Length);
        var start = Math.Min(_start + offset, text.Length);
        var end = Math.Min(Math.Max(start, _start + fieldEnd), text.Length);
        var span = TextSpan.FromBounds(start, end);
        return new CatalogLocation(_path, span, text.Lines.GetLinePositionSpan(span));
    }

    private int TrimLineBreak(int end)
    {
        while (end > 0 && (_raw[end - 1] == '\n' || _raw[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }
}
