using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Catalog;

/// <summary>Every catalog merged: the rows that will be generated, in catalog order, and every fault.</summary>
internal sealed record MergedCatalog(EquatableArray<ErrorDefinition> Errors, EquatableArray<CatalogFault> Faults);
