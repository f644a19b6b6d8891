using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.CatalogFaults;

/// <summary>
/// Which of the two reports a build's catalog faults, so that each is reported once. The analyzer does
/// (<see cref="CatalogFaultAnalyzer"/>): an IDE shows an analyzer's diagnostics in the CSV as the maintainer types, while a
/// generator's diagnostics in a non-code file are not shown there. The generator does where analyzers do not run: the
/// package's targets set <c>_SparkAdsCatalogFaultsFromAnalyzer</c> to <c>false</c> exactly where MSBuild skips analyzers
/// (<c>RunAnalyzers=false</c>, <c>RunAnalyzersDuringBuild=false</c> outside design-time builds, Visual Studio's implicitly
/// triggered builds), and a host without the package's targets (no property) gets them from the generator too, so a
/// fault is never lost.
/// </summary>
internal static class CatalogFaultReporter
{
    public const string FromAnalyzerProperty = "build_property._SparkAdsCatalogFaultsFromAnalyzer";

    /// <summary>Whether the analyzer reports the catalog faults (and the generator does not).</summary>
    public static bool IsAnalyzer(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(FromAnalyzerProperty, out var value) && string.Equals(value.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}
