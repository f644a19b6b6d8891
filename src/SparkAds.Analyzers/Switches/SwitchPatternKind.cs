namespace SparkAds.Analyzers.Switches;

/// <summary>What one node of a switch's flattened patterns tests (see <see cref="SwitchPatternNode"/>).</summary>
internal enum SwitchPatternKind : byte
{
    /// <summary>A pattern the evaluator cannot decide (a property or list pattern, a non-integral constant): it takes nothing for certain.</summary>
    Never,

    /// <summary><c>_</c>, <c>var x</c>, <c>default:</c>: every value, <c>null</c> included.</summary>
    Any,

    /// <summary>A type pattern, <c>T x</c> or <c>{ }</c>: every value but <c>null</c>.</summary>
    NonNull,

    /// <summary>The constant <c>null</c>.</summary>
    Null,

    /// <summary>An integral constant (an enum member's value, a code).</summary>
    Integer,

    /// <summary>A string constant (a key).</summary>
    Text,

    /// <summary><c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c> an integral constant.</summary>
    Relational,

    Or,

    And,

    Not,
}
