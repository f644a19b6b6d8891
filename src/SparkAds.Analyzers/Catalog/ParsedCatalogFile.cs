using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog;

/// <summary>What one catalog file yields: its valid rows in file order and the faults of the others.</summary>
internal sealed record ParsedCatalogFile(string Path, bool IsBuiltIn, EquatableArray<CatalogEntry> Entries, EquatableArray<CatalogFault> Faults)
{
    /// <summary>The typed team columns its header declares, in header order (none in the built-in catalog).</summary>
    public EquatableArray<TeamColumnHeader> Columns { get; init; } = EquatableArray<TeamColumnHeader>.Empty;
}
