namespace SparkAds.Analyzers.Tests.Switches.Fuzzing;

/// <summary>
/// Random switches over the <see cref="FuzzCatalog"/>: enum, integer codes and string keys; statements (stacked labels,
/// <c>default:</c> anywhere) and expressions; nullable inputs; constants written as members, aliases, qualified names,
/// casts, generated constants and literals; <c>or</c>/<c>and</c>/<c>not</c>, relational and parenthesised patterns;
/// <c>when flag</c> / <c>when true</c> guards; and fallbacks (<c>default</c>, <c>_</c>, <c>var x</c>, <c>{ }</c>,
/// <c>not null</c>, type patterns, <c>object o</c>), handling or throw-only, guarded catch-alls before them. Many
/// candidates do not compile (an arm subsumed by earlier ones); the test keeps only those the compiler accepts.
/// </summary>
public sealed class SwitchGenerator(int seed)
{
    private static readonly string[] ThrowOnlyBodies =
    [
        "throw new InvalidOperationException();",
        "{\n    throw new InvalidOperationException();\n}",
        "throw new InvalidOperationException();\nbreak;",
        "{\n    throw new ArgumentException(\"v\");\n}\nLog(v);",
    ];

    private readonly Random _random = new(seed);
    private FuzzKind _kind;
    private bool _nullable;
    private bool _isExpression;
    private int _variables;

    public FuzzSwitch Next(int id)
    {
        _kind = (FuzzKind)_random.Next(3);
        _nullable = Chance(0.35);
        _isExpression = Chance(0.5);
        _variables = 0;

        // Plain enum switch expressions (no catch-all, no `when`) are where the compiler's CS8509 is compared.
        var plain = _kind == FuzzKind.Enum && _isExpression && Chance(0.35);
        var labels = new List<FuzzLabel>();
        var specific = _random.Next(plain ? 2 : 0, 7);
        for (var i = 0; i < specific; i++)
        {
            labels.Add(plain ? new FuzzLabel(NamedConstants(), null) : new FuzzLabel(TopPattern(), Guard()));
        }

        if (plain)
        {
            labels.Insert(_random.Next(labels.Count + 1), new FuzzLabel(Constant(0L, "SparkAdsError.Unknown"), null));
            return new FuzzSwitch(id, _kind, _nullable, _isExpression, Arms(labels));
        }

        if (_kind == FuzzKind.Enum && Chance(0.35))
        {
            labels.Insert(_random.Next(labels.Count + 1), new FuzzLabel(Constant(0L, "SparkAdsError.Unknown"), null));
        }

        // The fallback block: a guarded catch-all, guarded arms after it, then the last fallback (or none).
        if (Chance(0.15))
        {
            labels.Add(new FuzzLabel(CatchAll(), Chance(0.7) ? "flag" : "!flag"));
            if (Chance(0.5))
            {
                labels.Add(new FuzzLabel(TopPattern(), "flag"));
            }
        }

        // After a guarded catch-all an expression always ends with an unguarded one: Roslyn's PatternExplainer
        // (CS8509's example) can crash on a switch expression that ends in `_ when flag` (seen with Roslyn 5.9/5.12).
        var guardedCatchAll = labels.Count > 0 && labels[^1] is { Guarded: true } last && (last.IsCatchAll || labels.Count > 1 && labels[^2] is { Guarded: true, IsCatchAll: true });
        if (Chance(0.7) || (_isExpression && guardedCatchAll))
        {
            labels.Add(new FuzzLabel(_isExpression || Chance(0.5) ? CatchAll() : null, Chance(0.1) ? "true" : null));
        }

        if (labels.Count == 0)
        {
            labels.Add(new FuzzLabel(TopPattern(), null));
        }

        return new FuzzSwitch(id, _kind, _nullable, _isExpression, _isExpression ? Arms(labels) : Sections(labels));
    }

