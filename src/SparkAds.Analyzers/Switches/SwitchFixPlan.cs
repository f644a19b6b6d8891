using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// What "Add missing Spark error cases" does to one switch, decided when the fix is asked for (<see cref="For"/>) from a
/// reading of the switch with the analyzer's own model (<see cref="SwitchShape"/>, <see cref="SwitchClassifier"/>,
/// <see cref="SwitchCoverage"/>), so the fix only renders it (positions are the switch's sections or arms as written):
/// <list type="bullet">
/// <item>which values get a case: those the coverage names for the fix, except values whose new case would leave one of
/// the switch's own value-naming arms with nothing to take (a guarded label stacked before the catch-all in its section,
/// which only they still reach): those are withdrawn and keep their diagnostic;</item>
/// <item>the new arms go immediately before the first catch-all arm (<c>_</c>, <c>var x</c>, <c>{ }</c>, <c>not null</c>,
/// a type pattern of the switched type), guarded or not, behind any guarded arm that names values between that
/// catch-all and the first unguarded one; else at the end (before a last section that holds only <c>default:</c>);
/// the <c>null</c> arm counts only catch-alls that take null (<c>_</c>, <c>var x</c>);</item>
/// <item>an original arm the new arms leave with nothing to take is removed when it is a catch-all or names no value,
/// as the compiler would find it unreachable (CS8510, CS8120); <see cref="SwitchDomain"/> stands for the values no
/// catalog names;</item>
/// <item>a switch expression's new arms take the value of the unguarded <c>_</c> arm they are written before (so
/// behaviour stays), and a code or key switch keeps its labels' style: literals, or the generated constants.</item>
/// </list>
/// </summary>
internal sealed class SwitchFixPlan
{
    private SwitchFixPlan(
        CompiledCatalog catalog,
        SwitchKind kind,
        ImmutableArray<int> positions,
        bool namesNull,
        int insertAt,
        int nullInsertAt,
        int? valueFrom,
        int? nullValueFrom,
        bool useLiterals,
        ImmutableArray<(int Section, int Label)> removals)
    {
        Catalog = catalog;
        Kind = kind;
        Positions = positions;
        NamesNull = namesNull;
        InsertAt = insertAt;
        NullInsertAt = nullInsertAt;
        ValueFrom = valueFrom;
        NullValueFrom = nullValueFrom;
        UseLiterals = useLiterals;
        Removals = removals;
    }

    /// <summary>The catalog the switch is checked against: the errors to name and the namespace of their generated types.</summary>
    public CompiledCatalog Catalog { get; }

    /// <summary>An enum, code or key switch: what the new labels name.</summary>
    public SwitchKind Kind { get; }

    /// <summary>The catalog positions that get a case, in catalog order (for a code switch, every key of each code to name).</summary>
    public ImmutableArray<int> Positions { get; }

    /// <summary>Whether <c>null</c> gets a case.</summary>
    public bool NamesNull { get; }

    /// <summary>The section (statement) or arm (expression) the new cases go before; the count of them for the end.</summary>
    public int InsertAt { get; }

    /// <summary>Where the <c>null</c> case goes.</summary>
    public int NullInsertAt { get; }

    /// <summary>The switch expression arm whose value the new arms at <see cref="InsertAt"/> take; none: they throw.</summary>
    public int? ValueFrom { get; }

    /// <summary>As <see cref="ValueFrom"/>, for the <c>null</c> arm.</summary>
    public int? NullValueFrom { get; }

    /// <summary>Codes and keys are written as literals, as the switch writes them, not as generated constants.</summary>
    public bool UseLiterals { get; }

    /// <summary>The switch's own labels (statement: section and label) or arms (expression: arm and 0) the new cases leave unreachable.</summary>
    public ImmutableArray<(int Section, int Label)> Removals { get; }

    /// <summary>The generated type whose members name the new cases: the code or key constants, or the enum.</summary>
    public string LabelType => Kind switch
    {
        SwitchKind.Code => GeneratedNames.CodesClass,
        SwitchKind.Key => GeneratedNames.KeysClass,
        _ => GeneratedNames.ErrorEnum,
    };

