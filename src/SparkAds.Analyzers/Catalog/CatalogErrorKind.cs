namespace SparkAds.Analyzers.Catalog;

/// <summary>Who can act on an error: the advertiser (<see cref="User"/>) or nobody but time (<see cref="System"/>).</summary>
internal enum CatalogErrorKind
{
    User,
    System,
}
