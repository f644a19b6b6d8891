using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// Reads a data row's cells in the typed team columns of its header (<see cref="TeamCellValue"/>). A cell the column's
/// type cannot hold is a warning at the cell and reads as empty; the row is kept, since losing it over a team column
/// would lose the error from every switch.
/// </summary>
internal sealed class TeamCellReader(SourceText text, ImmutableArray<TeamColumnField> columns, ImmutableArray<CatalogFault>.Builder faults)
{
    /// <summary>The row's value in each team column, in header order; empty when the header declares none.</summary>
    public EquatableArray<string> Read(string[] fields, RawRecord record)
    {
        if (columns.IsEmpty)
        {
            return EquatableArray<string>.Empty;
        }

        var values = new string[columns.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var (index, header) = columns[i];
            var cell = index < fields.Length ? fields[index] : string.Empty;
            values[i] = TeamCellValue.None;
            if (TeamCellValue.IsEmpty(cell))
            {
                continue;
            }

            if (TeamCellValue.TryRead(header.Column.Type, cell, out var value))
            {
                values[i] = value;
            }
            else
            {
                faults.Add(CatalogFault.Create(DiagnosticIds.CatalogTeamCellInvalid, record.Cell(index, text), header.Column.Name, cell, TeamCellValue.Expected(header.Column.Type)));
            }
        }

        return new EquatableArray<string>(values);
    }
}
