using System;
using System.Linq;
using SparkAds.Analyzers.Common;

namespace SparkAds.Analyzers.GeneratedApi;

/// <summary>
/// Which catalog a project's code uses: the one it generates, or one that a referenced assembly exposes. Decided by
/// <see cref="Choose"/> from the same inputs wherever it is asked, so what the generator generates and what the
/// analyzers check integer and string switches against never differ. Value-equal.
/// </summary>
internal sealed record CatalogSelection
{
    private CatalogSelection(string? @namespace, ReferencedCatalogAssembly? reused, EquatableArray<ReferencedCatalogAssembly> candidates)
    {
        Namespace = @namespace;
        Reused = reused;
        Candidates = candidates;
    }

    /// <summary>The namespace of the catalog the code uses; <see langword="null"/> when several referenced catalogs leave it undecided.</summary>
    public string? Namespace { get; }

    /// <summary>The referenced catalog the project uses instead of generating one; <see langword="null"/> when it generates, or when undecided.</summary>
    public ReferencedCatalogAssembly? Reused { get; }

    /// <summary>The referenced catalogs among which the project could not choose (SPARK125); empty when decided.</summary>
    public EquatableArray<ReferencedCatalogAssembly> Candidates { get; }

    /// <summary>Whether this project generates the catalog types (in <see cref="Namespace"/>).</summary>
    public bool Generates => Namespace is not null && Reused is null;

    /// <summary>
    /// One catalog for the solution. A referenced catalog in the namespace this project would generate is used (even
    /// when the project adds catalogs of its own: those are then not generated, SPARK112). Otherwise the project
    /// generates when it adds catalogs of its own (<paramref name="addsCatalogs"/>; the built-in default does not count),
    /// when it sets <c>SparkAdsNamespace</c> (to a namespace no reference has), or when no reference exposes a catalog;
    /// else it uses the one referenced catalog, whatever its namespace, and with several it uses none (SPARK125), as it
    /// cannot know which its code means.
    /// </summary>
    public static CatalogSelection Choose(GeneratedNamespace generated, bool addsCatalogs, EquatableArray<ReferencedCatalogAssembly> referenced)
    {
        var inNamespace = referenced.Where(r => string.Equals(r.Namespace, generated.Name, StringComparison.Ordinal)).ToArray();
        if (inNamespace.Length > 0 && (addsCatalogs || inNamespace.Length == 1))
        {
            return new(inNamespace[0].Namespace, inNamespace[0], EquatableArray<ReferencedCatalogAssembly>.Empty);
        }

        if (inNamespace.Length == 0 && (addsCatalogs || generated.Configured || referenced.Count == 0))
        {
            return new(generated.Name, null, EquatableArray<ReferencedCatalogAssembly>.Empty);
        }

        var candidates = inNamespace.Length > 0 ? new EquatableArray<ReferencedCatalogAssembly>(inNamespace) : referenced;
        return candidates.Count == 1
            ? new(candidates[0].Namespace, candidates[0], EquatableArray<ReferencedCatalogAssembly>.Empty)
            : new(null, null, candidates);
    }
}
