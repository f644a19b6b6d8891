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
    /// The statement section the label belongs to (the labels of one section share its body); each switch expression
    /// arm, and <c>default:</c>, is a section of its own.
    /// </summary>
    public int Section;

    /// <summary>An unguarded catch-all whose only reachable statement (or whose value) is a <c>throw</c>: it handles nothing.</summary>
    public bool OnlyThrows;
}
