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
/// keys, codes and names but not the texts. Read only when a fixable SPARK001/SPARK002 report is first built, from
/// the parses the generator made of the same files (<see cref="ParsedCatalogFiles"/>). Nothing is kept between
/// compilations: hosts that alternate projects never see another's rows.
/// </summary>
internal static class ProjectRemedies
{
    /// <summary>The parse of a catalog file, shared with the generator.</summary>
    public static ParsedCatalogFile? Parse(AdditionalText file, CancellationToken cancellationToken)
        => ParsedCatalogFiles.Get(file, isBuiltIn: false, cancellationToken);

    /// <summary>The remedy of each key of this project's catalogs; where a key repeats, the first file's (as the merge keeps it).</summary>
    public static IReadOnlyDictionary<string, string> Read(AnalyzerOptions options, Func<AdditionalText, ParsedCatalogFile?> parse)
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
