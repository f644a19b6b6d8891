using System;
using System.Globalization;

namespace SparkAds.Analyzers.Catalog;

/// <summary>
/// How a team column's cell is read, strictly: a value is what the column's type can hold, written as a spreadsheet
/// writes it, or the cell is empty. The model keeps each value as text: <see cref="True"/> / <see cref="False"/>, the number in
/// invariant digits, the text exactly as written (line breaks as <c>\n</c>); <see cref="None"/> for no value.
/// </summary>
internal static class TeamCellValue
{
    /// <summary>No value: an empty cell, a cell the type cannot hold, a row from a catalog without the column.</summary>
    public const string None = "";

    /// <summary>The value of a bool cell that reads true (<c>true</c>, <c>TRUE</c>, …).</summary>
    public const string True = "true";

    /// <summary>The value of a bool cell that reads false.</summary>
    public const string False = "false";

    /// <summary>A cell of nothing but white space holds no value, in a column of any type.</summary>
    public static bool IsEmpty(string cell)
    {
        foreach (var c in cell)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The value of a non-empty <paramref name="cell"/>, or <see langword="false"/> when <paramref name="type"/> cannot
    /// hold it. <c>bool</c>: <c>true</c> or <c>false</c> in any case (spreadsheets write <c>TRUE</c>). <c>int</c>: a
    /// 32-bit integer in ASCII digits, with a leading <c>-</c> for a negative one; no white space, <c>+</c>, thousands
    /// separator, decimal point or exponent, since each is a sign that the cell was not saved as a plain number.
    /// <c>text</c>: any text, kept exactly.
    /// </summary>
    public static bool TryRead(TeamColumnType type, string cell, out string value)
    {
        switch (type)
        {
            case TeamColumnType.Bool when string.Equals(cell, True, StringComparison.OrdinalIgnoreCase):
                value = True;
                return true;
            case TeamColumnType.Bool when string.Equals(cell, False, StringComparison.OrdinalIgnoreCase):
                value = False;
                return true;
            case TeamColumnType.Int when IsDigits(cell) && int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number):
                value = number.ToString(CultureInfo.InvariantCulture);
                return true;
            case TeamColumnType.Text:
                value = cell;
                return true;
            default:
                value = None;
                return false;
        }
    }

    /// <summary>What a cell of <paramref name="type"/> must hold, as a fault says it, with an example.</summary>
    public static string Expected(TeamColumnType type) => type switch
    {
        TeamColumnType.Bool => "a bool: write true or false, in any case",
        _ => "an int: write a 32-bit whole number in digits, such as 404 or -1, without spaces, '+', thousands separators or decimals",
    };

    /// <summary>An optional leading '-', then one or more ASCII digits.</summary>
    private static bool IsDigits(string cell)
    {
        var start = cell.Length > 0 && cell[0] == '-' ? 1 : 0;
        if (cell.Length == start)
        {
            return false;
        }

        for (var i = start; i < cell.Length; i++)
        {
            if (cell[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
