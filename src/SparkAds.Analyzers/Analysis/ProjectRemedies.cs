using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// The remedies of this project's catalog files, which the switch fix writes as comments: the compiled catalog holds
/// keys, codes and names but not the texts. Read only when a fix is computed, from the project's analyzer options (its
/// AdditionalFiles and their metadata, as the analyzers and the generator see them), through the parses the generator
/// made of the same files where the host shares them (<see cref="ParsedCatalogFiles"/>). Nothing is kept between calls:
/// hosts that alternate projects never see another's rows.
/// </summary>
internal static class ProjectRemedies
{
    /// <summary>The remedy of each key of the catalogs in <paramref name="options"/> (see <see cref="Read(AnalyzerOptions, Func{AdditionalText, bool, ParsedCatalogFile?})"/>).</summary>
    public static IReadOnlyDictionary<string, string> Read(AnalyzerOptions options, CancellationToken cancellationToken)
        => Read(options, (file, isBuiltIn) => ParsedCatalogFiles.Get(file, isBuiltIn, cancellationToken));

    /// <summary>
    /// The remedy of each key of this project's catalogs, each file read by <paramref name="parse"/> (told whether it is
    /// the built-in catalog); where a key repeats, the first file's (as the merge keeps it).
    /// </summary>
    public static IReadOnlyDictionary<string, string> Read(AnalyzerOptions options, Func<AdditionalText, bool, ParsedCatalogFile?> parse)
    {
        var remedies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in options.AdditionalFiles)
        {
            var kind = CatalogFiles.Classify(file, options.AnalyzerConfigOptionsProvider);
            if (kind == CatalogFileKind.NotACatalog || parse(file, kind == CatalogFileKind.BuiltIn) is not { } catalog)
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
