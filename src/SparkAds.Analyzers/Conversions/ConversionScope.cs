using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// What the conversion rules know of one compilation, made in its compilation-start action and dropped with it: the
/// catalogs of its generated <c>SparkAdsError</c> enums (<see cref="CompiledCatalogs"/>), read only when a callback
/// first meets a conversion to one. A compilation with no generated enum anywhere gets no scope, so nothing is registered.
/// </summary>
internal sealed class ConversionScope
{
    private readonly Lazy<CompiledCatalogs> _catalogs;
    private readonly Lazy<HashSet<string>> _globalAliases;

    private ConversionScope(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        // The fixes of these rules need no remedies: no catalog CSV is parsed for them.
        _catalogs = new Lazy<CompiledCatalogs>(() => CompiledCatalogs.Create(compilation, options, static _ => null, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        _globalAliases = new Lazy<HashSet<string>>(() => GlobalAliases(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The scope of <paramref name="compilation"/>; <see langword="null"/> when no generated <c>SparkAdsError</c> can be
    /// reached: none in the namespace this project generates or reuses, and no referenced assembly with a type of that name.
    /// </summary>
    public static ConversionScope? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        => IsErrorEnumReachable(compilation, options) ? new ConversionScope(compilation, options, cancellationToken) : null;

    /// <summary>
    /// Syntax only: whether a type written <paramref name="typeName"/> can be <c>SparkAdsError</c>: it is written so, or it
    /// is the name of a using alias where it stands (in its file or namespace, or a <c>global using</c> anywhere). Any
    /// other name is another type, which the enum cannot be.
    /// </summary>
    public bool MayNameErrorEnum(IdentifierNameSyntax typeName)
    {
        var text = typeName.Identifier.ValueText;
        if (text == GeneratedNames.ErrorEnum)
        {
            return true;
        }

        for (var node = typeName.Parent; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (directive.Alias?.Name.Identifier.ValueText == text)
                {
                    return true;
                }
            }
        }

        return _globalAliases.Value.Contains(text);
    }

    /// <summary>The catalog of <paramref name="type"/> when it is a generated <c>SparkAdsError</c> or <c>SparkAdsError?</c>.</summary>
    public CompiledCatalog? CatalogOf(ITypeSymbol? type) => CatalogOfEnum(Unwrap(type));

    /// <summary>The catalog of <paramref name="type"/> when it is a generated <c>SparkAdsError</c> (not nullable).</summary>
    public CompiledCatalog? CatalogOfEnum(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Enum, Name: GeneratedNames.ErrorEnum } errorEnum ? _catalogs.Value.ForEnum(errorEnum) : null;

    /// <summary>Whether <paramref name="type"/> is a generated <c>SparkAdsErrors</c> class (its <c>TryParse</c> and <c>Resolve</c> take keys).</summary>
    public bool IsLookupClass(INamedTypeSymbol? type)
        => type is { Name: GeneratedNames.ErrorsClass } && _catalogs.Value.ForLookupClass(type) is not null;

    /// <summary>Whether <paramref name="type"/> is a generated <c>SparkAdsError</c> (of any catalog) or a nullable one.</summary>
    public static bool IsErrorEnum(ITypeSymbol? type)
        => Unwrap(type) is INamedTypeSymbol { TypeKind: TypeKind.Enum, Name: GeneratedNames.ErrorEnum } errorEnum && GeneratedTypes.IsGeneratedErrorEnum(errorEnum);

    /// <summary>The type under <c>Nullable&lt;T&gt;</c>; <paramref name="type"/> itself when it is not one.</summary>
    public static ITypeSymbol? Unwrap(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments: { Length: 1 } arguments } ? arguments[0] : type;

    /// <summary>Whether <paramref name="type"/> is <c>Nullable&lt;T&gt;</c>.</summary>
    public static bool IsNullable(ITypeSymbol? type) => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };

    private static HashSet<string> GlobalAliases(Compilation compilation, CancellationToken cancellationToken)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Alias is { } alias)
                    {
                        aliases.Add(alias.Name.Identifier.ValueText);
                    }
                }
            }
        }

        return aliases;
    }

    private static bool IsErrorEnumReachable(Compilation compilation, AnalyzerOptions options)
    {
        var ns = GeneratedNamespace.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions).Name;
        if (compilation.GetTypeByMetadataName(GeneratedTypes.MetadataName(ns, GeneratedNames.ErrorEnum)) is not null)
        {
            return true;
        }

        // A catalog generated by a referenced project in another namespace: the type names of each referenced
        // assembly are a set the compiler keeps; a name match is enough to watch (each use is checked for ours).
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.TypeNames.Contains(GeneratedNames.ErrorEnum))
            {
                return true;
            }
        }

        return false;
    }
}
