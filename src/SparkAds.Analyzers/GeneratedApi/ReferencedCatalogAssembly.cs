using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.GeneratedApi;

/// <summary>
/// A referenced assembly that exposes a generated catalog: a public <c>SparkAdsError</c>, in any namespace, that carries
/// <c>[GeneratedCode("SparkAds.Analyzers", …)]</c>. Value-equal, so a keystroke that leaves the references alone
/// re-emits nothing.
/// </summary>
internal sealed record ReferencedCatalogAssembly(string AssemblyName, string Namespace)
{
    /// <summary>
    /// Every referenced assembly exposing a generated catalog, in reference order. An assembly image is read from its
    /// metadata tables (<see cref="ReferencedTypes"/>; a .NET targeting pack's not at all), never through symbols, so the
    /// compilation is not made to bind its references: a scan of the type table for the name, and the
    /// <c>[GeneratedCode]</c> row of the few types that have it. This finds the catalog of every package version, since
    /// the generated types themselves are the mark. An IDE's project reference has no image: its compilation, generated
    /// code included, is asked for types of that name.
    /// </summary>
    public static EquatableArray<ReferencedCatalogAssembly> FindAll(Compilation compilation)
    {
        var found = new List<ReferencedCatalogAssembly>();
        foreach (var reference in compilation.ExternalReferences)
        {
            // A reference under an extern alias puts none of its types where the code looks for them unqualified.
            if (!reference.Properties.Aliases.IsEmpty && !reference.Properties.Aliases.Contains("global"))
            {
                continue;
            }

            if (reference is CompilationReference { Compilation: var referenced })
            {
                foreach (var symbol in referenced.GetSymbolsWithName(GeneratedNames.ErrorEnum, SymbolFilter.Type))
                {
                    if (symbol is INamedTypeSymbol { DeclaredAccessibility: Accessibility.Public, ContainingType: null } type && GeneratedTypes.IsGeneratedErrorEnum(type))
                    {
                        Add(found, new ReferencedCatalogAssembly(referenced.AssemblyName ?? string.Empty, type.ContainingNamespace.ToDisplayString()));
                    }
                }
            }
            else if (!ReferencedTypes.IsTargetingPack(reference) && ReferencedTypes.Reader(reference) is { IsAssembly: true } reader)
            {
                foreach (var type in ReferencedTypes.FindPublicInAnyNamespace(reader, GeneratedNames.ErrorEnum))
                {
                    if (ReferencedTypes.HasGeneratedCodeAttribute(reader, type, GeneratedNames.Tool))
                    {
                        Add(found, new ReferencedCatalogAssembly(reader.GetString(reader.GetAssemblyDefinition().Name), reader.GetString(reader.GetTypeDefinition(type).Namespace)));
                    }
                }
            }
        }

        return new EquatableArray<ReferencedCatalogAssembly>(found.ToArray());
    }

    /// <summary>One entry per assembly and namespace, however many times the assembly is referenced.</summary>
    private static void Add(List<ReferencedCatalogAssembly> found, ReferencedCatalogAssembly catalog)
    {
        if (!found.Contains(catalog))
        {
            found.Add(catalog);
        }
    }
}
