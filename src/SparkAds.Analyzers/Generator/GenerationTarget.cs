using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What the consumer's compilation says about generation, read in one step per compilation: what the target offers
/// the generated code, and whether a referenced assembly already exposes the catalog (then nothing is generated).
/// Value-equal, so the steps after it stay cached while the compilation changes on every edit.
/// </summary>
internal sealed record GenerationTarget(TargetCapabilities Capabilities, ReferencedCatalogAssembly? ReferencedCatalog);
