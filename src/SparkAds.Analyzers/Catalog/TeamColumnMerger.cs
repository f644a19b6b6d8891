using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// The typed team columns of every catalog as one list, in the order <see cref="CatalogMerger"/> reads the catalogs:
/// one name (compared case-insensitively) is one column, spelled and typed as the first catalog that declares it does,
/// and each error has a value in each column (none where its catalog lacks the column). A column typed otherwise than
/// its first declaration (SPARK121), or whose lookup another column generates already (SPARK123), is reported at its
/// header cell and not read: its rows read no value there.
/// </summary>
internal sealed class TeamColumnMerger
{
    private readonly List<TeamColumn> _columns = [];
    private readonly Dictionary<string, (int Position, TeamColumnHeader First)> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, TeamColumnHeader> _byMethod = new(StringComparer.Ordinal);
    private readonly ImmutableArray<CatalogFault>.Builder _faults;
    private EquatableArray<string> _noValues;

    public TeamColumnMerger(ImmutableArray<CatalogFault>.Builder faults) => _faults = faults;

    public EquatableArray<TeamColumn> Columns => new(_columns.ToArray());

    /// <summary>Adds <paramref name="catalog"/>'s columns; where each goes in the merged list (-1: not read), in its header's order.</summary>
    public int[] Add(ParsedCatalogFile catalog)
    {
        var positions = new int[catalog.Columns.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = Add(catalog.Columns[i]);
        }

        return positions;
    }

    /// <summary>
    /// <paramref name="entry"/>'s values in the merged columns, given where its file's columns went
    /// (<paramref name="positions"/>); call once every catalog is added.
    /// </summary>
    public EquatableArray<string> ValuesOf(CatalogEntry entry, int[] positions)
    {
        if (_columns.Count == 0)
        {
            return EquatableArray<string>.Empty;
        }

        if (_noValues.Count != _columns.Count)
        {
            var none = new string[_columns.Count];
            for (var i = 0; i < none.Length; i++)
            {
                none[i] = TeamCellValue.None;
            }

            _noValues = new EquatableArray<string>(none);
        }

        if (IsIdentity(positions) && entry.TeamValues.Count == _columns.Count)
        {
            // The file declares exactly the merged columns in their order (one team catalog, or the first of several).
            return entry.TeamValues;
        }

        string[]? values = null;
        for (var i = 0; i < positions.Length && i < entry.TeamValues.Count; i++)
        {
            if (positions[i] >= 0 && entry.TeamValues[i].Length > 0)
            {
                values ??= _noValues.AsSpan().ToArray();
                values[positions[i]] = entry.TeamValues[i];
            }
        }

        // Rows with no value share one array: the built-in rows, and a team catalog's rows with empty cells.
        return values is null ? _noValues : new EquatableArray<string>(values);
    }

    private bool IsIdentity(int[] positions)
    {
        if (positions.Length != _columns.Count)
        {
            return false;
        }

        for (var i = 0; i < positions.Length; i++)
        {
            if (positions[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    private int Add(TeamColumnHeader header)
    {
        var column = header.Column;
        if (_byName.TryGetValue(column.Name, out var known))
        {
            if (_columns[known.Position].Type == column.Type)
            {
                return known.Position;
            }

            _faults.Add(CatalogFault.Create(
                DiagnosticIds.CatalogTeamColumnTypeConflict,
                header.Location,
                column.Name,
                TeamColumnNaming.NameOf(column.Type),
                TeamColumnNaming.NameOf(_columns[known.Position].Type),
                known.First.Location.ToDisplayString(header.Location)));
            return -1;
        }

        if (_byMethod.TryGetValue(column.MethodName, out var sameMethod))
        {
            _faults.Add(CatalogFault.Create(
                DiagnosticIds.CatalogTeamColumnNameTaken,
                header.Location,
                column.Name,
                column.MethodName,
                "the column '" + sameMethod.Column.Name + "' at " + sameMethod.Location.ToDisplayString(header.Location) + " generates too"));
            return -1;
        }

        _byName.Add(column.Name, (_columns.Count, header));
        _byMethod.Add(column.MethodName, header);
        _columns.Add(column);
        return _columns.Count - 1;
    }
}
