using System.Collections.Immutable;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.CatalogFaults;

/// <summary>
/// Every fault located in a build's catalog files, computed alike by whichever reports them
/// (<see cref="CatalogFaultReporter"/>): each file's parse faults, the merge's faults (duplicate keys and member
/// names, replacement chains), and SPARK112 at the first team catalog when the project uses a referenced catalog
/// (<see cref="CatalogSelection"/>: one in the namespace it would generate) instead of generating its own.
/// </summary>
internal static class BuildCatalogFaults
{
    /// <summary>The faults of <paramref name="merged"/>; <paramref name="selection"/> may be null where the project adds no catalog.</summary>
    public static ImmutableArray<CatalogFault> Of(MergedCatalog merged, CatalogSelection? selection)
    {
        var faults = ImmutableArray.CreateRange(merged.Faults);
        return selection?.Reused is { } referenced && merged.FirstTeamCatalogPath is { } teamCatalog
            ? faults.Add(CatalogFault.Create(DiagnosticIds.CatalogNamespaceTaken, new CatalogLocation(teamCatalog, default, default), referenced.AssemblyName, referenced.Namespace))
            : faults;
    }
}
