using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// Every catalog merged: the rows that will be generated, in catalog order, the typed team columns they have values in,
/// every fault, and the first team catalog the build lists (where SPARK112 is reported when a referenced assembly already
/// has the catalog).
/// </summary>
internal sealed record MergedCatalog(EquatableArray<ErrorDefinition> Errors, EquatableArray<TeamColumn> Columns, EquatableArray<CatalogFault> Faults, string? FirstTeamCatalogPath);
