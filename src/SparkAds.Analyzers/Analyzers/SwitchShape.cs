using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.Analyzers;

/// <summary>
/// A switch statement or expression read as its governing value, every constant its arms name and what its
/// fallbacks catch. Read once per switch on every keystroke, so it is flat: one array of labels, no object per arm.
/// </summary>
internal sealed class SwitchShape
{
    // Reused per thread: reading a switch then allocates only the final label array.
    [ThreadStatic]
    private static ImmutableArray<SwitchLabel>.Builder? t_labels;

    private SwitchShape(IOperation value, ImmutableArray<SwitchLabel> labels, SyntaxToken switchKeyword, bool hasHandlingFallback, bool fallbackCatchesNull)
    {
        Value = value;
        Labels = labels;
        SwitchKeyword = switchKeyword;
        HasHandlingFallback = hasHandlingFallback;
        FallbackCatchesNull = fallbackCatchesNull;
    }

    /// <summary>The switched value.</summary>
    public IOperation Value { get; }

    /// <summary>Every constant written in any arm, guarded or not (they decide what the switch is over).</summary>
    public ImmutableArray<SwitchLabel> Labels { get; }

    /// <summary>Where SPARK001/SPARK002 are reported; a token, so a location is made only for a report.</summary>
    public SyntaxToken SwitchKeyword { get; }

    /// <summary>An unguarded default, discard or catch-all pattern that does more than throw: it handles the rest.</summary>
    public bool HasHandlingFallback { get; }

    /// <summary>An unguarded fallback, even one that only throws, that also matches <c>null</c>.</summary>
    public bool FallbackCatchesNull { get; }

    /// <summary>The switched value, read without reading the arms: lets analyzers skip unrelated switches cheaply.</summary>
    public static IOperation? ValueOf(IOperation operation)
        => operation switch
        {
            ISwitchOperation statement => statement.Value,
            ISwitchExpressionOperation expression => expression.Value,
            _ => null,
        };

    public static SwitchShape? Read(IOperation operation)
    {
        var labels = t_labels ??= ImmutableArray.CreateBuilder<SwitchLabel>();
        labels.Clear();
        var fallbacks = default(Fallbacks);
        switch (operation)
        {
            case ISwitchOperation { Syntax: SwitchStatementSyntax syntax } statement:
                ReadSections(statement, labels, ref fallbacks);
                return new SwitchShape(statement.Value, labels.ToImmutable(), syntax.SwitchKeyword, fallbacks.Handling, fallbacks.CatchesNull);

            case ISwitchExpressionOperation { Syntax: SwitchExpressionSyntax syntax } expression:
                foreach (var arm in expression.Arms)
                {
                    ReadArm(arm.Pattern, arm.Guard is not null, IsThrow(arm.Value), labels, ref fallbacks);
                }

                return new SwitchShape(expression.Value, labels.ToImmutable(), syntax.SwitchKeyword, fallbacks.Handling, fallbacks.CatchesNull);

            default:
                return null;
        }
    }

    private static void ReadSections(ISwitchOperation statement, ImmutableArray<SwitchLabel>.Builder labels, ref Fallbacks fallbacks)
    {
        foreach (var section in statement.Cases)
        {
            var onlyThrows = OnlyThrows(section.Body);
            foreach (var clause in section.Clauses)
            {
                switch (clause)
                {
                    case IDefaultCaseClauseOperation:
                        fallbacks.Add(CatchAll.All, onlyThrows);
                        break;

                    case ISingleValueCaseClauseOperation single when SwitchConstants.ValueOf(single.Value) is { HasValue: true } constant:
                        labels.Add(new SwitchLabel(constant.Value, single.Value, handled: true));
                        break;

                    case IPatternCaseClauseOperation pattern:
                        ReadArm(pattern.Pattern, pattern.Guard is not null, onlyThrows, labels, ref fallbacks);
                        break;
                }
            }
        }
    }

