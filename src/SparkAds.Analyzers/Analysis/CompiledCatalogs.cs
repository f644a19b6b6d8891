using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// The catalogs one compilation can use, created in its compilation-start action and dropped with it (nothing
/// static): the <see cref="Primary"/> one, in the namespace this project generates or reuses, which integer and
/// string switches are checked against; and one per generated <c>SparkAdsError</c> enum that the code actually uses,
/// read lazily from that enum, so a switch over another project's errors is checked against that project's catalog.
/// </summary>
internal sealed class CompiledCatalogs
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, CompiledCatalog> _byEnum = new(SymbolEqualityComparer.Default);
    private readonly Lazy<IReadOnlyDictionary<string, string>> _remedies;
    private readonly CancellationToken _cancellationToken;

    private CompiledCatalogs(Compilation compilation, AnalyzerOptions options, Func<AdditionalText, ParsedCatalogFile?> parse, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        _remedies = new Lazy<IReadOnlyDictionary<string, string>>(() => ProjectRemedies.Read(options, parse), LazyThreadSafetyMode.ExecutionAndPublication);
        var types = GeneratedTypes.In(compilation, GeneratedNamespace.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions).Name);
        Primary = types.ErrorEnum is { } errorEnum ? ForOtherEnum(errorEnum) ?? Read(types) : Read(types);
    }

    /// <summary>The catalog of this project's namespace; empty when there is none.</summary>
    public CompiledCatalog Primary { get; }

    /// <summary>
    /// This project's remedies by key, read on first use (see <see cref="ProjectRemedies"/>); a catalog generated in a
    /// referenced assembly has none here unless this project's CSVs hold its keys.
    /// </summary>
    public IReadOnlyDictionary<string, string> Remedies => _remedies.Value;

    /// <summary>
    /// The catalogs of <paramref name="compilation"/>, read under the compilation's <paramref name="cancellationToken"/>;
    /// <paramref name="parse"/> gives a catalog file's parse (<see cref="ProjectRemedies.Parse"/>, shared with the generator).
    /// </summary>
    public static CompiledCatalogs Create(Compilation compilation, AnalyzerOptions options, Func<AdditionalText, ParsedCatalogFile?> parse, CancellationToken cancellationToken)
        => new(compilation, options, parse, cancellationToken);

    /// <summary>The catalog of <paramref name="type"/> when it is a <c>SparkAdsError</c> enum this package generated.</summary>
    public CompiledCatalog? ForEnum(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: GeneratedNames.ErrorEnum } named && SymbolEqualityComparer.Default.Equals(named, Primary.Types.ErrorEnum)
            ? Primary
            : ForOtherEnum(type);

    /// <summary>The catalog whose <c>SparkAdsErrors</c> class is <paramref name="type"/>.</summary>
    public CompiledCatalog? ForLookupClass(INamedTypeSymbol type)
        => type.Name == GeneratedNames.ErrorsClass && type.ContainingNamespace is { } ns
            ? ForEnum(type.ContainingAssembly.GetTypeByMetadataName(GeneratedTypes.MetadataName(ns.ToDisplayString(), GeneratedNames.ErrorEnum)))
            : null;

    private CompiledCatalog? ForOtherEnum(ITypeSymbol? type)
        => type is INamedTypeSymbol named && GeneratedTypes.IsGeneratedErrorEnum(named)
            ? _byEnum.GetOrAdd(named, errorEnum => Read(GeneratedTypes.Beside(errorEnum)))
            : null;

    private CompiledCatalog Read(GeneratedTypes types) => new(types, ErrorIndex.Read(types, _cancellationToken));
}
