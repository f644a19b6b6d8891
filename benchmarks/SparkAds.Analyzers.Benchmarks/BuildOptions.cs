using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Options as MSBuild and .editorconfig hand them to the compiler: catalog metadata on the catalog files
/// (what the package's targets set), and one set of .editorconfig keys for every source file.
/// </summary>
internal sealed class BuildOptions(ImmutableHashSet<string> builtInCatalogs, ImmutableDictionary<string, string> sourceFileOptions) : AnalyzerConfigOptionsProvider
{
    private static readonly AnalyzerConfigOptions s_none = new Options(ImmutableDictionary<string, string>.Empty);
    private static readonly AnalyzerConfigOptions s_builtInCatalog = new Options(ImmutableDictionary<string, string>.Empty
        .Add("build_metadata.AdditionalFiles.SparkAdsCatalog", "true")
        .Add("build_metadata.AdditionalFiles.SparkAdsBuiltInCatalog", "true"));

    private readonly AnalyzerConfigOptions _sourceFileOptions = new Options(sourceFileOptions);

    public override AnalyzerConfigOptions GlobalOptions => s_none;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _sourceFileOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => builtInCatalogs.Contains(textFile.Path) ? s_builtInCatalog : s_none;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
