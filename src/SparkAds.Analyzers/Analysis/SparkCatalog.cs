namespace SparkAds.Analyzers.Analysis;

/// <summary>One catalog's generated types and its index of errors.</summary>
internal sealed record SparkCatalog(SparkAdsSymbols Symbols, ErrorIndex Catalog);
