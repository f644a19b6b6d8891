using System;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.Analysis;

/// <summary>Constant values as switch labels and arguments hold them, seen through casts and conversions.</summary>
internal static class OperationConstants
{
    /// <summary>An integral constant (an enum's underlying value included) as <see cref="long"/>; null for anything else.</summary>
    public static long? AsInteger(object? value)
        => value switch
        {
            int or long or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ulong unsigned when unsigned <= long.MaxValue => (long)unsigned,
            _ => null,
        };

    /// <summary>The operation under any conversions, e.g. <c>SparkAdsError.X</c> in <c>case SparkAdsError.X:</c> over a nullable.</summary>
    public static IOperation WithoutConversions(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The constant value of <paramref name="operation"/>, looking through conversions to a nullable type.</summary>
    public static Optional<object?> ValueOf(IOperation operation)
    {
        for (var current = operation; ; current = ((IConversionOperation)current).Operand)
        {
            if (current.ConstantValue.HasValue)
            {
                return current.ConstantValue;
            }

            if (current is not IConversionOperation)
            {
                return default;
            }
        }
    }
}
