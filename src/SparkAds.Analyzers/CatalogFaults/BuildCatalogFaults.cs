using System.Collections.Immutable;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.CatalogFaults;

/// <summary>
/// Every fault located in a build's catalog files, computed alike by whichever reports them
/// (<see cref="CatalogFaultReporter"/>): each file's parse faults, the merge's faults (duplicate keys and member
/// names, replacement chains), and SPARK112 at the first team catalog when a referenced assembly already exposes the
/// catalog in the namespace this project would generate.
/// </summary>
internal static class BuildCatalogFaults
{
    public static ImmutableArray<CatalogFault> Of(MergedCatalog merged, ReferencedCatalogAssembly? referenced)
    {
        var faults = ImmutableArray.CreateRange(merged.Faults);
        return referenced is not null && merged.FirstTeamCatalogPath is { } teamCatalog
            ? faults.Add(CatalogFault.Create(DiagnosticIds.CatalogNamespaceTaken, new CatalogLocation(teamCatalog, default, default), referenced.AssemblyName, referenced.Namespace))
            : faults;
    }
}
