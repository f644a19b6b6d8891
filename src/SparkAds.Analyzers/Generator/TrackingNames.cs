namespace SparkAds.Analyzers.Generator;

/// <summary>Names of the generator's pipeline steps, for the incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string CatalogFiles = nameof(CatalogFiles);
    public const string ParsedCatalogs = nameof(ParsedCatalogs);
    public const string MergedCatalog = nameof(MergedCatalog);
    public const string Errors = nameof(Errors);
    public const string Faults = nameof(Faults);
    public const string Options = nameof(Options);
    public const string ReferencedCatalog = nameof(ReferencedCatalog);
    public const string Capabilities = nameof(Capabilities);
}
