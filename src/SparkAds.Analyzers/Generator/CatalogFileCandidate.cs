using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Catalog.Csv;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// An AdditionalText with what the build says of it. The text is compared by reference: the driver hands
/// back the same instance while the file is unchanged, so a parse is redone only for an edited catalog.
/// </summary>
internal sealed record CatalogFileCandidate(AdditionalText File, CatalogFileKind Kind);
