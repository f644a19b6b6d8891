using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Analysis;

/// <summary>One catalog as a compilation sees it: its generated types and the index of its errors.</summary>
internal sealed class CompiledCatalog(GeneratedTypes types, ErrorIndex errors)
{
    public GeneratedTypes Types { get; } = types;

    public ErrorIndex Errors { get; } = errors;
}
