using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Analysis;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Values that stand for every value of a switch's input besides the catalog's own: enough to decide, as the compiler
/// does, whether an arm can still take anything. A switch's patterns compare its input only with its own constants and
/// bounds, so each pattern answers alike for every integer between two neighbouring constants; one integer per such
/// stretch (each constant, its neighbours and the ends of the type's range), one string that no label names, and
/// <c>null</c> where the input may be null, cover them all.
/// </summary>
internal static class SwitchDomain
{
    /// <summary>
    /// Values of the input's type that are not catalog values (a catalog value is judged by its own outcome): the
    /// labels' own constants, their neighbours and the ends of the range, or (a string input) the labels' strings and
    /// one fresh string. With <paramref name="besideCatalogValues"/>, the integers next to each catalog value instead,
    /// which complete the cover where a stretch between two labels holds catalog values: asked only when the first
    /// set decides nothing, since it grows with the catalog.
    /// </summary>
    public static List<SwitchValue> OtherValues(SwitchShape shape, SwitchKind kind, ErrorIndex catalog, bool besideCatalogValues = false)
    {
        var values = new List<SwitchValue>();
        if (kind == SwitchKind.Key)
        {
            if (!besideCatalogValues)
            {
                AddStrings(shape, catalog, values);
            }
        }
        else if (Range(shape.Type) is { } range)
        {
            if (besideCatalogValues)
            {
                AddBesideCatalogValues(kind, catalog, range.Min, range.Max, values);
            }
            else
            {
                AddIntegers(shape, kind, catalog, range.Min, range.Max, values);
            }
        }

        return values;
    }

    /// <summary>Whether the input may be <c>null</c>: a <c>Nullable&lt;T&gt;</c> or a reference type (a string).</summary>
    public static bool AdmitsNull(SwitchShape shape) => shape.IsNullableValue || shape.Type is { IsReferenceType: true };

    private static void AddStrings(SwitchShape shape, ErrorIndex catalog, List<SwitchValue> values)
    {
        var named = new HashSet<string>(System.StringComparer.Ordinal);
        for (var i = 0; i < shape.NodeCount; i++)
        {
            if (shape.Node(i) is { Kind: SwitchPatternKind.Text, Text: { } text } && named.Add(text) && !catalog.IsKey(text))
            {
                values.Add(SwitchValue.Of(text));
            }
        }

        // A string no label and no catalog key is: what every arm that names nothing sees.
        var fresh = "\u0000";
        while (named.Contains(fresh) || catalog.IsKey(fresh))
        {
            fresh += "\u0000";
        }

        values.Add(SwitchValue.Of(fresh));
    }

    private static void AddIntegers(SwitchShape shape, SwitchKind kind, ErrorIndex catalog, long min, long max, List<SwitchValue> values)
    {
        var seen = new HashSet<long>();
        AddOther(kind, catalog, min, max, min, seen, values);
        AddOther(kind, catalog, min, max, max, seen, values);
        for (var i = 0; i < shape.NodeCount; i++)
        {
            if (shape.Node(i) is { Kind: SwitchPatternKind.Integer or SwitchPatternKind.Relational } node)
            {
                AddWithNeighbours(kind, catalog, min, max, node.Integer, seen, values);
            }
        }
    }

    // Within a stretch between two labels' constants, a value that is no catalog value either lies next to a catalog
    // value or, walking towards the stretch's end, next to a label's constant: these two sets find one of each stretch.
    private static void AddBesideCatalogValues(SwitchKind kind, ErrorIndex catalog, long min, long max, List<SwitchValue> values)
    {
        var seen = new HashSet<long>();
        for (var index = 0; index < catalog.Count; index++)
        {
            if (kind == SwitchKind.Enum || catalog.CodeAt(index) is not null)
            {
                AddWithNeighbours(kind, catalog, min, max, SwitchCoverage.ValueAt(catalog, kind, index).Integer, seen, values);
            }
        }
    }

    private static void AddWithNeighbours(SwitchKind kind, ErrorIndex catalog, long min, long max, long value, HashSet<long> seen, List<SwitchValue> values)
    {
        AddOther(kind, catalog, min, max, value, seen, values);
        if (value > min)
        {
            AddOther(kind, catalog, min, max, value - 1, seen, values);
        }

        if (value < max)
        {
            AddOther(kind, catalog, min, max, value + 1, seen, values);
        }
    }

    private static void AddOther(SwitchKind kind, ErrorIndex catalog, long min, long max, long value, HashSet<long> seen, List<SwitchValue> values)
    {
        var isCatalogValue = kind == SwitchKind.Enum ? catalog.IsEnumValue(value) : catalog.IsCode(value);
        if (value >= min && value <= max && !isCatalogValue && seen.Add(value))
        {
            values.Add(SwitchValue.Of(value));
        }
    }

    private static (long Min, long Max)? Range(ITypeSymbol? type)
    {
        var special = type is INamedTypeSymbol { TypeKind: TypeKind.Enum, EnumUnderlyingType: { } underlying } ? underlying.SpecialType : type?.SpecialType;
        return special switch
        {
            SpecialType.System_SByte => (sbyte.MinValue, sbyte.MaxValue),
            SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
            SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
            SpecialType.System_UInt16 => (ushort.MinValue, ushort.MaxValue),
            SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
            SpecialType.System_UInt32 => (uint.MinValue, uint.MaxValue),
            SpecialType.System_Int64 or SpecialType.System_UInt64 => (long.MinValue, long.MaxValue),
            _ => null,
        };
    }
}
