using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
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
/// first meets a conversion to one. A compilation that cannot reach a generated enum gets no scope, so nothing is
/// registered (<see cref="Create"/>).
/// </summary>
internal sealed class ConversionScope
{
    /// <summary>How <see cref="MayTakeKey"/> names indexers (no method can be named so).</summary>
    private const string IndexerName = "this[]";

    /// <summary>The enum's name, which every generated type's name begins with.</summary>
    private static readonly SourceMentions ErrorEnumInSource = new([GeneratedNames.ErrorEnum]);

    /// <summary>The enum's name in the metadata of a reference (a type it defines, or a signature that uses it).</summary>
    private static readonly ReferencedMentions ErrorEnumInReferences = new([GeneratedNames.ErrorEnum]);

    private readonly Lazy<CompiledCatalogs> _catalogs;
    private readonly Lazy<HashSet<string>> _globalAliases;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly ConcurrentDictionary<string, bool> _keyTakers = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _takesKeys;

    private ConversionScope(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        _catalogs = new Lazy<CompiledCatalogs>(() => CompiledCatalogs.Create(compilation, options, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        _globalAliases = new Lazy<HashSet<string>>(() => GlobalAliases(compilation, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
        _compilation = compilation;
        _cancellationToken = cancellationToken;
        _takesKeys = TakesKeys;
    }

    /// <summary>
    /// The scope of <paramref name="compilation"/>; <see langword="null"/> when no generated <c>SparkAdsError</c> can be
    /// reached: no referenced assembly mentions a type of that name, and this project's source never spells it (or the
    /// namespace this project generates or reuses has none). Measured on Newtonsoft.Json (docs/performance.md,
    /// "Registration gates"), this text gate keeps budget 1a where the type alone would not.
    /// </summary>
    public static ConversionScope? Create(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        => IsErrorEnumReachable(compilation, options, cancellationToken) ? new ConversionScope(compilation, options, cancellationToken) : null;

    /// <summary>
    /// Syntax only: whether a type written <paramref name="typeName"/> can be <c>SparkAdsError</c>: it is written so, or it
    /// is the name of a using alias where it stands (in its file or namespace, or a <c>global using</c> anywhere). Any
    /// other name is another type, which the enum cannot be.
    /// </summary>
    public bool MayNameErrorEnum(IdentifierNameSyntax typeName)
    {
        var text = typeName.Identifier.ValueText;
        return text == GeneratedNames.ErrorEnum
               || AnyUsingAround(typeName, text, static (directive, alias) => directive.Alias?.Name.Identifier.ValueText == alias)
               || _globalAliases.Value.Contains(text);
    }

    /// <summary>
    /// Syntax only: whether the call <paramref name="argument"/> is passed to can take keys (<see cref="ValueMeaning.IsKeyParameter"/>)
    /// or compare: <c>Equals</c>, the generated <c>TryParse</c> and <c>Resolve</c>, a method, constructor or indexer of this
    /// project's code with a text parameter whose name's last word is <c>key</c> (known by name, read once from the
    /// compilation's declarations on first need), a local function of the member around the call, or a call not known by
    /// name here (an implicit <c>new(…)</c>, <c>base(…)</c>, a generic type).
    /// </summary>
    public bool MayTakeKey(ArgumentSyntax argument)
    {
        var call = argument.Parent?.Parent;
        var name = call switch
        {
            InvocationExpressionSyntax invocation => ConversionSyntax.InvokedName(invocation).ValueText,
            ObjectCreationExpressionSyntax creation => ConversionSyntax.TypeName(creation.Type)?.Identifier.ValueText,
            ElementAccessExpressionSyntax => IndexerName,
            _ => null,
        };
        if (name is null or ConversionSyntax.EqualsMethod or GeneratedNames.TryParseMethod or GeneratedNames.ResolveMethod
            || _keyTakers.GetOrAdd(name, _takesKeys))
        {
            return true;
        }

        if (call is not InvocationExpressionSyntax { Expression: IdentifierNameSyntax })
        {
            return false;
        }

        for (SyntaxNode? node = call.Parent; node is not null and not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is BlockSyntax block)
            {
                foreach (var statement in block.Statements)
                {
                    if (statement is LocalFunctionStatementSyntax local && local.Identifier.ValueText == name)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
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

    /// <summary>
    /// Whether this project declares something named <paramref name="name"/> (a method, the type of a constructor,
    /// <see cref="IndexerName"/>) with a text parameter whose name's last word is <c>key</c>: the compilation's
    /// declaration table finds the few symbols of that name, nothing is bound but their signatures.
    /// </summary>
    private bool TakesKeys(string name)
    {
        foreach (var symbol in _compilation.GetSymbolsWithName(name, SymbolFilter.TypeAndMember, _cancellationToken))
        {
            var members = symbol is INamedTypeSymbol type ? type.InstanceConstructors.CastArray<ISymbol>() : ImmutableArray.Create(symbol);
            foreach (var member in members)
            {
                var parameters = member switch
                {
                    IMethodSymbol method => method.Parameters,
                    IPropertySymbol property => property.Parameters,
                    _ => ImmutableArray<IParameterSymbol>.Empty,
                };
                foreach (var parameter in parameters)
                {
                    if (CodeAndKeyWords.EndsWithKey(parameter.Name) && ValueMeaning.IsText(parameter.OriginalDefinition.Type))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Whether a using directive of the namespaces and file around <paramref name="at"/> matches (walks up; allocates nothing).</summary>
    private static bool AnyUsingAround(SyntaxNode at, string text, Func<UsingDirectiveSyntax, string, bool> matches)
    {
        for (var node = at.Parent; node is not null; node = node.Parent)
        {
            var usings = node switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                if (matches(directive, text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The aliases of the compilation's <c>global using</c> directives.</summary>
    private static HashSet<string> GlobalAliases(Compilation compilation, CancellationToken cancellationToken)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot(cancellationToken) is not CompilationUnitSyntax unit)
            {
                continue;
            }

            foreach (var directive in unit.Usings)
            {
                if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Alias is { } alias)
                {
                    aliases.Add(alias.Name.Identifier.ValueText);
                }
            }
        }

        return aliases;
    }

    private static bool IsErrorEnumReachable(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        // This project's own enum: a conversion of it needs its name spelled in this project's source. A cast and
        // Enum.Parse name the type, and a value of it comes from code that names it (a declaration, a SparkAdsErrors
        // lookup, SparkAdsErrorKeys, an alias), names that all begin with SparkAdsError. So a project that never spells
        // it pays a scan of its source text, not a callback per conversion and call.
        var ns = GeneratedNamespace.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions).Name;
        if (ErrorEnumInSource.InAnyTree(compilation, cancellationToken)
            && compilation.GetTypeByMetadataName(GeneratedTypes.MetadataName(ns, GeneratedNames.ErrorEnum)) is not null)
        {
            return true;
        }

        // A catalog generated by a referenced project (in any namespace): its values reach this code through that
        // assembly's members, with or without this code spelling the name. The name in a reference's string heaps
        // (memory the compiler has mapped; not in assemblies signed by Microsoft) is enough to watch: each use is
        // checked for ours. Asking the references' assembly symbols for their type names would load every one of them.
        return ErrorEnumInReferences.InAnyReference(compilation, cancellationToken);
    }
}