namespace SparkAds.Analyzers.Catalog;

/// <summary>A typed team column as one catalog's header declares it, and where that header cell stands.</summary>
internal sealed record TeamColumnHeader(TeamColumn Column, CatalogLocation Location);
