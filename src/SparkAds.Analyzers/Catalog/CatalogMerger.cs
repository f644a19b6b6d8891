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
/// output does not depend on the order the build lists the files in. Keys and member names stay unique; typed team
/// columns merge by name (<see cref="TeamColumnMerger"/>). A fault that names the row it collides with names a
/// built-in row as "the built-in catalog": its file lies inside the package, not in the maintainer's repository.
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
        var definitions = new List<ErrorDefinition>();
        var faults = ImmutableArray.CreateBuilder<CatalogFault>();
        var byKey = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var byMemberName = new Dictionary<string, CatalogEntry>(StringComparer.Ordinal);
        var builtIn = new HashSet<CatalogEntry>();

        // Every catalog's columns first, so each row gets a value in every column of the build.
        var columns = new TeamColumnMerger(faults);
        var positions = ordered.ConvertAll(columns.Add);

        for (var c = 0; c < ordered.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var catalog = ordered[c];
            faults.AddRange(catalog.Faults);
            foreach (var entry in catalog.Entries)
            {
                if (byKey.TryGetValue(entry.Key, out var first))
                {
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogDuplicateKey, entry.KeyLocation, entry.Key, builtIn.Contains(first) ? "in the built-in catalog" : "at " + first.KeyLocation.ToDisplayString(entry.KeyLocation)));
                    continue;
                }

                if (KeyNaming.ReservedBy(entry.MemberName) is { } owner)
                {
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMemberNameCollision, entry.KeyLocation, entry.Key, entry.MemberName, owner));
                    continue;
                }

                if (byMemberName.TryGetValue(entry.MemberName, out var sameName))
                {
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMemberNameCollision, entry.KeyLocation, entry.Key, entry.MemberName, builtIn.Contains(sameName) ? $"key '{sameName.Key}' of the built-in catalog" : $"key '{sameName.Key}' at {sameName.KeyLocation.ToDisplayString(entry.KeyLocation)}"));
                    continue;
                }

                byKey.Add(entry.Key, entry);
                byMemberName.Add(entry.MemberName, entry);
                accepted.Add(entry);
                definitions.Add(ErrorDefinition.From(entry, columns.ValuesOf(entry, positions[c])));
                if (catalog.IsBuiltIn)
                {
                    builtIn.Add(entry);
                }
            }
        }

        var errors = ReplacementChains.Resolve(accepted, definitions, byKey, faults, cancellationToken);
        return new MergedCatalog(new EquatableArray<ErrorDefinition>(errors), columns.Columns, new EquatableArray<CatalogFault>(faults.ToImmutable()), firstTeamCatalog);
    }
}
