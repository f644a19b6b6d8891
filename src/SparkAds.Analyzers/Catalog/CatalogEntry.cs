using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// One valid catalog row, as read: texts exactly as written, with where its key stands. A retired row keeps
/// the <c>replaced_by</c> key as written (checked only after every catalog is merged) and where that cell stands.
/// </summary>
internal sealed record CatalogEntry(
    string Key,
    string MemberName,
    int? Code,
    string Message,
    string Remedy,
    CatalogErrorKind Kind,
    CatalogLocation KeyLocation)
{
    public bool IsRetired { get; init; }

    /// <summary>The <c>replaced_by</c> cell, trimmed; <see langword="null"/> when empty.</summary>
    public string? ReplacedBy { get; init; }

    public CatalogLocation? ReplacedByLocation { get; init; }

    /// <summary>
    /// The row's value in each typed team column of its file (<see cref="ParsedCatalogFile.Columns"/>, in that order;
    /// <see cref="TeamCellValue.None"/> where it has none); empty when the file has no typed column.
    /// </summary>
    public EquatableArray<string> TeamValues { get; init; } = EquatableArray<string>.Empty;
}
