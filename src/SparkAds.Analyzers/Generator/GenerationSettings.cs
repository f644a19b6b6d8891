using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What the build's options say about generation: the namespace (and a rejected <c>SparkAdsNamespace</c>), whether the
/// language version allows nullable annotations, and whether the generator reports the catalog faults
/// (<see cref="CatalogFaults.CatalogFaultReporter"/>).
/// </summary>
internal sealed record GenerationSettings(GeneratedNamespace Namespace, bool NullableAnnotations, bool ReportFaults)
{
    public GeneratorOptions EmitOptions => new(Namespace.Name, NullableAnnotations);
}
