using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog;

/// <summary>What one catalog file yields: its valid rows in file order and the faults of the others.</summary>
internal sealed record ParsedCatalogFile(string Path, bool IsBuiltIn, EquatableArray<CatalogEntry> Entries, EquatableArray<CatalogFault> Faults);
