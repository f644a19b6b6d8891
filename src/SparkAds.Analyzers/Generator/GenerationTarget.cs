using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What the consumer's compilation says about generation, read from its references in one step per compilation: what
/// the target offers the generated code, and which referenced assemblies already expose a catalog. Value-equal, so the
/// steps after it stay cached while the compilation changes on every edit.
/// </summary>
internal sealed record GenerationTarget(TargetCapabilities Capabilities, EquatableArray<ReferencedCatalogAssembly> ReferencedCatalogs);