    private ImmutableArray<FuzzSection> Arms(List<FuzzLabel> labels)
        => [.. labels.Select(label =>
        {
            var throws = label.IsCatchAll ? Chance(0.5) : Chance(0.1);
            return new FuzzSection([label], throws ? "throw new InvalidOperationException()" : _random.Next(1, 9).ToString(CultureInfo.InvariantCulture), throws);
        })];

    private ImmutableArray<FuzzSection> Sections(List<FuzzLabel> labels)
    {
        // A default section may stand anywhere: the compiler tries it last.
        var defaultIndex = labels.FindIndex(l => l.Pattern is null);
        if (defaultIndex >= 0 && Chance(0.3))
        {
            var label = labels[defaultIndex];
            labels.RemoveAt(defaultIndex);
            labels.Insert(_random.Next(labels.Count + 1), label);
        }

        var groups = new List<List<FuzzLabel>>();
        foreach (var label in labels)
        {
            if (groups.Count == 0 || Chance(0.7))
            {
                groups.Add([]);
            }

            groups[^1].Add(label);
        }

        return [.. groups.Select(group =>
        {
            if (group.Any(l => l.IsCatchAll))
            {
                return _random.Next(4) switch
                {
                    0 => new FuzzSection([.. group], "Log(v);\nthrow new InvalidOperationException();", false),
                    1 => new FuzzSection([.. group], "return " + _random.Next(1, 9).ToString(CultureInfo.InvariantCulture) + ";", false),
                    _ => new FuzzSection([.. group], ThrowOnlyBodies[_random.Next(ThrowOnlyBodies.Length)], true),
                };
            }

            return Chance(0.1)
                ? new FuzzSection([.. group], "throw new InvalidOperationException();", true)
                : new FuzzSection([.. group], "return " + _random.Next(1, 9).ToString(CultureInfo.InvariantCulture) + ";", false);
        })];
    }

    private string? Guard()
    {
        var roll = _random.NextDouble();
        return roll < 0.75 ? null : roll < 0.87 ? "flag" : roll < 0.92 ? "!flag" : "true";
    }

    /// <summary>Named members, alone, under <c>or</c> or in parentheses (possibly <c>null</c>): what the CS8509 comparison reads.</summary>
    private FuzzPattern NamedConstants()
    {
        var constant = _nullable && Chance(0.1) ? Constant(null, "null") : OwedConstant();
        return _random.Next(4) switch
        {
            0 => new OrPattern(constant, OwedConstant()),
            1 => new ParenthesizedPattern(constant),
            _ => constant,
        };
    }

    private FuzzPattern TopPattern()
    {
        if (Chance(0.06))
        {
            // `A and var x` names A; a designation may not stand under `or` or `not`.
            return new AndPattern(OwedConstant(), new AnyPattern("var x" + ++_variables, Designates: true));
        }

        return Specific(2);
    }

    private FuzzPattern Specific(int depth)
    {
        var roll = depth <= 0 ? 0 : _random.NextDouble();
        if (roll < 0.55)
        {
            return AnyConstant();
        }

        if (roll < 0.7)
        {
            return new OrPattern(Specific(depth - 1), Specific(depth - 1));
        }

        if (roll < 0.8)
        {
            return _random.Next(3) switch
            {
                0 => new AndPattern(OwedConstant(), new NotPattern(AnyConstant())),
                1 => new AndPattern(OwedConstant(), new ParenthesizedPattern(new NotPattern(AnyConstant()))),
                _ when _kind != FuzzKind.Key => new AndPattern(Specific(depth - 1), Relational()),
                _ => new AndPattern(Specific(depth - 1), new NotPattern(AnyConstant())),
            };
        }

        if (roll < 0.88)
        {
            return new NotPattern(Chance(0.7) ? AnyConstant() : new ParenthesizedPattern(new OrPattern(AnyConstant(), AnyConstant())));
        }

        if (roll < 0.95 && _kind != FuzzKind.Key)
        {
            return Relational();
        }

        return new ParenthesizedPattern(Specific(depth - 1));
    }

