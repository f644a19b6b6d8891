using System;
using System.Collections.Immutable;
using SparkAds.Analyzers.Analysis;

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
/// <see cref="Freeze">frozen</see> copy, so switches that miss the same errors share one message.
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

    /// <summary>The fix has an arm to add: some owed value is unhandled or reaches a catch-all.</summary>
    public bool HasValuesToName { get; private set; }

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
        var count = catalog.Count;
        if (_outcomes.Length < count)
        {
            _outcomes = new SwitchOutcome[Math.Max(count, _outcomes.Length * 2)];
        }

        Kind = kind;
        Count = count;
        HasUnhandled = false;
        HasFallback = false;
        HasValuesToName = false;
        NullOutcome = shape.IsNullableValue ? SwitchEvaluator.Evaluate(shape, SwitchValue.Null) : SwitchOutcome.Handled;
        Note(NullOutcome);
        var hash = ((int)kind * 8) + (int)NullOutcome;
        for (var index = 0; index < count; index++)
        {
            var outcome = SwitchOutcome.Handled;
            if (IsOwed(catalog, kind, index))
            {
                outcome = SwitchEvaluator.Evaluate(shape, ValueAt(catalog, kind, index));
                Note(outcome);
            }

            _outcomes[index] = outcome;
            hash = unchecked((hash * 31) + (int)outcome);
        }

        _hash = hash;
        return HasUnhandled || HasFallback;
    }

    /// <summary>
    /// Whether a switch of <paramref name="kind"/> owes the error at <paramref name="index"/>: never a retired one; an
    /// enum or key switch every other error, a code switch every other error with a code. The one place that decides it.
    /// </summary>
    public static bool IsOwed(ErrorIndex catalog, SwitchKind kind, int index)
        => !catalog.IsRetired(index) && (kind != SwitchKind.Code || catalog.CodeAt(index) is not null);

    /// <summary>The value a switch of <paramref name="kind"/> sees for the error at <paramref name="index"/> (its code must exist for a code switch).</summary>
    public static SwitchValue ValueAt(ErrorIndex catalog, SwitchKind kind, int index)
        => kind switch
        {
            SwitchKind.Enum => SwitchValue.Of(catalog.EnumValueAt(index)),
            SwitchKind.Code => SwitchValue.Of(catalog.CodeAt(index)!.Value),
            _ => SwitchValue.Of(catalog.KeyAt(index)),
        };

    /// <summary>The catalog positions a SPARK001 (unhandled) or SPARK002 (handled through a fallback) message names.</summary>
    public ImmutableArray<int> Named(out bool includesNull)
    {
        includesNull = IsNamed(NullOutcome);
        return Select(static (coverage, outcome) => coverage.IsNamed(outcome));
    }

    /// <summary>The catalog positions the fix adds arms for: the unhandled ones and those that reach a catch-all.</summary>
    public ImmutableArray<int> ToName(out bool includesNull)
    {
        includesNull = NamesInFix(NullOutcome);
        return Select(static (_, outcome) => NamesInFix(outcome));
    }

    /// <summary>Whether the fix adds an arm for the value at catalog position <paramref name="index"/>.</summary>
    public bool IsNamedInFix(int index) => NamesInFix(_outcomes[index]);

    /// <summary>Whether the fix adds an arm for <c>null</c>.</summary>
    public bool IsNullNamedInFix => NamesInFix(NullOutcome);

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
            HasValuesToName = HasValuesToName,
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
        => outcome is SwitchOutcome.Unhandled or SwitchOutcome.UnhandledAtCatchAll;

    private bool IsNamed(SwitchOutcome outcome)
        => HasUnhandled
            ? IsUnhandled(outcome)
            : outcome is SwitchOutcome.Fallback or SwitchOutcome.FallbackAtCatchAll;

    private void Note(SwitchOutcome outcome)
    {
        HasUnhandled |= IsUnhandled(outcome);
        HasFallback |= outcome is SwitchOutcome.Fallback or SwitchOutcome.FallbackAtCatchAll;
        HasValuesToName |= NamesInFix(outcome);
    }

    private ImmutableArray<int> Select(Func<SwitchCoverage, SwitchOutcome, bool> selected)
    {
        var positions = ImmutableArray.CreateBuilder<int>();
        for (var index = 0; index < Count; index++)
        {
            if (selected(this, _outcomes[index]))
            {
                positions.Add(index);
            }
        }

        return positions.ToImmutable();
    }
}
