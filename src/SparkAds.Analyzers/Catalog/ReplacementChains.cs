using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// Resolves each retired row's <c>replaced_by</c> across every merged catalog: the chain is followed through
/// other retired keys to the active key that ends it. A chain that ends nowhere or loops is a fault at the
/// cell that breaks it; the row is still generated, retired, without a replacement.
/// </summary>
internal sealed class ReplacementChains
{
    private const string Arrow = " -> ";

    private readonly Dictionary<string, CatalogEntry> _byKey;
    private readonly ImmutableArray<CatalogFault>.Builder _faults;

    private ReplacementChains(Dictionary<string, CatalogEntry> byKey, ImmutableArray<CatalogFault>.Builder faults)
    {
        _byKey = byKey;
        _faults = faults;
    }

    /// <summary>
    /// The <paramref name="definitions"/> of <paramref name="accepted"/> (merged rows, catalog order, one definition per
    /// row) with their replacements.
    /// </summary>
    public static ImmutableArray<ErrorDefinition> Resolve(
        IReadOnlyList<CatalogEntry> accepted,
        IReadOnlyList<ErrorDefinition> definitions,
        Dictionary<string, CatalogEntry> byKey,
        ImmutableArray<CatalogFault>.Builder faults,
        CancellationToken cancellationToken)
    {
        var chains = new ReplacementChains(byKey, faults);
        var errors = ImmutableArray.CreateBuilder<ErrorDefinition>(accepted.Count);
        for (var i = 0; i < accepted.Count; i++)
        {
            if ((i & 255) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var entry = accepted[i];
            var definition = definitions[i];
            if (entry.ReplacedBy is { } named && entry.ReplacedByLocation is { } cell)
            {
                definition = entry.IsRetired
                    ? definition with { ReplacedBy = chains.Follow(entry, named, cell) }
                    : chains.Ignored(definition, named, cell);
            }

            errors.Add(definition);
        }

        return errors.MoveToImmutable();
    }

    private ErrorDefinition Ignored(ErrorDefinition definition, string named, CatalogLocation cell)
    {
        _faults.Add(CatalogFault.Create(DiagnosticIds.CatalogReplacementOnActiveRow, cell, definition.Key, named));
        return definition;
    }

    /// <summary>The active key that ends the chain from <paramref name="entry"/>, or <see langword="null"/> (with a fault where this row is to blame).</summary>
    private string? Follow(CatalogEntry entry, string named, CatalogLocation cell)
    {
        var path = new List<string> { entry.Key };
        var next = named;
        while (true)
        {
            if (!_byKey.TryGetValue(next, out var target))
            {
                // A later row's own cell names the missing key: that row reports it.
                if (path.Count == 1)
                {
                    NoActiveKey(entry, named, cell, "no catalog defines '" + next + "'");
                }

                return null;
            }

            if (!target.IsRetired)
            {
                return target.Key;
            }

            var seenAt = path.IndexOf(target.Key);
            if (seenAt >= 0)
            {
                // Only the rows on the loop report it; a row that merely leads into it would repeat the same fault.
                if (seenAt == 0)
                {
                    path.Add(target.Key);
                    _faults.Add(CatalogFault.Create(DiagnosticIds.CatalogReplacementLoop, cell, entry.Key, string.Join(Arrow, path)));
                }

                return null;
            }

            path.Add(target.Key);
            if (target.ReplacedBy is not { } further)
            {
                NoActiveKey(entry, named, cell, "'" + target.Key + "' is retired and names no replacement");
                return null;
            }

            next = further;
        }
    }

    private void NoActiveKey(CatalogEntry entry, string named, CatalogLocation cell, string reason)
        => _faults.Add(CatalogFault.Create(DiagnosticIds.CatalogReplacementNotActive, cell, entry.Key, named, reason));
}
