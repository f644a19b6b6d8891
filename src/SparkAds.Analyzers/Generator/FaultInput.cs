using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Generator;

/// <summary>What the generator's diagnostics come from: the merged catalog (its faults) and the build's settings.</summary>
internal sealed record FaultInput(MergedCatalog Catalog, GenerationSettings Settings);
