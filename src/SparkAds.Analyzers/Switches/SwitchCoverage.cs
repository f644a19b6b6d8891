using System;
using System.Collections.Immutable;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Catalog;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// What a switch over Spark errors does with each owed value: one <see cref="SwitchOutcome"/> per catalog position
/// (a value the switch does not owe counts as handled), and one for <c>null</c> when the input is a
/// <c>Nullable&lt;T&gt;</c>. Unhandled values (no arm, or only a catch-all that throws) make SPARK001; values taken
/// by an arm that does not name them make SPARK002. The fix names the unhandled values and those that reach a catch-all.
/// <para>
/// A switch is evaluated into this thread's instance (<see cref="Rent"/>/<see cref="Return"/>), which holds only
/// outcomes, so a switch that handles everything allocates nothing. Two coverages are equal when their kind and
/// outcomes are: <see cref="SwitchReportCache"/> looks a report up with the rented instance and stores a
/// <see cref="Freeze">frozen</see> copy, so switches that miss the same errors share one message and one property map.
/// </para>
/// </summary>
internal sealed class SwitchCoverage : IEquatable<SwitchCoverage>
{
    [ThreadStatic]
    private static SwitchCoverage? t_free;

    private SwitchOutcome[] _outcomes;
    private int _hash;

    private SwitchCoverage(SwitchOutcome[] outcomes) => _outcomes = outcomes;

    public SwitchKind Kind { get; private set; }

    /// <summary>How many catalog positions the coverage holds an outcome for.</summary>
    public int Count { get; private set; }

    /// <summary>What happens to <c>null</c>; <see cref="SwitchOutcome.Handled"/> when the input cannot be null.</summary>
    public SwitchOutcome NullOutcome { get; private set; }

    /// <summary>Some owed value is taken by no arm, or only by a catch-all that throws: SPARK001.</summary>
    public bool HasUnhandled { get; private set; }

    /// <summary>Some owed value is taken by an arm that does not name it: SPARK002 when nothing is unhandled.</summary>
    public bool HasFallback { get; private set; }

    /// <summary>This thread's free coverage, or a new one; give it back with <see cref="Return"/> in a <c>finally</c>.</summary>
    public static SwitchCoverage Rent()
    {
        var coverage = t_free ?? new SwitchCoverage(new SwitchOutcome[16]);
        t_free = null;
        return coverage;
    }

    public void Return() => t_free = this;

    /// <summary>
    /// Evaluates every owed value of <paramref name="catalog"/> through <paramref name="shape"/>'s arms; true when
    /// there is something to report (<see cref="HasUnhandled"/> or <see cref="HasFallback"/>).
    /// </summary>
    public bool Compute(SwitchShape shape, SwitchKind kind, ErrorIndex catalog)
    {
        var count = catalog.Errors.Count;
        if (_outcomes.Length < count)
        {
            _outcomes = new SwitchOutcome[Math.Max(count, _outcomes.Length * 2)];
        }

        Kind = kind;
        Count = count;
        HasUnhandled = false;
        HasFallback = false;
        NullOutcome = shape.IsNullableValue ? SwitchEvaluator.Evaluate(shape, SwitchValue.Null) : SwitchOutcome.Handled;
        Note(NullOutcome);
        var hash = ((int)kind * 8) + (int)NullOutcome;
        for (var index = 0; index < count; index++)
        {
            var outcome = SwitchOutcome.Handled;
            if (catalog.IsOwed(kind, index))
            {
                var error = catalog.Errors[index];
                var value = kind switch
                {
                    SwitchKind.Enum => SwitchValue.Of(catalog.EnumValueOf(index)),
                    SwitchKind.Code => SwitchValue.Of(error.Code!.Value),
                    _ => SwitchValue.Of(error.Key),
                };
                outcome = SwitchEvaluator.Evaluate(shape, value);
                Note(outcome);
            }

            _outcomes[index] = outcome;
            hash = unchecked((hash * 31) + (int)outcome);
        }

        _hash = hash;
        return HasUnhandled || HasFallback;
    }

    /// <summary>The errors a SPARK001 (unhandled) or SPARK002 (handled through a fallback) message names.</summary>
    public ImmutableArray<ErrorDefinition> Named(ErrorIndex catalog, out bool includesNull)
    {
        includesNull = IsNamed(NullOutcome);
        return Select(catalog, static (coverage, outcome) => coverage.IsNamed(outcome));
    }

    /// <summary>The errors the fix adds arms for: the unhandled ones and those that reach a catch-all.</summary>
    public ImmutableArray<ErrorDefinition> ToName(ErrorIndex catalog, out bool includesNull)
    {
        includesNull = NamesInFix(NullOutcome);
        return Select(catalog, static (_, outcome) => NamesInFix(outcome));
    }

    /// <summary>An immutable copy, to keep as a cache key after the rented instance goes back.</summary>
    public SwitchCoverage Freeze()
    {
        var outcomes = new SwitchOutcome[Count];
        Array.Copy(_outcomes, outcomes, Count);
        return new SwitchCoverage(outcomes)
        {
            Kind = Kind,
            Count = Count,
            NullOutcome = NullOutcome,
            HasUnhandled = HasUnhandled,
            HasFallback = HasFallback,
            _hash = _hash,
        };
    }

    public bool Equals(SwitchCoverage? other)
    {
        if (other is null || other.Kind != Kind || other.NullOutcome != NullOutcome || other.Count != Count)
        {
            return false;
        }

        for (var index = 0; index < Count; index++)
        {
            if (_outcomes[index] != other._outcomes[index])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SwitchCoverage);

    public override int GetHashCode() => _hash;

    private static bool NamesInFix(SwitchOutcome outcome) => outcome is SwitchOutcome.Unhandled or SwitchOutcome.UnhandledAtCatchAll or SwitchOutcome.FallbackAtCatchAll;

    private static bool IsUnhandled(SwitchOutcome outcome)
        => outcome is SwitchOutcome.Unhandled or SwitchOutcome.UnhandledAtCatchAll or SwitchOutcome.UnhandledBesideGuardedLabel;

    private bool IsNamed(SwitchOutcome outcome)
        => HasUnhandled
            ? IsUnhandled(outcome)
            : outcome is SwitchOutcome.Fallback or SwitchOutcome.FallbackAtCatchAll;

    private void Note(SwitchOutcome outcome)
    {
        HasUnhandled |= IsUnhandled(outcome);
        HasFallback |= outcome is SwitchOutcome.Fallback or SwitchOutcome.FallbackAtCatchAll;
    }

    private ImmutableArray<ErrorDefinition> Select(ErrorIndex catalog, Func<SwitchCoverage, SwitchOutcome, bool> selected)
    {
        var errors = ImmutableArray.CreateBuilder<ErrorDefinition>();
        for (var index = 0; index < Count; index++)
        {
            if (selected(this, _outcomes[index]))
            {
                errors.Add(catalog.Errors[index]);
            }
        }

        return errors.ToImmutable();
    }
}