    /// <summary>
    /// The plan for the switch <paramref name="switchOperation"/> (an <c>ISwitchOperation</c> or
    /// <c>ISwitchExpressionOperation</c>), read as <see cref="SwitchAnalyzer"/> reads it against
    /// <paramref name="catalogs"/>; <see langword="null"/> when there is nothing to add (no SPARK001/SPARK002, or only
    /// values a relational, <c>not</c> or type arm takes), or when the new arms would leave one of the switch's own
    /// value-naming arms with nothing to take or be unreachable themselves: then no fix is offered rather than one that
    /// does not compile.
    /// </summary>
    public static SwitchFixPlan? For(IOperation switchOperation, CompiledCatalogs catalogs, CancellationToken cancellationToken)
    {
        if (SwitchClassifier.CatalogOf(switchOperation, catalogs) is not { } catalog)
        {
            return null;
        }

        var shape = SwitchShape.Rent();
        var coverage = SwitchCoverage.Rent();
        try
        {
            return shape.Read(switchOperation, catalog.Types, cancellationToken)
                   && SwitchClassifier.Classify(shape, catalog.Types, catalog.Errors) is { } kind
                   && coverage.Compute(shape, kind, catalog.Errors)
                   && coverage.HasValuesToName
                ? Create(shape, coverage, catalog)
                : null;
        }
        finally
        {
            coverage.Return();
            shape.Return();
        }
    }

    /// <summary>The plan for <paramref name="shape"/> (still rented) with <paramref name="coverage"/>'s values to name; see <see cref="For"/>.</summary>
    private static SwitchFixPlan? Create(SwitchShape shape, SwitchCoverage coverage, CompiledCatalog catalog)
    {
        var insertAt = InsertionIndex(shape, forNull: false);
        var nullInsertAt = coverage.IsNullNamedInFix ? InsertionIndex(shape, forNull: true) : insertAt;
        var check = new Reachability(shape, coverage, catalog.Errors, insertAt, nullInsertAt);
        if (!check.NewArmsAreReachable() || check.Settle() is not { } removals || !check.NamesAny)
        {
            return null;
        }

        var positions = coverage.ToName(out var namesNull).RemoveAll(check.IsWithdrawn);
        return new SwitchFixPlan(
            catalog,
            coverage.Kind,
            positions,
            namesNull && !check.IsWithdrawn(-1),
            insertAt,
            nullInsertAt,
            ValueSource(shape, insertAt),
            ValueSource(shape, nullInsertAt),
            coverage.Kind != SwitchKind.Enum && UsesLiterals(shape, coverage.Kind),
            removals);
    }

    /// <summary>Whether an arm is a catch-all for this placement: for <c>null</c> only one that takes null (<c>_</c>, <c>var x</c>).</summary>
    private static bool IsCatchAll(SwitchShape shape, in SwitchArm arm, bool forNull)
        => forNull ? shape.Node(arm.Root).Kind == SwitchPatternKind.Any : arm.IsCatchAll;

    private static int InsertionIndex(SwitchShape shape, bool forNull)
        => shape.IsStatement ? SectionInsertionIndex(shape, forNull) : ArmInsertionIndex(shape, forNull);

    /// <summary>
    /// Statements: before the first section with a catch-all pattern label, guarded or not, but behind a later section
    /// whose guarded labels name values before the first unguarded catch-all; else at the end, before a last section
    /// that holds only <c>default:</c> (the compiler tries it last wherever it stands).
    /// </summary>
    private static int SectionInsertionIndex(SwitchShape shape, bool forNull)
    {
        var first = -1;
        var at = shape.SectionCount;

        // `default:` is the last arm, wherever its section stands: the sections are read from the other labels.
        var i = 0;
        while (i < shape.ArmCount && !shape.Arm(i).IsDefault)
        {
            var section = shape.Arm(i).Section;
            bool catchAll = false, unguardedCatchAll = false, guardedSpecific = false;
            for (; i < shape.ArmCount && shape.Arm(i) is { IsDefault: false } arm && arm.Section == section; i++)
            {
                if (IsCatchAll(shape, arm, forNull))
                {
                    catchAll = true;
                    unguardedCatchAll |= !arm.Guarded;
                }
                else
                {
                    guardedSpecific |= arm.Guarded;
                }
            }

            if (catchAll)
            {
                first = first < 0 ? section : first;
                at = Math.Min(at, section);
            }

            if (first >= 0 && guardedSpecific && !unguardedCatchAll)
            {
                at = section + 1;
            }

            if (unguardedCatchAll)
            {
                return at;
            }
        }

        if (first >= 0)
        {
            return at;
        }

        var last = shape.SectionCount - 1;
        return last >= 0 && OnlyDefault(shape, last) ? last : shape.SectionCount;
    }

    private static bool OnlyDefault(SwitchShape shape, int section)
    {
        var hasDefault = false;
        for (var i = 0; i < shape.ArmCount; i++)
        {
            ref readonly var arm = ref shape.Arm(i);
            if (arm.Section == section)
            {
                if (!arm.IsDefault)
                {
                    return false;
                }

                hasDefault = true;
            }
        }

        return hasDefault;
    }

