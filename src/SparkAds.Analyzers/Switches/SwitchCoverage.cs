using System.Collections.Immutable;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// What a switch over Spark errors does with each owed value (every owed catalog value, and <c>null</c> for a
/// <c>Nullable&lt;T&gt;</c> input). <see cref="Unhandled"/>: taken by no arm, or only by a catch-all that throws
/// (SPARK001). <see cref="ByFallback"/>: taken by an arm that does not name it (SPARK002). <see cref="ToName"/>: what
/// the fix adds arms for: the unhandled values and those that reach a catch-all. Not value-equal: compute and report.
/// </summary>
internal sealed class SwitchCoverage
{
    private SwitchCoverage(SwitchKind kind, ErrorList unhandled, ErrorList byFallback, ErrorList toName)
    {
        Kind = kind;
        Unhandled = unhandled.Errors;
        NullUnhandled = unhandled.IncludesNull;
        ByFallback = byFallback.Errors;
        NullByFallback = byFallback.IncludesNull;
        ToName = toName.Errors;
        NullToName = toName.IncludesNull;
    }

    public SwitchKind Kind { get; }

    public ImmutableArray<ErrorDefinition> Unhandled { get; }

    public bool NullUnhandled { get; }

    public ImmutableArray<ErrorDefinition> ByFallback { get; }

    public bool NullByFallback { get; }

    public ImmutableArray<ErrorDefinition> ToName { get; }

    public bool NullToName { get; }

    public bool HasUnhandled => NullUnhandled || !Unhandled.IsEmpty;

    public bool HasFallback => NullByFallback || !ByFallback.IsEmpty;

    /// <summary>Evaluates every owed value; allocates nothing for a switch that handles them all by name.</summary>
    public static SwitchCoverage? Compute(SwitchShape shape, SwitchKind kind, ErrorIndex catalog)
    {
        var unhandled = default(ErrorList);
        var byFallback = default(ErrorList);
        var toName = default(ErrorList);
        if (shape.IsNullableValue)
        {
            Record(SwitchEvaluator.Evaluate(shape, SwitchValue.Null), null, ref unhandled, ref byFallback, ref toName);
        }

        for (var index = 0; index < catalog.Errors.Count; index++)
        {
            if (!catalog.IsOwed(kind, index))
            {
                continue;
            }

            var error = catalog.Errors[index];
            var value = kind switch
            {
                SwitchKind.Enum => SwitchValue.Of(catalog.EnumValueOf(index)),
                SwitchKind.Code => SwitchValue.Of(error.Code!.Value),
                _ => SwitchValue.Of(error.Key),
            };
            Record(SwitchEvaluator.Evaluate(shape, value), error, ref unhandled, ref byFallback, ref toName);
        }

        return unhandled.IsEmpty && byFallback.IsEmpty
            ? null
            : new SwitchCoverage(kind, unhandled, byFallback, toName);
    }

    private static void Record(SwitchOutcome outcome, ErrorDefinition? error, ref ErrorList unhandled, ref ErrorList byFallback, ref ErrorList toName)
    {
        switch (outcome)
        {
            case SwitchOutcome.Handled:
                return;
            case SwitchOutcome.Fallback:
                byFallback.Add(error);
                return;
            case SwitchOutcome.FallbackAtCatchAll:
                byFallback.Add(error);
                toName.Add(error);
                return;
            default:
                unhandled.Add(error);
                toName.Add(error);
                return;
        }
    }

    /// <summary>Errors in catalog order and whether <c>null</c> belongs to the list; the builder exists only once one is added.</summary>
    private struct ErrorList
    {
        private ImmutableArray<ErrorDefinition>.Builder? _errors;

        public bool IncludesNull { get; private set; }

        public readonly bool IsEmpty => !IncludesNull && _errors is null;

        public readonly ImmutableArray<ErrorDefinition> Errors => _errors?.ToImmutable() ?? ImmutableArray<ErrorDefinition>.Empty;

        public void Add(ErrorDefinition? error)
        {
            if (error is null)
            {
                IncludesNull = true;
            }
            else
            {
                (_errors ??= ImmutableArray.CreateBuilder<ErrorDefinition>()).Add(error);
            }
        }
    }
}
