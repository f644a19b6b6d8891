using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// Merges every catalog into one: built-in rows first, then the team's catalogs ordered by path, so the
/// output does not depend on the order the build lists the files in. Keys and member names stay unique.
/// </summary>
internal static class CatalogMerger
{
    public static MergedCatalog Merge(IReadOnlyList<ParsedCatalogFile> catalogs, CancellationToken cancellationToken = default)
    {
        var firstTeamCatalog = catalogs.FirstOrDefault(static c => !c.IsBuiltIn)?.Path;
        var ordered = catalogs
            .OrderBy(static c => c.IsBuiltIn ? 0 : 1)
            .ThenBy(static c => c.Path, StringComparer.Ordinal)
            .ThenBy(static c => c.Entries.Count)
            .ThenBy(static c => c.Faults.Count)
            .ToList();

        var accepted = new List<CatalogEntry>();
        var faults = ImmutableArray.CreateBuilder<CatalogFault>();
        var byKey = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var byMemberName = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);

        foreach (var catalog in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            faults.AddRange(catalog.Faults);
            foreach (var entry in catalog.Entries)
            {
                if (byKey.TryGetValue(entry.Key, out var first))
                {
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogDuplicateKey, entry.KeyLocation, entry.Key, first.KeyLocation.ToDisplayString(entry.KeyLocation)));
                    continue;
                }

                if (KeyNaming.ReservedBy(entry.MemberName) is { } owner)
                {
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMemberNameCollision, entry.KeyLocation, entry.Key, entry.MemberName, owner));
                    continue;
                }

                if (byMemberName.TryGetValue(entry.MemberName, out var sameName))
                {
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMemberNameCollision, entry.KeyLocation, entry.Key, entry.MemberName, $"key '{sameName.Key}' at {sameName.KeyLocation.ToDisplayString(entry.KeyLocation)}"));
                    continue;
                }

                byKey.Add(entry.Key, entry);
                byMemberName.Add(entry.MemberName, entry);
                accepted.Add(entry);
            }
        }

        var errors = ReplacementChains.Resolve(accepted, byKey, faults, cancellationToken);
        return new MergedCatalog(new EquatableArray<ErrorDefinition>(errors), new EquatableArray<CatalogFault>(faults.ToImmutable()), firstTeamCatalog);
    }
}
