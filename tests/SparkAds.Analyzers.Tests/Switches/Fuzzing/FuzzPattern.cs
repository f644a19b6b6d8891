namespace SparkAds.Analyzers.Tests.Switches.Fuzzing;

/// <summary>
/// A pattern as the switch generator builds it: its C# text and what it matches, written from the contract
/// (CONTRACT.md, "What happens to each owed value"), independently of the analyzer's own evaluator.
/// </summary>
public abstract record FuzzPattern(string Text)
{
    /// <summary>Whether the pattern matches <paramref name="value"/> (null is <c>null</c>; otherwise a long or a string).</summary>
    public abstract bool Matches(object? value);

    /// <summary>A constant equal to <paramref name="value"/> outside any <c>not</c>: the arm handles it by name.</summary>
    public virtual bool Names(object? value) => false;

    /// <summary><c>_</c>, <c>var x</c>, <c>{ }</c>, <c>not null</c>, a type pattern of the switched type.</summary>
    public virtual bool IsCatchAll => false;

    /// <summary>Declares a pattern variable: may not stand under <c>or</c> / <c>not</c>.</summary>
    public virtual bool Declares => false;

    public override string ToString() => Text;
}

/// <summary>A constant (a member, a cast, a generated constant, a literal, <c>null</c>): <see cref="Value"/> is null, a long or a string.</summary>
public sealed record ConstantPattern(string Text, object? Value) : FuzzPattern(Text)
{
    public override bool Matches(object? value) => Equals(Value, value);

    public override bool Names(object? value) => Matches(value);
}

public sealed record OrPattern(FuzzPattern Left, FuzzPattern Right) : FuzzPattern(Left.Text + " or " + Right.Text)
{
    public override bool Matches(object? value) => Left.Matches(value) || Right.Matches(value);

    public override bool Names(object? value) => Left.Names(value) || Right.Names(value);
}

public sealed record AndPattern(FuzzPattern Left, FuzzPattern Right) : FuzzPattern(Operand(Left) + " and " + Operand(Right))
{
    public override bool Matches(object? value) => Left.Matches(value) && Right.Matches(value);

    public override bool Names(object? value) => Left.Names(value) || Right.Names(value);

    public override bool Declares => Left.Declares || Right.Declares;

    /// <summary>`and` binds tighter than `or`: an `or` operand keeps its meaning in parentheses.</summary>
    private static string Operand(FuzzPattern pattern) => pattern is OrPattern ? "(" + pattern.Text + ")" : pattern.Text;
}

public sealed record NotPattern(FuzzPattern Operand) : FuzzPattern("not " + (Operand is OrPattern or AndPattern ? "(" + Operand.Text + ")" : Operand.Text))
{
    public override bool Matches(object? value) => !Operand.Matches(value);

    public override bool IsCatchAll => Operand is ConstantPattern { Value: null };
}

public sealed record ParenthesizedPattern(FuzzPattern Inner) : FuzzPattern("(" + Inner.Text + ")")
{
    public override bool Matches(object? value) => Inner.Matches(value);

    public override bool Names(object? value) => Inner.Names(value);

    public override bool IsCatchAll => Inner.IsCatchAll;

    public override bool Declares => Inner.Declares;
}

/// <summary><c>&lt; X</c>, <c>&gt;= X</c>…: matches non-null values by their integer.</summary>
public sealed record RelationalPattern(string Operator, string BoundText, long Bound) : FuzzPattern(Operator + " " + BoundText)
{
    public override bool Matches(object? value)
        => value is long v && Operator switch
        {
            "<" => v < Bound,
            "<=" => v <= Bound,
            ">" => v > Bound,
            ">=" => v >= Bound,
            _ => throw new InvalidOperationException(Operator),
        };
}

/// <summary><c>_</c> or <c>var x</c>: every value, null included.</summary>
public sealed record AnyPattern(string Text, bool Designates) : FuzzPattern(Text)
{
    public override bool Matches(object? value) => true;

    public override bool IsCatchAll => true;

    public override bool Declares => Designates;
}

/// <summary>
/// <c>{ }</c>, <c>T</c>, <c>T x</c>: every non-null value. A catch-all when <see cref="OfSwitchedType"/> (or <c>{ }</c>),
/// a plain type arm (a fallback, never a place for new arms) for <c>object o</c>.
/// </summary>
public sealed record NonNullPattern(string Text, bool OfSwitchedType, bool Designates) : FuzzPattern(Text)
{
    public override bool Matches(object? value) => value is not null;

    public override bool IsCatchAll => OfSwitchedType;

    public override bool Declares => Designates;
}
