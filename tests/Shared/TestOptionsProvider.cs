using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Tests.Shared;

/// <summary>
/// Options as MSBuild and .editorconfig hand them to the compiler: global keys (<c>build_property.*</c>),
/// per-AdditionalFile keys (<c>build_metadata.AdditionalFiles.*</c>) and per-source-file keys
/// (.editorconfig settings such as <c>spark_ads.custom_identity_symbols</c>).
/// Each set of options is built once, so a compiler asking per file allocates nothing (the benchmarks rely on it).
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

    private static readonly AnalyzerConfigOptions s_none = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

    private readonly AnalyzerConfigOptions _sourceFileOptions = new DictionaryOptions(perSourceFile);

    private readonly ImmutableDictionary<string, AnalyzerConfigOptions> _fileOptions =
        perFile.ToImmutableDictionary(static file => file.Key, static file => (AnalyzerConfigOptions)new DictionaryOptions(file.Value));

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _sourceFileOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _fileOptions.TryGetValue(textFile.Path, out var options) ? options : s_none;

    public TestOptionsProvider WithGlobal(string key, string value) => new(global.SetItem(key, value), perFile, perSourceFile);

    public TestOptionsProvider WithFile(string path, string key, string value)
    {
        var current = perFile.TryGetValue(path, out var options) ? options : ImmutableDictionary<string, string>.Empty;
        return new(global, perFile.SetItem(path, current.SetItem(key, value)), perSourceFile);
    }

    public TestOptionsProvider WithSourceFileOption(string key, string value) => new(global, perFile, perSourceFile.SetItem(key, value));

    /// <summary>
    /// The global keys and the AdditionalFiles' metadata as a global analyzer config, the form the SDK hands them to a
    /// workspace in (the generated <c>.editorconfig</c>), so a workspace project's <c>AnalyzerOptions</c> read what this
    /// provider gives a compilation. Per-source-file settings stay out: a global config's sections name files, not globs.
    /// </summary>
    public string ToGlobalConfig()
    {
        var text = Section(new StringBuilder("is_global = true\n"), global);
        foreach (var (path, options) in perFile.OrderBy(static file => file.Key, StringComparer.Ordinal))
        {
            Section(text.Append('[').Append(path).Append("]\n"), options);
        }

        return text.ToString();
    }

    /// <summary>The per-source-file settings as a root <c>.editorconfig</c> section for C# files; null when there are none.</summary>
    public string? ToEditorConfig() => perSourceFile.IsEmpty ? null : Section(new StringBuilder("root = true\n\n[*.cs]\n"), perSourceFile).ToString();

    private static StringBuilder Section(StringBuilder text, ImmutableDictionary<string, string> options)
    {
        foreach (var (key, value) in options.OrderBy(static option => option.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(" = ").Append(value).Append('\n');
        }

        return text;
    }

    private sealed class DictionaryOptions(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values = values.WithComparers(KeyComparer);

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

        public override IEnumerable<string> Keys => _values.Keys;
    }
}
