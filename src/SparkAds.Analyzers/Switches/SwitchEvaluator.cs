using System;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// What happens to one owed value, decided as the compiler does: the arms are tried in order and the first
/// unguarded arm whose pattern matches takes the value. It is handled when that arm's pattern names it (a constant
/// under <c>or</c>/<c>and</c>, never under <c>not</c>), handled through a fallback otherwise, and unhandled when no
/// arm takes it or only a catch-all that just throws.
/// </summary>
internal static class SwitchEvaluator
{
    public static SwitchOutcome Evaluate(SwitchShape shape, in SwitchValue value)
    {
        for (var i = 0; i < shape.ArmCount; i++)
        {
            ref readonly var arm = ref shape.Arm(i);
            if (arm.Guarded || !Matches(shape, arm.Root, value))
            {
                continue;
            }

            if (Names(shape, arm.Root, value))
            {
                return SwitchOutcome.Handled;
            }

            if (arm.IsCatchAll)
            {
                return arm.OnlyThrows ? SwitchOutcome.UnhandledAtCatchAll : SwitchOutcome.FallbackAtCatchAll;
            }

            return SwitchOutcome.Fallback;
        }

        return SwitchOutcome.Unhandled;
    }

    /// <summary>The first unguarded arm that takes <paramref name="value"/>; <see cref="SwitchShape.ArmCount"/> when none does.</summary>
    public static int FirstTaker(SwitchShape shape, in SwitchValue value)
    {
        for (var i = 0; i < shape.ArmCount; i++)
        {
            ref readonly var arm = ref shape.Arm(i);
            if (!arm.Guarded && Matches(shape, arm.Root, value))
            {
                return i;
            }
        }

        return shape.ArmCount;
    }

    /// <summary>Whether the pattern rooted at node <paramref name="index"/> matches <paramref name="value"/>.</summary>
    public static bool Matches(SwitchShape shape, int index, in SwitchValue value)
    {
        ref readonly var node = ref shape.Node(index);
        return node.Kind switch
        {
            SwitchPatternKind.Any => true,
            SwitchPatternKind.NonNull => !value.IsNull,
            SwitchPatternKind.Null => value.IsNull,
            SwitchPatternKind.Integer => !value.IsNull && value.Text is null && value.Integer == node.Integer,
            SwitchPatternKind.Text => !value.IsNull && string.Equals(value.Text, node.Text, StringComparison.Ordinal),
            SwitchPatternKind.Relational => !value.IsNull && value.Text is null && Compare(value.Integer, node.Operator, node.Integer),
            SwitchPatternKind.Or => Matches(shape, node.Left, value) || Matches(shape, node.Right, value),
            SwitchPatternKind.And => Matches(shape, node.Left, value) && Matches(shape, node.Right, value),
            SwitchPatternKind.Not => !Matches(shape, node.Left, value),
            _ => false,
        };
    }

    /// <summary>Whether a constant equal to <paramref name="value"/> stands in the pattern outside any <c>not</c>.</summary>
    private static bool Names(SwitchShape shape, int index, in SwitchValue value)
    {
        ref readonly var node = ref shape.Node(index);
        return node.Kind switch
        {
            SwitchPatternKind.Null or SwitchPatternKind.Integer or SwitchPatternKind.Text => Matches(shape, index, value),
            SwitchPatternKind.Or or SwitchPatternKind.And => Names(shape, node.Left, value) || Names(shape, node.Right, value),
            _ => false,
        };
    }

    /// <summary>Whether the pattern rooted at node <paramref name="index"/> names any constant outside a <c>not</c>.</summary>
    public static bool NamesAnyValue(SwitchShape shape, int index)
    {
        ref readonly var node = ref shape.Node(index);
        return node.Kind switch
        {
            SwitchPatternKind.Null or SwitchPatternKind.Integer or SwitchPatternKind.Text => true,
            SwitchPatternKind.Or or SwitchPatternKind.And => NamesAnyValue(shape, node.Left) || NamesAnyValue(shape, node.Right),
            _ => false,
        };
    }

    private static bool Compare(long value, BinaryOperatorKind comparison, long bound)
        => comparison switch
        {
            BinaryOperatorKind.LessThan => value < bound,
            BinaryOperatorKind.LessThanOrEqual => value <= bound,
            BinaryOperatorKind.GreaterThan => value > bound,
            BinaryOperatorKind.GreaterThanOrEqual => value >= bound,
            _ => false,
        };
}
