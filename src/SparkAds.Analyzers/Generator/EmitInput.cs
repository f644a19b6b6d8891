using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Generator;

/// <summary>What the emitter reads: the rows and the options, and nothing else, so moving a row's line re-emits nothing.</summary>
internal sealed record EmitInput(EquatableArray<ErrorDefinition> Errors, GeneratorOptions Options);