    private RelationalPattern Relational()
    {
        var op = new[] { "<", "<=", ">", ">=" }[_random.Next(4)];
        if (_kind == FuzzKind.Enum)
        {
            // Unknown's 0, an error's value, or one above them all.
            var pick = _random.Next(0, 8);
            var value = pick == 0 ? 0 : pick <= FuzzCatalog.Errors.Length ? FuzzCatalog.Errors[pick - 1].EnumValue : FuzzCatalog.Errors.Max(e => e.EnumValue) + 1;
            return new RelationalPattern(op, EnumText(value), value);
        }

        var code = new long[] { 4002, 4010, 4013, 4025, 4026, 4027 }[_random.Next(6)];
        return new RelationalPattern(op, code.ToString(CultureInfo.InvariantCulture), code);
    }

    private ConstantPattern AnyConstant()
    {
        var roll = _random.NextDouble();
        if (roll < 0.06 && _nullable)
        {
            return Constant(null, "null");
        }

        if (roll < 0.8)
        {
            return OwedConstant();
        }

        return _kind switch
        {
            FuzzKind.Enum => Chance(0.5) ? Constant(0L, "SparkAdsError.Unknown") : Constant(42L, "(SparkAdsError)42"),
            FuzzKind.Code => Chance(0.5) ? Constant(40001L, "40001") : Constant(4003L, "4003"),
            _ => Chance(0.5) ? Constant("other", "\"other\"") : Constant("video", "\"video\""),
        };
    }

    private ConstantPattern OwedConstant()
    {
        var errors = _kind == FuzzKind.Code ? FuzzCatalog.Errors.Where(e => e.Code is not null).ToList() : [.. FuzzCatalog.Errors];
        var error = errors[_random.Next(errors.Count)];
        return _kind switch
        {
            FuzzKind.Enum => Constant(error.EnumValue, EnumText(error.EnumValue)),
            FuzzKind.Code => Constant(error.Code!.Value, _random.Next(5) switch
            {
                0 => "SparkAdsErrorCodes." + error.Member,
                1 => "C." + error.Member,
                2 => "(int)" + error.Code.Value.ToString(CultureInfo.InvariantCulture),
                _ => error.Code.Value.ToString(CultureInfo.InvariantCulture),
            }),
            _ => Constant(error.Key, _random.Next(5) switch
            {
                0 => "SparkAdsErrorKeys." + error.Member,
                1 => "K." + error.Member,
                2 => "(string)\"" + error.Key + "\"",
                _ => "\"" + error.Key + "\"",
            }),
        };
    }

    private string EnumText(long value)
    {
        var member = value == 0 ? "Unknown" : FuzzCatalog.Errors.FirstOrDefault(e => e.EnumValue == value).Member;
        return member is null || Chance(0.15)
            ? (Chance(0.5) ? "(SparkAdsError)" : "(E)") + value.ToString(CultureInfo.InvariantCulture)
            : _random.Next(6) switch
            {
                0 => "E." + member,
                1 => "SparkAds.SparkAdsError." + member,
                _ => "SparkAdsError." + member,
            };
    }

    private FuzzPattern CatchAll()
    {
        var type = _kind switch { FuzzKind.Enum => "SparkAdsError", FuzzKind.Code => "int", _ => "string" };
        return _random.Next(8) switch
        {
            0 => _isExpression ? new AnyPattern("_", Designates: false) : new AnyPattern("var _", Designates: false),
            1 => new AnyPattern("var x" + ++_variables, Designates: true),
            2 => new NonNullPattern("{ }", OfSwitchedType: true, Designates: false),
            3 => new NotPattern(Constant(null, "null")),
            4 => new NonNullPattern(type + " x" + ++_variables, OfSwitchedType: true, Designates: true),
            5 => new NonNullPattern(type, OfSwitchedType: true, Designates: false),
            6 => new NonNullPattern("object o" + ++_variables, OfSwitchedType: false, Designates: true),
            _ => _isExpression ? new AnyPattern("_", Designates: false) : new AnyPattern("var x" + ++_variables, Designates: true),
        };
    }

    private static ConstantPattern Constant(object? value, string text) => new(text, value);

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
