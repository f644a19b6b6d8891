using System.Text;

namespace SparkAds.Analyzers.Tests.Switches.Fuzzing;

public enum FuzzKind
{
    Enum,
    Code,
    Key,
}

/// <summary>What the contract says happens to one owed value.</summary>
public enum FuzzOutcome
{
    Handled,
    Fallback,
    FallbackAtCatchAll,
    UnhandledAtCatchAll,
    Unhandled,

    /// <summary>
    /// Taken by a catch-all label after a guarded label of the same section that it reaches, where new cases for every
    /// value the fix adds would leave that guarded label nothing to take: no case can be added for it.
    /// </summary>
    FallbackKept,

    /// <summary>As <see cref="FallbackKept"/>, where the section only throws: stays unhandled.</summary>
    UnhandledKept,
}

/// <summary>One label: a pattern (null for <c>default:</c>) and its <c>when</c> clause (null, <c>flag</c>, <c>!flag</c>, <c>true</c>).</summary>
public sealed record FuzzLabel(FuzzPattern? Pattern, string? Guard)
{
    /// <summary>The compiler treats <c>when true</c> as no guard.</summary>
    public bool Guarded => Guard is not null and not "true";

    public bool IsCatchAll => Pattern is null || Pattern.IsCatchAll;
}

/// <summary>A section (statement) or an arm (expression, one label): its labels and its body.</summary>
public sealed record FuzzSection(ImmutableArray<FuzzLabel> Labels, string Body, bool OnlyThrows);

/// <summary>
/// A generated switch and the verdict the contract gives it, computed here from the generator's own model
/// (not from the analyzer): each owed value goes to the first unguarded arm that matches it.
/// </summary>
public sealed record FuzzSwitch(int Id, FuzzKind Kind, bool Nullable, bool IsExpression, ImmutableArray<FuzzSection> Sections)
{
    public string MethodName => "M" + Id.ToString(CultureInfo.InvariantCulture);

    public string TypeName => (Kind switch { FuzzKind.Enum => "SparkAdsError", FuzzKind.Code => "int", _ => "string" }) + (Nullable ? "?" : string.Empty);

    /// <summary>Labels in the order the compiler tries them: a statement's <c>default:</c> last.</summary>
    public IEnumerable<(FuzzLabel Label, FuzzSection Section)> OrderedLabels
        => Sections.SelectMany(s => s.Labels.Where(l => l.Pattern is not null).Select(l => (l, s)))
            .Concat(Sections.SelectMany(s => s.Labels.Where(l => l.Pattern is null).Select(l => (l, s))));

    /// <summary>The owed values: every catalog value of the kind, and null for a <c>Nullable&lt;T&gt;</c> input.</summary>
    public IEnumerable<object?> OwedValues
    {
        get
        {
            if (Nullable && Kind != FuzzKind.Key)
            {
                yield return null;
            }

            foreach (var value in FuzzCatalog.OwedValues(Kind))
            {
                yield return value;
            }
        }
    }

    public FuzzOutcome Evaluate(object? value)
    {
        var outcome = EvaluateIgnoringStackedLabels(value, out var catchAll, out var section);
        if (catchAll is null || !Kept(value, catchAll, section!))
        {
            return outcome;
        }

        return outcome == FuzzOutcome.UnhandledAtCatchAll ? FuzzOutcome.UnhandledKept : FuzzOutcome.FallbackKept;
    }

    /// <summary>The contract's outcome of <paramref name="value"/>, and the catch-all label (with its section) that takes it, if one does.</summary>
    private FuzzOutcome EvaluateIgnoringStackedLabels(object? value, out FuzzLabel? catchAll, out FuzzSection? section)
    {
        catchAll = null;
        section = null;
        foreach (var (label, labelSection) in OrderedLabels)
        {
            if (label.Guarded || !(label.Pattern?.Matches(value) ?? true))
            {
                continue;
            }

            if (label.Pattern?.Names(value) == true)
            {
                return FuzzOutcome.Handled;
            }

            if (label.IsCatchAll)
            {
                (catchAll, section) = (label, labelSection);
                return labelSection.OnlyThrows ? FuzzOutcome.UnhandledAtCatchAll : FuzzOutcome.FallbackAtCatchAll;
            }

            return FuzzOutcome.Fallback;
        }

        return FuzzOutcome.Unhandled;
    }

