namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>What the build says an AdditionalFile is: not a catalog, the package's built-in catalog, or a team's <c>SparkAdsCatalog</c>.</summary>
internal enum CatalogFileKind
{
    NotACatalog,
    BuiltIn,
    Team,
}
