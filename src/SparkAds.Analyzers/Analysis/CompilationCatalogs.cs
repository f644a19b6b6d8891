using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// The Spark catalogs one compilation can switch over, created in its compilation-start action and dropped with it
/// (nothing static): the <see cref="Primary"/> one, in the namespace this project generates or reuses, which
/// integer and string switches are checked against; and one per generated <c>SparkAdsError</c> enum that a switch
/// actually uses, read lazily from that enum, so a switch over another project's errors is checked against that
/// project's catalog.
/// </summary>
internal sealed class CompilationCatalogs
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, SparkCatalog> _byEnum = new(SymbolEqualityComparer.Default);
    private readonly Lazy<IReadOnlyDictionary<string, string>> _remedies;
    private readonly CancellationToken _cancellationToken;

    private CompilationCatalogs(Compilation compilation, AnalyzerOptions options, Func<AdditionalText, ParsedCatalog?> parse, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _remedies = new Lazy<IReadOnlyDictionary<string, string>>(() => CatalogRemedies.Remedies(options, parse), LazyThreadSafetyMode.ExecutionAndPublication);
        var symbols = SparkAdsSymbols.Resolve(compilation, options);
        Primary = symbols.ErrorEnum is { } errorEnum ? ForOtherEnum(errorEnum) ?? Read(symbols) : Read(symbols);
    }

    /// <summary>The catalog of this project's namespace; empty when there is none.</summary>
    public SparkCatalog Primary { get; }

    /// <summary>
    /// The catalogs of <paramref name="compilation"/>, read under the compilation's <paramref name="cancellationToken"/>; <paramref name="parse"/> is the driver's cached parse
    /// (<c>TryGetValue</c> with <see cref="CatalogRemedies.Parser"/>), read only for the remedies the fix writes as comments.
    /// </summary>
    public static CompilationCatalogs Create(Compilation compilation, AnalyzerOptions options, Func<AdditionalText, ParsedCatalog?> parse, CancellationToken cancellationToken)
        => new(compilation, options, parse, cancellationToken);

    /// <summary>The catalog of <paramref name="type"/> when it is a <c>SparkAdsError</c> enum this package generated.</summary>
    public SparkCatalog? ForEnum(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "SparkAdsError" } named && SymbolEqualityComparer.Default.Equals(named, Primary.Symbols.ErrorEnum)
            ? Primary
            : ForOtherEnum(type);

    private SparkCatalog? ForOtherEnum(ITypeSymbol? type)
        => type is INamedTypeSymbol named && ReferencedCatalog.IsGeneratedCatalog(named)
            ? _byEnum.GetOrAdd(named, errorEnum => Read(SparkAdsSymbols.Beside(errorEnum)))
            : null;

    /// <summary>The catalog whose <c>SparkAdsErrors</c> class is <paramref name="type"/>.</summary>
    public SparkCatalog? ForLookupClass(INamedTypeSymbol type)
        => type.Name == "SparkAdsErrors" && type.ContainingNamespace is { } ns
            ? ForEnum(type.ContainingAssembly.GetTypeByMetadataName(ns.ToDisplayString() + ".SparkAdsError"))
            : null;

    private SparkCatalog Read(SparkAdsSymbols symbols)
        => new(symbols, new ErrorIndex(symbols.ErrorEnum is null ? Array.Empty<ErrorDefinition>() : CompiledCatalog.Read(symbols, _remedies.Value, _cancellationToken), symbols.ErrorEnum));
}
