namespace SparkAds.Analyzers.Switches;

/// <summary>
/// One arm of a switch in the order the compiler tries them: a switch expression arm, or one label of a switch
/// statement section (a <c>default:</c> label last, wherever it is written).
/// </summary>
internal struct SwitchArm
{
    /// <summary>Index of the arm's pattern in the shape's nodes.</summary>
    public int Root;

    /// <summary>A <c>when</c> clause other than the constant <c>true</c>: the arm takes no value for certain.</summary>
    public bool Guarded;

    /// <summary><c>default:</c>, <c>_</c>, <c>var x</c>, <c>{ }</c>, <c>not null</c> or a type pattern of the switched type.</summary>
    public bool IsCatchAll;

    /// <summary>
    /// Where the arm is written: the index of a switch expression's arm, or of a switch statement's section (the labels
    /// of one section share its body). With <see cref="Label"/>, what a fix plan's removals name.
    /// </summary>
    public int Section;

    /// <summary>The label's index in its section (0 for a switch expression arm).</summary>
    public int Label;

    /// <summary>A <c>default:</c> label, which the compiler tries last wherever it stands and never finds unreachable.</summary>
    public bool IsDefault;

    /// <summary>A switch expression arm whose pattern is <c>_</c>: its value does not depend on the input.</summary>
    public bool IsDiscard;

    /// <summary>An unguarded catch-all whose only reachable statement (or whose value) is a <c>throw</c>: it handles nothing.</summary>
    public bool OnlyThrows;
}
