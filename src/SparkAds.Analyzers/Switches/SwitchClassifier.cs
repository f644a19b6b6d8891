using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Decides whether a switch is a switch over Spark errors, as the contract defines it: its value is
/// <c>SparkAdsError</c>(<c>?</c>); or it is an integer switch whose labels hold two or more catalog codes or a
/// <c>SparkAdsErrorCodes</c> constant; or a string switch whose labels hold two or more catalog keys or a
/// <c>SparkAdsErrorKeys</c> constant. Integer switches over TikTok's general codes or HTTP statuses hold
/// no catalog code, so they never count.
/// </summary>
internal static class SwitchClassifier
{
    public static SwitchKind? Classify(SwitchShape shape, GeneratedTypes types, ErrorIndex catalog) => Classify(shape, types, catalog, out _);

    /// <summary>
    /// As <see cref="Classify(SwitchShape, GeneratedTypes, ErrorIndex)"/>; for a string switch also how many distinct
    /// catalog keys its labels hold, counted up to two (exact below two: a switch with two is a key switch).
    /// </summary>
    public static SwitchKind? Classify(SwitchShape shape, GeneratedTypes types, ErrorIndex catalog, out int knownKeys)
    {
        knownKeys = 0;
        var type = shape.Type;
        if (type is null)
        {
            return null;
        }

        if (types.ErrorEnum is not null && SymbolEqualityComparer.Default.Equals(type, types.ErrorEnum))
        {
            return SwitchKind.Enum;
        }

        return type.SpecialType switch
        {
            SpecialType.System_Int32 or SpecialType.System_Int64 => ClassifyIntegers(shape, catalog),
            SpecialType.System_String => ClassifyStrings(shape, catalog, out knownKeys),
            _ => null,
        };
    }

    /// <summary>
    /// The catalog <paramref name="switchOperation"/> is checked against, or <see langword="null"/> when it cannot be a
    /// switch over Spark errors. A type check first: most switches in most code are over nothing of ours. The enum's own
    /// catalog for an enum switch; an integer or string switch only when one of its labels holds a code or key of this
    /// project's catalog (<see cref="MayHoldCatalogConstant"/>).
    /// </summary>
    public static CompiledCatalog? CatalogOf(IOperation switchOperation, CompiledCatalogs catalogs)
    {
        var valueType = SwitchShape.ValueOf(switchOperation)?.Type;
        var enumType = Unwrap(valueType).Type is { TypeKind: TypeKind.Enum } type ? type : null;
        return (enumType is not null ? catalogs.ForEnum(enumType) : catalogs.Primary) is { Errors.IsEmpty: false } catalog
               && CanBeSparkSwitch(valueType, catalog.Types)
               && (enumType is not null || MayHoldCatalogConstant(switchOperation, catalog.Errors))
            ? catalog
            : null;
    }

    /// <summary>
    /// Whether a switch over a value of <paramref name="type"/> can be a switch over Spark errors at all: the
    /// enum, an integer or a string. Checked before the switch is read, so unrelated switches cost nothing.
    /// </summary>
    public static bool CanBeSparkSwitch(ITypeSymbol? type, GeneratedTypes types)
        => Unwrap(type).Type is { } unwrapped
           && (unwrapped.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_String
               || SymbolEqualityComparer.Default.Equals(unwrapped, types.ErrorEnum));

    /// <summary>
    /// Before a switch over an integer or a string is read: whether some constant in its labels (their patterns and
    /// guards, however nested) is a code or a key of <paramref name="catalog"/>. Without one, <see cref="Classify(SwitchShape, GeneratedTypes, ErrorIndex, out int)"/>
    /// finds neither a code nor a key switch (a generated constant's value is a catalog code or key too) and counts no
    /// known key, so nothing is reported: such a switch, the common one, costs a walk of its labels instead of a reading.
    /// </summary>
    public static bool MayHoldCatalogConstant(IOperation switchOperation, ErrorIndex catalog)
    {
        switch (switchOperation)
        {
            case ISwitchOperation statement:
                foreach (var section in statement.Cases)
                {
                    foreach (var clause in section.Clauses)
                    {
                        if (HoldsCatalogConstant(clause, catalog))
                        {
                            return true;
                        }
                    }
                }

                return false;

            case ISwitchExpressionOperation expression:
                foreach (var arm in expression.Arms)
                {
                    if (HoldsCatalogConstant(arm.Pattern, catalog) || (arm.Guard is { } guard && HoldsCatalogConstant(guard, catalog)))
                    {
                        return true;
                    }
                }

                return false;

            default:
                return true;
        }
    }

    private static bool HoldsCatalogConstant(IOperation root, ErrorIndex catalog)
    {
        foreach (var operation in root.DescendantsAndSelf())
        {
            if (operation.ConstantValue is { HasValue: true, Value: { } value }
                && (value is string text ? catalog.IsKey(text) : OperationConstants.AsInteger(value) is { } integer && catalog.IsCode(integer)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The switched type without <c>Nullable&lt;T&gt;</c>, and whether it was wrapped.</summary>
    public static (ITypeSymbol? Type, bool IsNullableValue) Unwrap(ITypeSymbol? type)
        => type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T, TypeArguments.Length: 1 } nullable
            ? (nullable.TypeArguments[0], true)
            : (type, false);

    // Allocation-free: two distinct catalog codes are enough, so only the first one seen is remembered.
    // Every constant counts, guarded or negated: they say what the switch is over.
    private static SwitchKind? ClassifyIntegers(SwitchShape shape, ErrorIndex catalog)
    {
        long? first = null;
        for (var i = 0; i < shape.NodeCount; i++)
        {
            ref readonly var node = ref shape.Node(i);
            if (node.Kind != SwitchPatternKind.Integer)
            {
                continue;
            }

            if (node.IsGeneratedConstant)
            {
                return SwitchKind.Code;
            }

            if (catalog.IsCode(node.Integer))
            {
                if (first is { } seen && seen != node.Integer)
                {
                    return SwitchKind.Code;
                }

                first = node.Integer;
            }
        }

        return null;
    }

    private static SwitchKind? ClassifyStrings(SwitchShape shape, ErrorIndex catalog, out int knownKeys)
    {
        knownKeys = 0;
        string? first = null;
        for (var i = 0; i < shape.NodeCount; i++)
        {
            ref readonly var node = ref shape.Node(i);
            if (node.Kind != SwitchPatternKind.Text)
            {
                continue;
            }

            if (node.IsGeneratedConstant)
            {
                knownKeys = 1;
                return SwitchKind.Key;
            }

            if (catalog.IsKey(node.Text!))
            {
                if (first is not null && !string.Equals(first, node.Text, System.StringComparison.Ordinal))
                {
                    knownKeys = 2;
                    return SwitchKind.Key;
                }

                first = node.Text;
                knownKeys = 1;
            }
        }

        return null;
    }
}
