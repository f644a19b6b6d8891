using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog.BuiltIn;

/// <summary>
/// The package's own catalog (<c>catalog/spark-ads-errors.csv</c>), read when this assembly was built and kept here as
/// rows (<c>BuiltInCatalog.Rows.cs</c>): a build with only the built-in catalog, which is most builds, neither loads
/// CsvHelper nor parses. It stands for the file only when the file's text is the one it was read from (its length and
/// hash); any other text is parsed as usual, so an edited or stale copy is never misread. A test keeps the rows equal to
/// the parse of the shipped file.
/// </summary>
internal static partial class BuiltInCatalog
{
    /// <summary>The built-in catalog's parse when <paramref name="text"/> is the text the rows were read from; else null.</summary>
    public static ParsedCatalogFile? TryGet(string path, SourceText? text)
    {
        if (text is null || text.Length != TextLength || Hash(text) != TextHash)
        {
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<CatalogEntry>(Rows.Length);
        foreach (var row in Rows)
        {
            var entry = new CatalogEntry(row.Key, row.MemberName, row.Code, row.Message, row.Remedy, row.Kind, Location(path, text, row.KeyStart, row.KeyLength));
            entries.Add(row.IsRetired || row.ReplacedBy is not null
                ? entry with { IsRetired = row.IsRetired, ReplacedBy = row.ReplacedBy, ReplacedByLocation = Location(path, text, row.ReplacedByStart, row.ReplacedByLength) }
                : entry);
        }

        return new ParsedCatalogFile(path, IsBuiltIn: true, new EquatableArray<CatalogEntry>(entries.MoveToImmutable()), EquatableArray<CatalogFault>.Empty);
    }

    /// <summary>FNV-1a (64 bits) of the text's UTF-16 code units: which text the rows were read from.</summary>
    public static ulong Hash(SourceText text)
    {
        var hash = 14695981039346656037UL;
        var buffer = new char[1024];
        for (var start = 0; start < text.Length; start += buffer.Length)
        {
            var length = System.Math.Min(buffer.Length, text.Length - start);
            text.CopyTo(start, buffer, 0, length);
            for (var i = 0; i < length; i++)
            {
                hash = unchecked((hash ^ buffer[i]) * 1099511628211UL);
            }
        }

        return hash;
    }

    private static CatalogLocation Location(string path, SourceText text, int start, int length)
    {
        var span = new TextSpan(start, length);
        return new CatalogLocation(path, span, text.Lines.GetLinePositionSpan(span));
    }

    /// <summary>One row as the parser read it: its cells, and where its key and replaced_by cells stand in the text.</summary>
    private sealed record Row(
        string Key,
        string MemberName,
        int? Code,
        string Message,
        string Remedy,
        CatalogErrorKind Kind,
        bool IsRetired,
        string? ReplacedBy,
        int KeyStart,
        int KeyLength,
        int ReplacedByStart,
        int ReplacedByLength);
}
