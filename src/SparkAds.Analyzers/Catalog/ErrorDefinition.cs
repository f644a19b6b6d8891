using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// One generated enum member: everything the emitter needs and nothing else (no locations),
/// so moving a row's line does not re-emit code.
/// </summary>
internal sealed record ErrorDefinition(string Key, string MemberName, int? Code, string Message, string Remedy, CatalogErrorKind Kind)
{
    /// <summary>Catalog status <c>retired</c>: TikTok no longer sends the key. Never owed by a switch; generated <c>[Obsolete]</c>.</summary>
    public bool IsRetired { get; init; }

    /// <summary>
    /// For a retired error, the key of the active error that replaces it: the end of its <c>replaced_by</c>
    /// chain (through other retired keys). <see langword="null"/> when it names none, or none validly.
    /// </summary>
    public string? ReplacedBy { get; init; }

    /// <summary>
    /// The error's value in each team column of the merged catalog (<see cref="MergedCatalog.Columns"/>, in that order;
    /// <see cref="TeamCellValue.None"/> where it has none); empty when the catalog has no team column.
    /// </summary>
    public EquatableArray<string> TeamValues { get; init; } = EquatableArray<string>.Empty;

    public static ErrorDefinition From(CatalogEntry entry, EquatableArray<string> teamValues)
        => new(entry.Key, entry.MemberName, entry.Code, entry.Message, entry.Remedy, entry.Kind) { IsRetired = entry.IsRetired, TeamValues = teamValues };
}
