namespace SparkAds.Analyzers.Generator;

/// <summary>Names of the generator's pipeline steps, for the incremental-caching tests.</summary>
internal static class TrackingNames
{
    public const string CatalogFiles = nameof(CatalogFiles);
    public const string ParsedCatalogs = nameof(ParsedCatalogs);
    public const string MergedCatalog = nameof(MergedCatalog);
    public const string Settings = nameof(Settings);
    public const string Target = nameof(Target);
    public const string EmitInput = nameof(EmitInput);
    public const string FaultInput = nameof(FaultInput);
    public const string Plan = nameof(Plan);
}
