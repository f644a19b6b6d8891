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

    // Every analyzer loads the catalog at each compilation start (each keystroke in the IDE); while the
    // cached parses are the same instances, the merge is too. One entry suffices: one project's catalogs.
    private static MergeCacheEntry? s_lastMerge;

    public static MergedCatalog Load(AnalyzerOptions options, Func<AdditionalText, ParsedCatalog?> parse)
    {
        var inputs = new List<(ParsedCatalog Parsed, bool IsBuiltIn)>();
        foreach (var file in options.AdditionalFiles)
        {
            var kind = CatalogFiles.Classify(file, options.AnalyzerConfigOptionsProvider);
            if (kind != CatalogFileKind.NotACatalog && parse(file) is { } catalog)
            {
                inputs.Add((catalog, kind == CatalogFileKind.BuiltIn));
            }
        }

        var last = Volatile.Read(ref s_lastMerge);
        if (last is not null && last.Matches(inputs))
        {
            return last.Result;
        }

        var merged = CatalogMerger.Merge(inputs.ConvertAll(static input => input.Parsed with { IsBuiltIn = input.IsBuiltIn }));
        Volatile.Write(ref s_lastMerge, new MergeCacheEntry(inputs, merged));
        return merged;
    }

    private sealed class MergeCacheEntry(List<(ParsedCatalog Parsed, bool IsBuiltIn)> inputs, MergedCatalog result)
    {
        public MergedCatalog Result { get; } = result;

        public bool Matches(List<(ParsedCatalog Parsed, bool IsBuiltIn)> other)
        {
            if (other.Count != inputs.Count)
            {
                return false;
            }

            for (var i = 0; i < other.Count; i++)
            {
                if (!ReferenceEquals(other[i].Parsed, inputs[i].Parsed) || other[i].IsBuiltIn != inputs[i].IsBuiltIn)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
