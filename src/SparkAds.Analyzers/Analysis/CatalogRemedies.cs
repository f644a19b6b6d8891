using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// This project's catalog files as the analyzers read them: the same files and parser as the generator, parsed
/// through <see cref="Parser"/> so the analyzer driver caches each parse per file text across compilations:
/// <code>CatalogRemedies.Remedies(context.Options, file => context.TryGetValue(file, CatalogRemedies.Parser, out var c) ? c : null)</code>
/// Nothing is kept between calls: no static state, so hosts that alternate projects never see another's rows.
/// </summary>
internal static class CatalogRemedies
{
    public static readonly AdditionalTextValueProvider<ParsedCatalog> Parser =
        new(static file => CatalogParser.Parse(file.Path, file.GetText(CancellationToken.None), isBuiltIn: false, CancellationToken.None));

    /// <summary>The remedy of each key of this project's catalogs; where a key repeats, the first file's (as the merge keeps it).</summary>
    public static IReadOnlyDictionary<string, string> Remedies(AnalyzerOptions options, Func<AdditionalText, ParsedCatalog?> parse)
    {
        var remedies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            if (CatalogFiles.Classify(file, options.AnalyzerConfigOptionsProvider) == CatalogFileKind.NotACatalog || parse(file) is not { } catalog)
            {
                continue;
            }

            foreach (var entry in catalog.Entries)
            {
                if (!remedies.ContainsKey(entry.Key))
                {
                    remedies.Add(entry.Key, entry.Remedy);
                }
            }
        }

        return remedies;
    }
}
