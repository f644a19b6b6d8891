using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Analysis;

/// <summary>The generated types of one compilation, resolved once in its compilation-start action.</summary>
internal sealed class SparkAdsSymbols
{
    private SparkAdsSymbols(string @namespace, INamedTypeSymbol? errorEnum, INamedTypeSymbol? errorCodes, INamedTypeSymbol? errorKeys, INamedTypeSymbol? errors)
    {
        Namespace = @namespace;
        ErrorEnum = errorEnum;
        ErrorCodes = errorCodes;
        ErrorKeys = errorKeys;
        Errors = errors;
    }

    public string Namespace { get; }

    /// <summary><c>SparkAdsError</c>; null when the generator did not run (no catalog) or its output does not compile.</summary>
    public INamedTypeSymbol? ErrorEnum { get; }

    /// <summary><c>SparkAdsErrorCodes</c>, the <c>const int</c> per error.</summary>
    public INamedTypeSymbol? ErrorCodes { get; }

    /// <summary><c>SparkAdsErrorKeys</c>, the <c>const string</c> per error.</summary>
    public INamedTypeSymbol? ErrorKeys { get; }

    /// <summary><c>SparkAdsErrors</c>, with <c>TryParse</c> and <c>FromCode</c>.</summary>
    public INamedTypeSymbol? Errors { get; }

    /// <summary>The generated types beside <paramref name="errorEnum"/>: same namespace, same assembly.</summary>
    public static SparkAdsSymbols Beside(INamedTypeSymbol errorEnum)
    {
        var ns = errorEnum.ContainingNamespace.ToDisplayString();
        var assembly = errorEnum.ContainingAssembly;
        return new SparkAdsSymbols(
            ns,
            errorEnum,
            assembly.GetTypeByMetadataName(ns + ".SparkAdsErrorCodes"),
            assembly.GetTypeByMetadataName(ns + ".SparkAdsErrorKeys"),
            assembly.GetTypeByMetadataName(ns + ".SparkAdsErrors"));
    }

    /// <summary>The generated types in the namespace this project generates (or reuses from a referenced assembly).</summary>
    public static SparkAdsSymbols Resolve(Compilation compilation, AnalyzerOptions options)
    {
        var (ns, _) = GeneratorOptions.ReadNamespace(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        return new SparkAdsSymbols(
            ns,
            compilation.GetTypeByMetadataName(ns + ".SparkAdsError"),
            compilation.GetTypeByMetadataName(ns + ".SparkAdsErrorCodes"),
            compilation.GetTypeByMetadataName(ns + ".SparkAdsErrorKeys"),
            compilation.GetTypeByMetadataName(ns + ".SparkAdsErrors"));
    }
}
