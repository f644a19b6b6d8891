using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// One node of a switch's patterns, flattened into an array: a constant, a relational test, a catch-all form, or
/// <c>or</c>/<c>and</c>/<c>not</c> over nodes by index. Parentheses and casts of constants are already gone.
/// </summary>
internal struct SwitchPatternNode
{
    public SwitchPatternKind Kind;

    /// <summary>The comparison of a <see cref="SwitchPatternKind.Relational"/> node.</summary>
    public BinaryOperatorKind Operator;

    /// <summary>The constant of an <see cref="SwitchPatternKind.Integer"/> or relational node.</summary>
    public long Integer;

    /// <summary>The constant of a <see cref="SwitchPatternKind.Text"/> node.</summary>
    public string? Text;

    /// <summary>Operand(s) of <c>or</c>/<c>and</c> (both) and <c>not</c> (<see cref="Left"/>).</summary>
    public int Left;

    public int Right;

    /// <summary>A catch-all pattern of the switched type: <c>_</c>, <c>var x</c>, <c>{ }</c>, a type pattern of that type.</summary>
    public bool IsCatchAll;

    /// <summary>The constant (or bound) is a member of <c>SparkAdsErrorCodes</c> or <c>SparkAdsErrorKeys</c>.</summary>
    public bool IsGeneratedConstant;

    /// <summary>
    /// The constant (or a relational bound) as written: where SPARK003 reports a label, and how the switch writes its
    /// codes and keys (literals or generated constants). Cleared when the shape is returned.
    /// </summary>
    public IOperation? Operation;
}
