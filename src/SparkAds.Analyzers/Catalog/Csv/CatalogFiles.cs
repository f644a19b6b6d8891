using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// Which AdditionalFiles are catalogs. Only files the package's targets mark (the built-in catalog and
/// <c>SparkAdsCatalog</c> items) are read; any other CSV is ignored, AdditionalFile or not.
/// </summary>
internal static class CatalogFiles
{
    public const string CatalogMetadata = "build_metadata.AdditionalFiles.SparkAdsCatalog";
    public const string BuiltInMetadata = "build_metadata.AdditionalFiles.SparkAdsBuiltInCatalog";

    public static CatalogFileKind Classify(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        var fileOptions = options.GetOptions(file);
        if (!IsTrue(fileOptions, CatalogMetadata))
        {
            return CatalogFileKind.NotACatalog;
        }

        return IsTrue(fileOptions, BuiltInMetadata) ? CatalogFileKind.BuiltIn : CatalogFileKind.Team;
    }

    /// <summary>Whether the project adds a catalog of its own: some AdditionalFile is a team catalog (the built-in one does not count).</summary>
    public static bool AnyTeamCatalog(AnalyzerOptions options)
    {
        foreach (var file in options.AdditionalFiles)
        {
            if (Classify(file, options.AnalyzerConfigOptionsProvider) == CatalogFileKind.Team)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