    /// <summary>
    /// The contract: a later <c>case A when …</c> must stay reachable. New cases go before the section of the catch-all
    /// label that takes <paramref name="value"/>, so a guarded label that names a value, written before that catch-all in
    /// its section, would be left with nothing to take when every value that reaches it is one the fix adds there (one
    /// the catch-all takes): then those values get no case. Judged on every value that can reach a label (<see cref="Domain"/>).
    /// </summary>
    private bool Kept(object? value, FuzzLabel catchAll, FuzzSection section)
    {
        if (catchAll.Pattern is null)
        {
            // `default:` is tried last: new cases go after its section, never before a label stacked with it.
            return false;
        }

        // A guarded label that names no value (`case object o when …`) is removed with the catch-all instead.
        foreach (var guarded in section.Labels.TakeWhile(l => l != catchAll).Where(l => l.Guarded && l.Pattern is not null && NamesAnyValue(l.Pattern)))
        {
            if (!Reaches(guarded, value))
            {
                continue;
            }

            var stays = Domain().Any(other => Reaches(guarded, other)
                                              && !(catchAll.Pattern.Matches(other) && OwedValues.Contains(other)
                                                   && EvaluateIgnoringStackedLabels(other, out _, out _) is FuzzOutcome.UnhandledAtCatchAll or FuzzOutcome.FallbackAtCatchAll));
            if (!stays)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="value"/> gets to <paramref name="label"/>: it matches, and no unguarded label tried before takes it.</summary>
    private bool Reaches(FuzzLabel label, object? value)
    {
        foreach (var (other, _) in OrderedLabels)
        {
            if (other == label)
            {
                return label.Pattern?.Matches(value) ?? true;
            }

            if (!other.Guarded && (other.Pattern?.Matches(value) ?? true))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Values that stand for every value of the input: the owed ones, <c>null</c>, every constant and bound of the switch
    /// and their neighbours, and the ends of the range (a string input: one string no label names).
    /// </summary>
    private IEnumerable<object?> Domain()
    {
        yield return null;
        foreach (var owed in FuzzCatalog.OwedValues(Kind))
        {
            yield return owed;
        }

        var constants = Sections.SelectMany(s => s.Labels).Where(l => l.Pattern is not null).SelectMany(l => Values(l.Pattern!)).ToList();
        if (Kind == FuzzKind.Key)
        {
            foreach (var constant in constants)
            {
                yield return constant;
            }

            yield return "\u0001 no label names this";
            yield break;
        }

        yield return (long)int.MinValue;
        yield return (long)int.MaxValue;
        foreach (var number in constants.OfType<long>().Concat(FuzzCatalog.OwedValues(Kind).OfType<long>()))
        {
            yield return number - 1;
            yield return number;
            yield return number + 1;
        }
    }

    /// <summary>A constant stands in the pattern outside any <c>not</c>.</summary>
    private static bool NamesAnyValue(FuzzPattern pattern)
        => pattern switch
        {
            ConstantPattern => true,
            OrPattern or => NamesAnyValue(or.Left) || NamesAnyValue(or.Right),
            AndPattern and => NamesAnyValue(and.Left) || NamesAnyValue(and.Right),
            ParenthesizedPattern parenthesized => NamesAnyValue(parenthesized.Inner),
            _ => false,
        };

    private static IEnumerable<object?> Values(FuzzPattern pattern)
        => pattern switch
        {
            ConstantPattern constant => [constant.Value],
            RelationalPattern relational => [relational.Bound],
            OrPattern or => Values(or.Left).Concat(Values(or.Right)),
            AndPattern and => Values(and.Left).Concat(Values(and.Right)),
            NotPattern not => Values(not.Operand),
            ParenthesizedPattern parenthesized => Values(parenthesized.Inner),
            _ => [],
        };

    /// <summary>Whether the contract counts it as a switch over Spark errors at all.</summary>
    public bool IsSparkSwitch
    {
        get
        {
            if (Kind == FuzzKind.Enum)
            {
                return true;
            }

            var constants = Sections.SelectMany(s => s.Labels).Where(l => l.Pattern is not null).SelectMany(l => Constants(l.Pattern!)).ToList();
            return constants.Any(c => c.Text.Contains("SparkAdsErrorCodes.", System.StringComparison.Ordinal) || c.Text.Contains("SparkAdsErrorKeys.", System.StringComparison.Ordinal)
                                      || c.Text.StartsWith("C.", System.StringComparison.Ordinal) || c.Text.StartsWith("K.", System.StringComparison.Ordinal))
                   || constants.Select(c => c.Value).Where(v => v is not null && FuzzCatalog.OwedValues(Kind).Contains(v)).Distinct().Count() >= 2;
        }
    }

    /// <summary>The diagnostic the contract expects (ID and message), or null.</summary>
    public (string Id, string Message)? Expected()
    {
        if (!IsSparkSwitch)
        {
            return null;
        }

        var outcomes = OwedValues.Select(v => (Value: v, Outcome: Evaluate(v))).ToList();
        var unhandled = outcomes.Where(o => o.Outcome is FuzzOutcome.Unhandled or FuzzOutcome.UnhandledAtCatchAll or FuzzOutcome.UnhandledKept).Select(o => o.Value).ToList();
        if (unhandled.Count > 0)
        {
            return ("SPARK001", "This switch over Spark Ads errors does not handle " + FuzzCatalog.Describe(Kind, unhandled));
        }

        var fallback = outcomes.Where(o => o.Outcome is FuzzOutcome.Fallback or FuzzOutcome.FallbackAtCatchAll or FuzzOutcome.FallbackKept).Select(o => o.Value).ToList();
        return fallback.Count > 0 ? ("SPARK002", "This switch over Spark Ads errors handles " + FuzzCatalog.Describe(Kind, fallback) + " only through a fallback") : null;
    }

    /// <summary>
    /// After the fix: only the values a relational, <c>not</c> or type arm took remain, as SPARK002, and those a
    /// guarded label stacked with their catch-all names (SPARK001 where that section only throws).
    /// </summary>
    public (string Id, string Message)? ExpectedAfterFix()
    {
        if (!IsSparkSwitch)
        {
            return null;
        }

        var kept = OwedValues.Where(v => Evaluate(v) == FuzzOutcome.UnhandledKept).ToList();
        if (kept.Count > 0)
        {
            return ("SPARK001", "This switch over Spark Ads errors does not handle " + FuzzCatalog.Describe(Kind, kept));
        }

        var fallback = OwedValues.Where(v => Evaluate(v) is FuzzOutcome.Fallback or FuzzOutcome.FallbackKept).ToList();
        return fallback.Count > 0 ? ("SPARK002", "This switch over Spark Ads errors handles " + FuzzCatalog.Describe(Kind, fallback) + " only through a fallback") : null;
    }

    /// <summary>
    /// Every pattern is a named member (or <c>null</c>), alone, under <c>or</c> or in parentheses: the compiler's one
    /// example of a missing value is then a named one whenever one is missing (CS8509), an unnamed one (CS8524)
    /// only when every named value is handled. With <c>not</c>, relational or unnamed constants it may pick an
    /// unnamed example although a named value is missing too.
    /// </summary>
    public bool NamesOnlyMembers
        => Sections.SelectMany(s => s.Labels).All(l => l.Pattern is { } pattern && OnlyNamedConstants(pattern));

    public bool HasCatchAll => Sections.SelectMany(s => s.Labels).Any(l => l.IsCatchAll);

    public bool HasWhen => Sections.SelectMany(s => s.Labels).Any(l => l.Guard is not null);

    public string Render()
    {
        var text = new StringBuilder();
        if (IsExpression)
        {
            text.Append("    public static int ").Append(MethodName).Append('(').Append(TypeName).Append(" v, bool flag) => v switch\n    {\n");
            foreach (var section in Sections)
            {
                var label = section.Labels[0];
                text.Append("        ").Append(label.Pattern!.Text).Append(label.Guard is null ? string.Empty : " when " + label.Guard).Append(" => ").Append(section.Body).Append(",\n");
            }

            return text.Append("    };\n").ToString();
        }

        text.Append("    public static int ").Append(MethodName).Append('(').Append(TypeName).Append(" v, bool flag)\n    {\n        switch (v)\n        {\n");
        foreach (var section in Sections)
        {
            foreach (var label in section.Labels)
            {
                text.Append("            ").Append(label.Pattern is null ? "default" : "case " + label.Pattern.Text + (label.Guard is null ? string.Empty : " when " + label.Guard)).Append(":\n");
            }

            foreach (var line in section.Body.Split('\n'))
            {
                text.Append("                ").Append(line).Append('\n');
            }
        }

        return text.Append("        }\n\n        return -1;\n    }\n").ToString();
    }

    private static bool OnlyNamedConstants(FuzzPattern pattern)
        => pattern switch
        {
            ConstantPattern constant => constant.Value is null || FuzzCatalog.IsMemberValue(constant.Value),
            OrPattern or => OnlyNamedConstants(or.Left) && OnlyNamedConstants(or.Right),
            ParenthesizedPattern parenthesized => OnlyNamedConstants(parenthesized.Inner),
            _ => false,
        };

    private static IEnumerable<ConstantPattern> Constants(FuzzPattern pattern)
        => pattern switch
        {
            ConstantPattern constant => [constant],
            OrPattern or => Constants(or.Left).Concat(Constants(or.Right)),
            AndPattern and => Constants(and.Left).Concat(Constants(and.Right)),
            NotPattern not => Constants(not.Operand),
            ParenthesizedPattern parenthesized => Constants(parenthesized.Inner),
            _ => [],
        };
}
