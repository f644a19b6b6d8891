using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Catalog.Csv;

/// <summary>Turns the fields of one data row into a <see cref="CatalogEntry"/>, or into faults when it cannot.</summary>
internal sealed class CatalogRowReader
{
    private readonly SourceText _text;
    private readonly ImmutableArray<CatalogFault>.Builder _faults;
    private readonly int _key;
    private readonly int _code;
    private readonly int _message;
    private readonly int _remedy;
    private readonly int _kind;
    private readonly int _status;
    private readonly int _replacedBy;
    private readonly TeamCellReader _teamCells;

    public CatalogRowReader(SourceText text, CatalogHeader header, ImmutableArray<CatalogFault>.Builder faults)
    {
        _text = text;
        _faults = faults;
        _teamCells = new TeamCellReader(text, header.TeamColumns, faults);
        var columns = header.Schema;
        _key = columns[CatalogColumns.Key];
        _message = columns[CatalogColumns.Message];
        _remedy = columns[CatalogColumns.Remedy];
        _code = columns.TryGetValue(CatalogColumns.Code, out var code) ? code : -1;
        _kind = columns.TryGetValue(CatalogColumns.Kind, out var kind) ? kind : -1;
        _status = columns.TryGetValue(CatalogColumns.Status, out var status) ? status : -1;
        _replacedBy = columns.TryGetValue(CatalogColumns.ReplacedBy, out var replacedBy) ? replacedBy : -1;
    }

    public CatalogEntry? Read(string[] fields, RawRecord record)
    {
        if (IsBlank(fields))
        {
            // A row of empty cells is what spreadsheets leave behind; it holds nothing to lose.
            return null;
        }

        var valid = true;
        var key = Trimmed(fields, _key, CatalogColumns.Key, record);
        var keyLocation = record.Cell(_key, _text);
        string memberName = string.Empty;
        if (key.Length == 0)
        {
            valid = Fault(DiagnosticIds.CatalogEmptyField, keyLocation, CatalogColumns.Key);
        }
        else if (!KeyNaming.IsValidKey(key) || !KeyNaming.IsUsableMemberName(memberName = KeyNaming.ToMemberName(key)))
        {
            valid = Fault(DiagnosticIds.CatalogInvalidKey, keyLocation, key);
        }

        int? code = null;
        var codeText = Trimmed(fields, _code, CatalogColumns.Code, record);
        if (codeText.Length > 0)
        {
            if (int.TryParse(codeText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
            {
                code = parsed;
            }
            else
            {
                valid = Fault(DiagnosticIds.CatalogInvalidCode, record.Cell(_code, _text), codeText);
            }
        }

        var message = Field(fields, _message);
        if (message.Trim().Length == 0)
        {
            valid = Fault(DiagnosticIds.CatalogEmptyField, record.Cell(_message, _text), CatalogColumns.Message);
        }

        var remedy = Field(fields, _remedy);
        if (remedy.Trim().Length == 0)
        {
            valid = Fault(DiagnosticIds.CatalogEmptyField, record.Cell(_remedy, _text), CatalogColumns.Remedy);
        }

        var kind = CatalogErrorKind.User;
        var kindText = Trimmed(fields, _kind, CatalogColumns.Kind, record);
        if (string.Equals(kindText, "system", System.StringComparison.OrdinalIgnoreCase))
        {
            kind = CatalogErrorKind.System;
        }
        else if (kindText.Length > 0 && !string.Equals(kindText, "user", System.StringComparison.OrdinalIgnoreCase))
        {
            // The row is kept as a user error: losing it would hide the error from every switch.
            Fault(DiagnosticIds.CatalogUnknownKind, record.Cell(_kind, _text), kindText);
        }

        var retired = false;
        var statusText = Trimmed(fields, _status, CatalogColumns.Status, record);
        if (string.Equals(statusText, "retired", System.StringComparison.OrdinalIgnoreCase))
        {
            retired = true;
        }
        else if (statusText.Length > 0 && !string.Equals(statusText, "active", System.StringComparison.OrdinalIgnoreCase))
        {
            // Kept as active: a typo must not make every switch stop owing the error.
            Fault(DiagnosticIds.CatalogUnknownStatus, record.Cell(_status, _text), statusText);
        }

        // Checked against every catalog after the merge (CatalogMerger): the replacement may live in another file.
        var replacedBy = Trimmed(fields, _replacedBy, CatalogColumns.ReplacedBy, record);
        var teamValues = _teamCells.Read(fields, record);
        var entry = valid ? new CatalogEntry(key, memberName, code, message, remedy, kind, keyLocation) { TeamValues = teamValues } : null;
        return entry is null || (!retired && replacedBy.Length == 0)
            ? entry
            : entry with
            {
                IsRetired = retired,
                ReplacedBy = replacedBy.Length == 0 ? null : replacedBy,
                ReplacedByLocation = replacedBy.Length == 0 ? null : record.Cell(_replacedBy, _text),
            };
    }

    private static string Field(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index] : string.Empty;

    private static bool IsBlank(string[] fields)
    {
        foreach (var field in fields)
        {
            if (field.Trim().Length > 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Identifiers and numbers are trimmed (with a warning); texts are kept exactly as written.</summary>
    private string Trimmed(string[] fields, int index, string column, RawRecord record)
    {
        var value = Field(fields, index);
        var trimmed = value.Trim();
        if (trimmed.Length != value.Length && trimmed.Length > 0)
        {
            Fault(DiagnosticIds.CatalogWhitespaceTrimmed, record.Cell(index, _text), column, trimmed);
        }

        return trimmed;
    }

    /// <summary>Records a fault; returns <see langword="false"/> so callers can mark the row invalid in one step.</summary>
    private bool Fault(string id, CatalogLocation location, params string[] arguments)
    {
        _faults.Add(CatalogFault.Create(id, location, arguments));
        return false;
    }
}
