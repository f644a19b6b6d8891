using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>
/// The columns a catalog's header row names: the schema's, by name (any order, case-insensitive, trimmed), and the typed
/// team columns, <c>name:type</c>, in header order. Other columns are ignored. <see cref="Read"/> gives
/// <see langword="null"/> (with faults) when the header does not give the schema unambiguously, so no row is generated.
/// </summary>
internal sealed class CatalogHeader
{
    private CatalogHeader(Dictionary<string, int> schema, ImmutableArray<TeamColumnField> teamColumns)
    {
        Schema = schema;
        TeamColumns = teamColumns;
    }

    /// <summary>The field index of each schema column the header names.</summary>
    public Dictionary<string, int> Schema { get; }

    /// <summary>The typed team columns, in header order, with their field indices.</summary>
    public ImmutableArray<TeamColumnField> TeamColumns { get; }

    public static CatalogHeader? Read(RawRecord header, string[] headerFields, SourceText text, ImmutableArray<CatalogFault>.Builder faults)
    {
        var schema = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var teamByName = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var teamColumns = ImmutableArray.CreateBuilder<TeamColumnField>();
        var typedSchema = new List<(string Header, string Column, CatalogLocation Cell)>();
        var valid = true;
        for (var i = 0; i < headerFields.Length; i++)
        {
            var name = CatalogColumns.NameOf(headerFields[i]);
            var separator = name.IndexOf(TeamColumnNaming.TypeSeparator);
            if (separator >= 0)
            {
                var columnName = name.Substring(0, separator).Trim();
                if (CatalogColumns.IsSchemaColumn(columnName))
                {
                    // Told once the whole header is read: whether the file still has the schema column decides what is lost.
                    typedSchema.Add((name, columnName, header.Cell(i, text)));
                }
                else if (TeamColumnOf(columnName, name.Substring(separator + 1).Trim(), header.Cell(i, text), faults) is { } column)
                {
                    if (teamByName.TryGetValue(columnName, out var first))
                    {
                        // As with a schema column: which of the two is meant cannot be told.
                        faults.Add(CatalogFault.Create(DiagnosticIds.CatalogDuplicateColumn, header.Cell(i, text), columnName, header.Cell(first, text).ToDisplayString()));
                        valid = false;
                    }
                    else
                    {
                        teamByName.Add(columnName, i);
                        teamColumns.Add(new TeamColumnField(i, new TeamColumnHeader(column, header.Cell(i, text))));
                    }
                }

                continue;
            }

            if (schema.TryGetValue(name, out var firstSchema))
            {
                if (CatalogColumns.IsSchemaColumn(name))
                {
                    // Which of the two is meant cannot be guessed; generating either could ship wrong texts.
                    faults.Add(CatalogFault.Create(DiagnosticIds.CatalogDuplicateColumn, header.Cell(i, text), name, header.Cell(firstSchema, text).ToDisplayString()));
                    valid = false;
                }

                continue;
            }

            schema.Add(name, i);
        }

        foreach (var (headerText, column, cell) in typedSchema)
        {
            var lost = !schema.ContainsKey(column) && Array.Exists(CatalogColumns.Required, r => string.Equals(r, column, StringComparison.OrdinalIgnoreCase));
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogSchemaColumnTyped, cell, headerText, column, lost ? "no row of this file is generated" : "its cells are not read"));
            valid &= !lost;
        }

        foreach (var required in CatalogColumns.Required)
        {
            // A required column written with a type has its fault above, which says the file is lost.
            if (!schema.ContainsKey(required) && !typedSchema.Exists(t => string.Equals(t.Column, required, StringComparison.OrdinalIgnoreCase)))
            {
                faults.Add(CatalogFault.Create(DiagnosticIds.CatalogMissingColumn, header.Whole(text), required));
                valid = false;
            }
        }

        return valid ? new CatalogHeader(schema, teamColumns.ToImmutable()) : null;
    }

    /// <summary>The team column of a header <c>name:type</c> whose name is no schema column, or <see langword="null"/> with a fault.</summary>
    private static TeamColumn? TeamColumnOf(string name, string typeText, CatalogLocation cell, ImmutableArray<CatalogFault>.Builder faults)
    {
        if (TeamColumnNaming.TypeNamed(typeText) is not { } type)
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogTeamColumnTypeUnknown, cell, name, typeText));
            return null;
        }

        if (!TeamColumnNaming.IsValidName(name))
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogTeamColumnNameInvalid, cell, name));
            return null;
        }

        var column = new TeamColumn(name, type);
        if (TeamColumnNaming.ReservedBy(column.MethodName) is { } owner)
        {
            faults.Add(CatalogFault.Create(DiagnosticIds.CatalogTeamColumnNameTaken, cell, name, column.MethodName, owner));
            return null;
        }

        return column;
    }
}
