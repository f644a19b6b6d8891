using System;
using System.Collections.Generic;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>Column names of the catalog schema, matched case-insensitively after trimming.</summary>
internal static class CatalogColumns
{
    public const string Key = "key";
    public const string Code = "code";
    public const string Message = "message";
    public const string Remedy = "remedy";
    public const string Kind = "kind";
    public const string Status = "status";
    public const string ReplacedBy = "replaced_by";

    public static readonly string[] Required = [Key, Message, Remedy];

    private static readonly string[] Schema = [Key, Code, Message, Remedy, Kind, Status, ReplacedBy];

    /// <summary>A header field as a column name: without a byte-order mark and surrounding white space.</summary>
    public static string NameOf(string headerField) => headerField.TrimStart('\uFEFF').Trim();

    /// <summary>How many distinct schema columns a header names (0 when it is split at the wrong separator).</summary>
    public static int CountSchemaColumns(string[] headerFields)
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in headerFields)
        {
            var name = NameOf(field);
            if (IsSchemaColumn(name))
            {
                found.Add(name);
            }
        }

        return found.Count;
    }

    /// <summary>Whether the column is one the generator reads (others are ignored, so may repeat).</summary>
    public static bool IsSchemaColumn(string name)
        => Array.Exists(Schema, column => string.Equals(column, name, StringComparison.OrdinalIgnoreCase));
}
