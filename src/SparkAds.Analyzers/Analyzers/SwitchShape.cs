using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.Analyzers;

/// <summary>How much of the input an arm matches without naming values: nothing, every non-null value, or everything.</summary>
internal enum CatchAll
{
    None,
    NonNull,
    All,
}

/// <summary>A constant in a label or pattern: its value (null for <c>null</c>) and the operation that wrote it.</summary>
internal sealed record SwitchLabel(object? Value, IOperation Operation);

/// <summary>
/// One case label or arm. <see cref="Labels"/> are every constant written in it (they decide what the switch
/// is over); <see cref="Handled"/> only those it really handles: not under <c>not</c>, not behind a guard.
/// </summary>
internal sealed record SwitchArm(ImmutableArray<SwitchLabel> Labels, ImmutableArray<SwitchLabel> Handled, CatchAll CatchAll, bool Guarded, bool OnlyThrows)
{
    /// <summary>A default, discard or catch-all pattern without a guard.</summary>
    public bool IsFallback => !Guarded && CatchAll != CatchAll.None;
}

/// <summary>A switch statement or expression read as its governing value and its arms.</summary>
internal sealed record SwitchShape(IOperation Value, ImmutableArray<SwitchArm> Arms, Location SwitchKeyword)
{
    public static SwitchShape? Read(IOperation operation)
        => operation switch
        {
            ISwitchOperation { Syntax: SwitchStatementSyntax syntax } statement => FromStatement(statement, syntax),
            ISwitchExpressionOperation { Syntax: SwitchExpressionSyntax syntax } expression => FromExpression(expression, syntax),
            _ => null,
        };

    /// <summary>Every constant written in any arm, guarded or not.</summary>
    /// <summary>The switched value, read without reading the arms: lets analyzers skip unrelated switches cheaply.</summary>
    public static IOperation? ValueOf(IOperation operation)
        => operation switch
        {
            ISwitchOperation statement => statement.Value,
            ISwitchExpressionOperation expression => expression.Value,
            _ => null,
        };

    public IEnumerable<SwitchLabel> AllLabels => Arms.SelectMany(static arm => arm.Labels);

    private static readonly ImmutableArray<SwitchLabel> None = ImmutableArray<SwitchLabel>.Empty;

    private static SwitchShape FromStatement(ISwitchOperation statement, SwitchStatementSyntax syntax)
    {
        var arms = ImmutableArray.CreateBuilder<SwitchArm>();
        foreach (var section in statement.Cases)
        {
            var onlyThrows = OnlyThrows(section.Body);
            foreach (var clause in section.Clauses)
            {
                arms.Add(clause switch
                {
                    IDefaultCaseClauseOperation => new SwitchArm(None, None, CatchAll.All, Guarded: false, onlyThrows),
                    ISingleValueCaseClauseOperation single => Constant(single.Value, guarded: false, onlyThrows),
                    IPatternCaseClauseOperation pattern => FromPattern(pattern.Pattern, pattern.Guard is not null, onlyThrows),
                    _ => new SwitchArm(None, None, CatchAll.None, Guarded: false, onlyThrows),
                });
            }
        }

        return new SwitchShape(statement.Value, arms.ToImmutable(), syntax.SwitchKeyword.GetLocation());
    }

    private static SwitchShape FromExpression(ISwitchExpressionOperation expression, SwitchExpressionSyntax syntax)
    {
        var arms = expression.Arms.Select(static arm => FromPattern(arm.Pattern, arm.Guard is not null, IsThrow(arm.Value))).ToImmutableArray();
        return new SwitchShape(expression.Value, arms, syntax.SwitchKeyword.GetLocation());
    }

    private static SwitchArm Constant(IOperation value, bool guarded, bool onlyThrows)
    {
        var constant = SwitchConstants.ValueOf(value);
        if (!constant.HasValue)
        {
            return new SwitchArm(None, None, CatchAll.None, guarded, onlyThrows);
        }

        var labels = ImmutableArray.Create(new SwitchLabel(constant.Value, value));
        return new SwitchArm(labels, guarded ? None : labels, CatchAll.None, guarded, onlyThrows);
    }

    private static SwitchArm FromPattern(IPatternOperation pattern, bool guarded, bool onlyThrows)
    {
        var labels = ImmutableArray.CreateBuilder<SwitchLabel>();
        var (handled, catchAll) = Match(pattern, labels);
        return new SwitchArm(labels.ToImmutable(), guarded ? None : handled, catchAll, guarded, onlyThrows);
    }

    /// <summary>What <paramref name="pattern"/> matches for certain; every constant it names goes to <paramref name="labels"/>.</summary>
    private static (ImmutableArray<SwitchLabel> Handled, CatchAll CatchAll) Match(IPatternOperation pattern, ImmutableArray<SwitchLabel>.Builder labels)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant:
                var value = SwitchConstants.ValueOf(constant.Value);
                if (!value.HasValue)
                {
                    return (None, CatchAll.None);
                }

                var label = new SwitchLabel(value.Value, constant.Value);
                labels.Add(label);
                return (ImmutableArray.Create(label), CatchAll.None);

            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                var (leftOr, leftOrAll) = Match(or.LeftPattern, labels);
                var (rightOr, rightOrAll) = Match(or.RightPattern, labels);
                return (leftOr.AddRange(rightOr), leftOrAll > rightOrAll ? leftOrAll : rightOrAll);

            case IBinaryPatternOperation and:
                // `X and <catch-all>` matches X; any other conjunction handles no specific error for certain.
                var (leftAnd, leftAndAll) = Match(and.LeftPattern, labels);
                var (rightAnd, rightAndAll) = Match(and.RightPattern, labels);
                var all = leftAndAll < rightAndAll ? leftAndAll : rightAndAll;
                return leftAndAll != CatchAll.None ? (rightAnd, all) : rightAndAll != CatchAll.None ? (leftAnd, all) : (None, CatchAll.None);

            case INegatedPatternOperation negated:
                // `not null` is a catch-all for non-null values; `not X` handles no specific error.
                Match(negated.Pattern, labels);
                var isNotNull = negated.Pattern is IConstantPatternOperation notConstant && SwitchConstants.ValueOf(notConstant.Value) is { HasValue: true, Value: null };
                return (None, isNotNull ? CatchAll.NonNull : CatchAll.None);

            case IDiscardPatternOperation:
                return (None, CatchAll.All);

            case IDeclarationPatternOperation declaration:
                return (None, declaration.MatchesNull ? CatchAll.All : CatchAll.NonNull);

            case ITypePatternOperation:
                return (None, CatchAll.NonNull);

            case IRecursivePatternOperation recursive:
                var empty = recursive.DeconstructionSubpatterns.IsEmpty && recursive.PropertySubpatterns.IsEmpty;
                return (None, empty ? CatchAll.NonNull : CatchAll.None);

            default:
                // Relational, list and anything newer: nothing specific for certain.
                return (None, CatchAll.None);
        }
    }

    private static bool OnlyThrows(ImmutableArray<IOperation> body)
        => body.Length == 1 && (IsThrow(body[0]) || (body[0] is IBlockOperation block && OnlyThrows(block.Operations)));

    private static bool IsThrow(IOperation operation)
    {
        var unwrapped = SwitchConstants.WithoutConversions(operation is IExpressionStatementOperation statement ? statement.Operation : operation);
        return unwrapped is IThrowOperation || unwrapped.Syntax.IsKind(SyntaxKind.ThrowStatement) || unwrapped.Syntax.IsKind(SyntaxKind.ThrowExpression);
    }
}
