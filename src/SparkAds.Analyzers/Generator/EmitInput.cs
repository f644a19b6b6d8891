using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What the emitter reads: the rows, the typed team columns they have values in, and the options, and nothing else, so
/// moving a row's line (or editing a cell of a column without a type) re-emits nothing.
/// </summary>
internal sealed record EmitInput(EquatableArray<ErrorDefinition> Errors, EquatableArray<TeamColumn> Columns, GeneratorOptions Options);