    private static void ReadArm(IPatternOperation pattern, bool guarded, bool onlyThrows, ImmutableArray<SwitchLabel>.Builder labels, ref Fallbacks fallbacks)
    {
        var start = labels.Count;
        var catchAll = Match(pattern, labels);
        if (guarded)
        {
            // A guard may reject any value: the arm names constants but handles none of them for certain.
            Unmark(labels, start);
        }
        else
        {
            fallbacks.Add(catchAll, onlyThrows);
        }
    }

    /// <summary>
    /// Adds every constant <paramref name="pattern"/> names to <paramref name="labels"/>, marked handled when the
    /// pattern matches it for certain, and says how much it matches without naming values.
    /// </summary>
    private static CatchAll Match(IPatternOperation pattern, ImmutableArray<SwitchLabel>.Builder labels)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                if (SwitchConstants.ValueOf(constant.Value) is { HasValue: true } value)
                {
                    labels.Add(new SwitchLabel(value.Value, constant.Value, handled: true));
                }

                return CatchAll.None;

            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                var leftOr = Match(or.LeftPattern, labels);
                var rightOr = Match(or.RightPattern, labels);
                return leftOr > rightOr ? leftOr : rightOr;

            case IBinaryPatternOperation and:
                // `X and <catch-all>` matches what X matches; any other conjunction handles no specific error for certain.
                var leftStart = labels.Count;
                var leftAnd = Match(and.LeftPattern, labels);
                var rightStart = labels.Count;
                var rightAnd = Match(and.RightPattern, labels);
                if (leftAnd != CatchAll.None)
                {
                    Unmark(labels, leftStart, rightStart);
                }
                else if (rightAnd != CatchAll.None)
                {
                    Unmark(labels, rightStart);
                }
                else
                {
                    Unmark(labels, leftStart);
                }

                return leftAnd < rightAnd ? leftAnd : rightAnd;

            case INegatedPatternOperation negated:
                // `not null` is a catch-all for non-null values; `not X` handles no specific error.
                var negatedStart = labels.Count;
                Match(negated.Pattern, labels);
                Unmark(labels, negatedStart);
                var isNotNull = negated.Pattern is IConstantPatternOperation notConstant && SwitchConstants.ValueOf(notConstant.Value) is { HasValue: true, Value: null };
                return isNotNull ? CatchAll.NonNull : CatchAll.None;

            case IDiscardPatternOperation:
                return CatchAll.All;

            case IDeclarationPatternOperation declaration:
                return declaration.MatchesNull ? CatchAll.All : CatchAll.NonNull;

            case ITypePatternOperation:
                return CatchAll.NonNull;

            case IRecursivePatternOperation recursive:
                return recursive.DeconstructionSubpatterns.IsEmpty && recursive.PropertySubpatterns.IsEmpty ? CatchAll.NonNull : CatchAll.None;

            default:
                // Relational, list and anything newer: nothing specific for certain.
                return CatchAll.None;
        }
    }

    private static void Unmark(ImmutableArray<SwitchLabel>.Builder labels, int from, int to = int.MaxValue)
    {
        for (var i = from; i < labels.Count && i < to; i++)
        {
            labels[i] = labels[i].Unhandled();
        }
    }

    private static bool OnlyThrows(ImmutableArray<IOperation> body)
        => body.Length == 1 && (IsThrow(body[0]) || (body[0] is IBlockOperation block && OnlyThrows(block.Operations)));

    private static bool IsThrow(IOperation operation)
    {
        var unwrapped = SwitchConstants.WithoutConversions(operation is IExpressionStatementOperation statement ? statement.Operation : operation);
        return unwrapped is IThrowOperation || unwrapped.Syntax.IsKind(SyntaxKind.ThrowStatement) || unwrapped.Syntax.IsKind(SyntaxKind.ThrowExpression);
    }

    /// <summary>What the unguarded fallbacks of a switch catch, gathered while its arms are read.</summary>
    private struct Fallbacks
    {
        public bool Handling;
        public bool CatchesNull;

        public void Add(CatchAll catchAll, bool onlyThrows)
        {
            if (catchAll == CatchAll.None)
            {
                return;
            }

            Handling |= !onlyThrows;
            CatchesNull |= catchAll == CatchAll.All;
        }
    }
}
