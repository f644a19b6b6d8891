using System.Collections.Concurrent;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Analysis;

/// <summary>
/// The catalogs one compilation can use, created in its compilation-start action (or by a fix, from the document's
/// compilation and its project's analyzer options) and dropped with it (nothing static): the <see cref="Primary"/> one,
/// the catalog this project generates or uses from a reference, in any namespace, as the generator chose it
/// (<see cref="CatalogSelection"/>, from the same options, AdditionalFiles and references), which integer and string
/// switches are checked against; and one per generated <c>SparkAdsError</c> enum that the code actually uses, read
/// lazily from that enum, so a switch over another project's errors is checked against that project's catalog.
/// </summary>
internal sealed class CompiledCatalogs
{
    private readonly ConcurrentDictionary<INamedTypeSymbol, CompiledCatalog> _byEnum = new(SymbolEqualityComparer.Default);
    private readonly CancellationToken _cancellationToken;

    private CompiledCatalogs(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        _cancellationToken = cancellationToken;
        var selection = CatalogSelection.Choose(
            GeneratedNamespace.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions),
            CatalogFiles.AnyTeamCatalog(options),
            ReferencedCatalogAssembly.FindAll(compilation));
        var types = selection.Namespace is { } ns ? GeneratedTypes.In(compilation, ns) : GeneratedTypes.None;
        Primary = types.ErrorEnum is { } errorEnum ? ForOtherEnum(errorEnum) ?? Read(types) : Read(types);
    }

    /// <summary>The catalog this project generates or uses from a reference; empty when there is none, or when several references leave it undecided (SPARK125).</summary>
    public CompiledCatalog Primary { get; }

    /// <summary>
    /// The catalogs of <paramref name="compilation"/> (the namespace it generates or reuses read from
    /// <paramref name="options"/>), read under <paramref name="cancellationToken"/>.
    /// </summary>
    public static CompiledCatalogs Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        => new(compilation, options, cancellationToken);

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
