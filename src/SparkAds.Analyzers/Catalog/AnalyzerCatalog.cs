using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// The catalog as the analyzers see it: the same files, parser and merge as the generator. Parses go
/// through <see cref="Parser"/> so the analyzer driver caches them per file text across compilations:
/// <code>AnalyzerCatalog.Load(context.Options, file => context.TryGetValue(file, AnalyzerCatalog.Parser, out var c) ? c : null)</code>
/// </summary>
internal static class AnalyzerCatalog
{
    public static readonly AdditionalTextValueProvider<ParsedCatalog> Parser =
        new(static file => CatalogParser.Parse(file.Path, file.GetText(CancellationToken.None), isBuiltIn: false, CancellationToken.None));

    public static MergedCatalog Load(AnalyzerOptions options, Func<AdditionalText, ParsedCatalog?> parse)
    {
        var parsed = new List<ParsedCatalog>();
        foreach (var file in options.AdditionalFiles)
        {
            var kind = CatalogFiles.Classify(file, options.AnalyzerConfigOptionsProvider);
            if (kind != CatalogFileKind.NotACatalog && parse(file) is { } catalog)
            {
                parsed.Add(catalog with { IsBuiltIn = kind == CatalogFileKind.BuiltIn });
            }
        }

        return CatalogMerger.Merge(parsed);
    }
}
