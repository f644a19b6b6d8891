using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Catalog.BuiltIn;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// One parse per catalog file per build, shared by the generator and the analyzers. A compiler hands the generator
/// driver and the analyzer driver the very same <see cref="AdditionalText"/> instances (csc builds one array of them
/// for both), so the parse the generator made is found here by the catalog-fault analyzer instead of being made
/// again. Keyed weakly by the file: an entry lives exactly as long as the host keeps
/// that file's text, so an IDE that edits the file gets a new instance and a new parse, and nothing of a compilation is
/// held (a parse holds strings and positions only). The package's own catalog is not parsed at all where its text is
/// the shipped one (<see cref="BuiltInCatalog"/>).
/// </summary>
internal static class ParsedCatalogFiles
{
    private static readonly ConditionalWeakTable<AdditionalText, ParsedCatalogFile> Parses = new();

    /// <summary>The parse of <paramref name="file"/>, made now unless this build made it already.</summary>
    public static ParsedCatalogFile Get(AdditionalText file, bool isBuiltIn, CancellationToken cancellationToken)
    {
        if (Parses.TryGetValue(file, out var parsed))
        {
            // Both callers classify the file from the same options (CatalogFiles.Classify), so the flag agrees.
            return parsed;
        }

        var text = file.GetText(cancellationToken);
        parsed = (isBuiltIn ? BuiltInCatalog.TryGet(file.Path, text) : null) ?? Parse(file.Path, text, isBuiltIn, cancellationToken);
        lock (Parses)
        {
            // Another thread may have parsed the same text meanwhile: the two results are equal, keep the first.
            if (!Parses.TryGetValue(file, out _))
            {
                Parses.Add(file, parsed);
            }
        }

        return parsed;
    }

    // Apart, so that a build with the built-in catalog only never loads CsvHelper (BuiltInCatalog).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ParsedCatalogFile Parse(string path, Microsoft.CodeAnalysis.Text.SourceText? text, bool isBuiltIn, CancellationToken cancellationToken)
        => CatalogParser.Parse(path, text, isBuiltIn, cancellationToken);
}
