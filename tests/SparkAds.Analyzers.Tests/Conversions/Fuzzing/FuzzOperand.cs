namespace SparkAds.Analyzers.Tests.Conversions.Fuzzing;

internal enum OperandKind
{
    Parameter,
    Local,
    Field,
    Property,
    ConditionalProperty,
    Method,
    Constant,
}

/// <summary>
/// A value a generated case converts or compares: a symbol (its kind, name and declared type) or a constant (its text as
/// written, its value, and whether it is a literal or a generated constant).
/// </summary>
internal sealed record FuzzOperand(OperandKind Kind, string Name, string Type, object? Constant = null, bool IsLiteralOrGenerated = false)
{
    /// <summary>How the case reads it: <c>name</c>, <c>h.name</c>, <c>h?.name</c>, <c>h.name()</c>, or the constant's text.</summary>
    public string Expression => Kind switch
    {
        OperandKind.Field or OperandKind.Property => "h." + Name,
        OperandKind.ConditionalProperty => "h?." + Name,
        OperandKind.Method => "h." + Name + "()",
        _ => Name,
    };

    public bool IsSymbol => Kind != OperandKind.Constant;

    /// <summary>The holder class member that declares it, or null.</summary>
    public string? Member => Kind switch
    {
        OperandKind.Field => $"public {Type} {Name} = default!;",
        OperandKind.Property or OperandKind.ConditionalProperty => $"public {Type} {Name} {{ get; set; }} = default!;",
        OperandKind.Method => $"public {Type} {Name}() => default!;",
        _ => null,
    };

    public override string ToString() => $"{Kind} {Type} {Expression}";
}
