using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Options as MSBuild and .editorconfig hand them to the compiler: global keys (<c>build_property.*</c>),
/// per-AdditionalFile keys (<c>build_metadata.AdditionalFiles.*</c>) and per-source-file keys
/// (.editorconfig settings such as <c>spark_ads.custom_identity_symbols</c>).
/// </summary>
public sealed class TestOptionsProvider(
    ImmutableDictionary<string, string> global,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> perFile,
    ImmutableDictionary<string, string> perSourceFile) : AnalyzerConfigOptionsProvider
{
    public static readonly TestOptionsProvider Empty = new(
        ImmutableDictionary<string, string>.Empty,
        ImmutableDictionary<string, ImmutableDictionary<string, string>>.Empty,
        ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new DictionaryOptions(perSourceFile);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => new DictionaryOptions(perFile.TryGetValue(textFile.Path, out var options) ? options : ImmutableDictionary<string, string>.Empty);

    public TestOptionsProvider WithGlobal(string key, string value) => new(global.SetItem(key, value), perFile, perSourceFile);

    public TestOptionsProvider WithFile(string path, string key, string value)
    {
        var current = perFile.TryGetValue(path, out var options) ? options : ImmutableDictionary<string, string>.Empty;
        return new(global, perFile.SetItem(path, current.SetItem(key, value)), perSourceFile);
    }

    public TestOptionsProvider WithSourceFileOption(string key, string value) => new(global, perFile, perSourceFile.SetItem(key, value));

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
