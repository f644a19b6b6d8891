namespace SparkAds.Analyzers.Generator;

/// <summary>What shapes the generated text besides the catalog: namespace and whether nullable annotations may be written.</summary>
internal sealed record GeneratorOptions(string Namespace, bool NullableAnnotations);
