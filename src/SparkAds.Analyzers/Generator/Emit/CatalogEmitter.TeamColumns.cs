using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Generator.Emit;

/// <summary>
/// The lookup of each typed team column on <c>SparkAdsErrorExtensions</c>: <c>bool?</c>, <c>int?</c> or <c>string?</c>,
/// read like every other lookup from a table in catalog order at the error's position, unpacked once at type
/// initialisation from one literal. Unknown, an error with an empty cell and an error of a catalog without the column
/// read <see langword="null"/>.
/// </summary>
internal sealed partial class CatalogEmitter
{
    private const string NoValue = "; null where its cell is empty, for Unknown, and for an error of a catalog without the column.";

    // One character per error in a bool column's table: no value, false, true.
    private const char BoolNone = '-';
    private const char BoolFalse = 'f';
    private const char BoolTrue = 't';

    private void TeamLookup(SourceWriter writer, int index)
    {
        var column = _columns[index];
        var named = "The catalog's <c>" + Xml(column.Name) + "</c> column";
        switch (column.Type)
        {
            case TeamColumnType.Bool:
                Lookup(writer, "bool?", column.MethodName, named + ": true or false" + NoValue, "UnpackBools(" + Literal(PackedBools(index)) + ")");
                break;
            case TeamColumnType.Int:
                Lookup(writer, "int?", column.MethodName, named + ", a 32-bit integer" + NoValue, "UnpackInts(" + Literal(PackedInts(e => e.TeamValues[index])) + ")");
                break;
            default:
                Lookup(writer, NullableString, column.MethodName, named + ", exactly as the catalog writes it (a line break as \\n)" + NoValue, "UnpackTexts(" + PackedTexts(TeamCellValue.None, e => e.TeamValues[index]) + ")");
                break;
        }
    }

    /// <summary>The unpacking helpers the team columns' tables need, beside <c>UnpackInts</c>, which <c>GetCode</c> needs too.</summary>
    private void EmitTeamUnpackers(SourceWriter writer)
    {
        if (HasColumn(TeamColumnType.Bool))
        {
            writer.Line();
            writer.OpenBlock("private static bool?[] UnpackBools(string packed)");
            writer.Line("var values = new bool?[packed.Length];");
            writer.OpenBlock("for (var i = 0; i < packed.Length; i++)");
            writer.OpenBlock("if (packed[i] != '" + BoolNone + "')");
            writer.Line("values[i] = packed[i] == '" + BoolTrue + "';");
            writer.CloseBlock();
            writer.CloseBlock();
            EndMethod(writer, "values");
        }

        if (HasColumn(TeamColumnType.Text))
        {
            writer.Line();
            writer.OpenBlock("private static " + NullableString + "[] UnpackTexts(string[] texts)");
            writer.Line("var values = new " + NullableString + "[texts.Length];");
            writer.OpenBlock("for (var i = 0; i < texts.Length; i++)");
            writer.OpenBlock("if (texts[i].Length > 0)");
            writer.Line("values[i] = texts[i];");
            writer.CloseBlock();
            writer.CloseBlock();
            EndMethod(writer, "values");
        }
    }

    /// <summary>One character per error in catalog order, Unknown's first: no value, false or true.</summary>
    private string PackedBools(int index)
    {
        var packed = new System.Text.StringBuilder(_errors.Count + 1).Append(BoolNone);
        for (var i = 0; i < _errors.Count; i++)
        {
            Checkpoint(i);
            packed.Append(_errors[i].TeamValues[index] switch
            {
                TeamCellValue.True => BoolTrue,
                TeamCellValue.False => BoolFalse,
                _ => BoolNone,
            });
        }

        return packed.ToString();
    }

    private bool HasColumn(TeamColumnType type)
    {
        foreach (var column in _columns)
        {
            if (column.Type == type)
            {
                return true;
            }
        }

        return false;
    }
}
