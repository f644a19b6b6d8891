namespace SparkAds.Analyzers.Diagnostics;

internal static class DiagnosticCategories
{
    public const string Usage = "SparkAds.Usage";
    public const string Migration = "SparkAds.Migration";
    public const string Catalog = "SparkAds.Catalog";
    public const string Configuration = "SparkAds.Configuration";
}