    /// <summary>Expressions: before the first catch-all arm, guarded or not, behind guarded arms up to the first unguarded catch-all; else at the end.</summary>
    private static int ArmInsertionIndex(SwitchShape shape, bool forNull)
    {
        var first = -1;
        var at = shape.ArmCount;
        for (var i = 0; i < shape.ArmCount; i++)
        {
            ref readonly var arm = ref shape.Arm(i);
            if (IsCatchAll(shape, arm, forNull))
            {
                first = first < 0 ? i : first;
                at = Math.Min(at, i);
                if (!arm.Guarded)
                {
                    return at;
                }
            }
            else if (first >= 0 && arm.Guarded)
            {
                at = i + 1;
            }
        }

        return at;
    }

    /// <summary>The arm whose value new expression arms at <paramref name="at"/> take: an unguarded <c>_</c> that does more than throw.</summary>
    private static int? ValueSource(SwitchShape shape, int at)
        => !shape.IsStatement && at < shape.ArmCount && shape.Arm(at) is { IsDiscard: true, Guarded: false, OnlyThrows: false } ? at : null;

    /// <summary>Literals where the labels write a literal code (key) and no generated constant.</summary>
    private static bool UsesLiterals(SwitchShape shape, SwitchKind kind)
    {
        var literalKind = kind == SwitchKind.Code ? SyntaxKind.NumericLiteralExpression : SyntaxKind.StringLiteralExpression;
        var hasLiteral = false;
        for (var i = 0; i < shape.NodeCount; i++)
        {
            ref readonly var node = ref shape.Node(i);
            if (node.Operation is not { } constant)
            {
                continue;
            }

            if (node.IsGeneratedConstant)
            {
                return false;
            }

            foreach (var syntax in constant.Syntax.DescendantNodesAndSelf())
            {
                hasLiteral |= syntax.IsKind(literalKind);
            }
        }

        return hasLiteral;
    }

    /// <summary>
    /// Which arms can take what once the new arms are in, judged on every value that stands for the input's type, and
    /// which values must be left out so that none of the switch's own value-naming arms is left with nothing to take.
    /// </summary>
    private sealed class Reachability
    {
        private readonly SwitchShape _shape;
        private readonly SwitchCoverage _coverage;
        private readonly ErrorIndex _catalog;
        private readonly int _insertAt;
        private readonly int _nullInsertAt;

        // Catalog values (Position: the catalog position, -1 for null) with whether the fix names them and their first taker.
        private readonly List<Candidate> _catalogValues = [];
        private readonly List<(SwitchValue Value, int Taker)> _otherValues = [];
        private List<(SwitchValue Value, int Taker)>? _besideCatalogValues;
        private HashSet<int>? _withdrawn;

        public Reachability(SwitchShape shape, SwitchCoverage coverage, ErrorIndex catalog, int insertAt, int nullInsertAt)
        {
            _shape = shape;
            _coverage = coverage;
            _catalog = catalog;
            _insertAt = insertAt;
            _nullInsertAt = nullInsertAt;
            var kind = coverage.Kind;
            var namedCodes = kind == SwitchKind.Code ? NamedCodes() : null;
            for (var index = 0; index < catalog.Count; index++)
            {
                if (kind == SwitchKind.Code && catalog.CodeAt(index) is null)
                {
                    continue;
                }

                // A code several keys share is one value: named when the fix names any of its keys.
                var value = SwitchCoverage.ValueAt(catalog, kind, index);
                var named = namedCodes?.Contains(value.Integer) ?? coverage.IsNamedInFix(index);
                _catalogValues.Add(new Candidate(value, index, named, SwitchEvaluator.FirstTaker(shape, value)));
            }

            if (SwitchDomain.AdmitsNull(shape))
            {
                _catalogValues.Add(new Candidate(SwitchValue.Null, -1, coverage.IsNullNamedInFix, SwitchEvaluator.FirstTaker(shape, SwitchValue.Null)));
            }

            foreach (var value in SwitchDomain.OtherValues(shape, kind, catalog))
            {
                _otherValues.Add((value, SwitchEvaluator.FirstTaker(shape, value)));
            }
        }

        private enum Reach
        {
            AlreadyUnreachable,
            Reachable,
            BecomesUnreachable,
        }

        /// <summary>Whether some value is still to be named once <see cref="Settle"/> has withdrawn what it must.</summary>
        public bool NamesAny => _catalogValues.Exists(static c => c.Named);

        /// <summary>Whether the catalog position (<c>null</c>: -1) was withdrawn: its case would leave one of the switch's own value-naming arms with nothing to take.</summary>
        public bool IsWithdrawn(int position) => _withdrawn?.Contains(position) ?? false;

