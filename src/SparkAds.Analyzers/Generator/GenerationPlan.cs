using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What this project generates: whether it generates the catalog or uses a referenced one
/// (<see cref="CatalogSelection"/>), and what its target offers the generated code. Value-equal.
/// </summary>
internal sealed record GenerationPlan(CatalogSelection Selection, TargetCapabilities Capabilities);