        /// <summary>Whether every new arm can take its value: no original arm before it takes the value first.</summary>
        public bool NewArmsAreReachable()
        {
            foreach (var candidate in _catalogValues)
            {
                if (candidate.Named && candidate.Taker < _shape.ArmCount && Position(_shape.Arm(candidate.Taker)) < InsertionOf(candidate.Value))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>
        /// The original arms to remove. An arm that names a value and would be left with nothing to take keeps the values
        /// that still reach it out of the fix; then everything is judged again, until nothing changes.
        /// </summary>
        public ImmutableArray<(int Section, int Label)>? Settle()
        {
            while (true)
            {
                var from = Math.Min(_insertAt, _nullInsertAt);
                var removals = ImmutableArray.CreateBuilder<(int Section, int Label)>();
                var kept = -1;
                for (var j = 0; j < _shape.ArmCount && kept < 0; j++)
                {
                    ref readonly var arm = ref _shape.Arm(j);
                    if (arm.IsDefault || Position(arm) < from || ReachOf(j) != Reach.BecomesUnreachable)
                    {
                        continue;
                    }

                    if (!arm.IsCatchAll && SwitchEvaluator.NamesAnyValue(_shape, arm.Root))
                    {
                        kept = j;
                        continue;
                    }

                    removals.Add((arm.Section, arm.Label));
                }

                if (kept < 0)
                {
                    return removals.ToImmutable();
                }

                if (!WithdrawValuesReaching(kept))
                {
                    return null;
                }
            }
        }

        private bool WithdrawValuesReaching(int j)
        {
            ref readonly var arm = ref _shape.Arm(j);
            var withdrawnAny = false;
            for (var i = 0; i < _catalogValues.Count; i++)
            {
                var candidate = _catalogValues[i];
                if (candidate.Named && Reaches(j, arm, candidate.Value, candidate.Taker))
                {
                    withdrawnAny = true;
                    foreach (var position in SamePositions(candidate))
                    {
                        (_withdrawn ??= []).Add(position);
                    }
                }
            }

            for (var i = 0; i < _catalogValues.Count; i++)
            {
                var candidate = _catalogValues[i];
                if (candidate.Named && _withdrawn is not null && _withdrawn.Contains(candidate.Position))
                {
                    _catalogValues[i] = candidate with { Named = false };
                }
            }

            return withdrawnAny;
        }

        /// <summary>The catalog positions that stand for the candidate's value: for a code, every key that has it.</summary>
        private IEnumerable<int> SamePositions(Candidate candidate)
        {
            if (_coverage.Kind != SwitchKind.Code || candidate.Position < 0)
            {
                yield return candidate.Position;
                yield break;
            }

            foreach (var other in _catalogValues)
            {
                if (other.Position >= 0 && other.Value.Integer == candidate.Value.Integer)
                {
                    yield return other.Position;
                }
            }
        }

        private Reach ReachOf(int j)
        {
            ref readonly var arm = ref _shape.Arm(j);
            foreach (var (value, taker) in _otherValues)
            {
                if (Reaches(j, arm, value, taker))
                {
                    return Reach.Reachable;
                }
            }

            var reachedBefore = false;
            foreach (var candidate in _catalogValues)
            {
                if (Reaches(j, arm, candidate.Value, candidate.Taker))
                {
                    reachedBefore = true;
                    if (!candidate.Named || InsertionOf(candidate.Value) > Position(arm))
                    {
                        return Reach.Reachable;
                    }
                }
            }

            _besideCatalogValues ??= Takers(SwitchDomain.OtherValues(_shape, _coverage.Kind, _catalog, besideCatalogValues: true));
            foreach (var (value, taker) in _besideCatalogValues)
            {
                if (Reaches(j, arm, value, taker))
                {
                    return Reach.Reachable;
                }
            }

            return reachedBefore ? Reach.BecomesUnreachable : Reach.AlreadyUnreachable;
        }

        /// <summary>Whether <paramref name="value"/> gets to arm <paramref name="j"/>: it matches, and no earlier unguarded arm takes it.</summary>
        private bool Reaches(int j, in SwitchArm arm, in SwitchValue value, int taker)
            => taker >= j && SwitchEvaluator.Matches(_shape, arm.Root, value);

        /// <summary>Where an original arm stands against the insertion indices; <c>default:</c> is tried after everything.</summary>
        private static int Position(in SwitchArm arm) => arm.IsDefault ? int.MaxValue : arm.Section;

        private int InsertionOf(in SwitchValue value) => value.IsNull ? _nullInsertAt : _insertAt;

        private List<(SwitchValue Value, int Taker)> Takers(List<SwitchValue> values)
        {
            var takers = new List<(SwitchValue Value, int Taker)>(values.Count);
            foreach (var value in values)
            {
                takers.Add((value, SwitchEvaluator.FirstTaker(_shape, value)));
            }

            return takers;
        }

        private HashSet<long> NamedCodes()
        {
            var codes = new HashSet<long>();
            for (var index = 0; index < _catalog.Count; index++)
            {
                if (_catalog.CodeAt(index) is { } code && _coverage.IsNamedInFix(index))
                {
                    codes.Add(code);
                }
            }

            return codes;
        }

        private readonly record struct Candidate(SwitchValue Value, int Position, bool Named, int Taker);
    }
}
