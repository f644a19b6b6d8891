namespace SparkAds.Analyzers.Tests.Conversions.Fuzzing;

internal enum OperandKind
{
    Parameter,
    Local,
    Field,
    Property,
    ConditionalProperty,
    Method,

    /// <summary>A constant as written: a literal, a generated constant, a user's constant named by its class, an expression of constants.</summary>
    Constant,

    /// <summary>A <c>const</c> local of the case's method, named from the pools.</summary>
    ConstLocal,

    /// <summary>A <c>const</c> field of the case's holder class, named from the pools.</summary>
    ConstField,

    /// <summary>A read of a named property of a JSON document (or of a look-alike of one).</summary>
    JsonRead,
}

/// <summary>
/// A value a generated case converts or compares: a symbol (its kind, name and declared type, and how the case reads it
/// through <see cref="Wrapper"/>), a constant (its text as written or its name, and its value), or a JSON read (the
/// property's name, <see cref="Reader"/> the call that reads it).
/// </summary>
internal sealed record FuzzOperand(OperandKind Kind, string Name, string Type, object? Constant = null)
{
    /// <summary>How a symbol is read, <c>{0}</c> standing for it: <c>{0}.Value</c>, <c>({0} ?? 0)</c>; null for as it is.</summary>
    public string? Wrapper { get; init; }

    /// <summary>For a <see cref="OperandKind.JsonRead"/>: the call, <c>{0}</c> standing for the property's name.</summary>
    public string? Reader { get; init; }

    /// <summary>For a <see cref="OperandKind.ConstField"/>: the class that declares it.</summary>
    public string? Owner { get; init; }

    /// <summary>How the case reads it: <c>name</c>, <c>h.name</c>, <c>h?.name</c>, <c>h.name()</c>, <c>H1.name</c>, the constant's text, the JSON read; then the wrapper.</summary>
    public string Expression => Wrapper is null ? Plain : string.Format(CultureInfo.InvariantCulture, Wrapper, Plain);

    public bool IsSymbol => Kind is not (OperandKind.Constant or OperandKind.JsonRead);

    /// <summary>How the value is written, as the test tallies it: a constant, a named const, a JSON read, a wrapped symbol, a symbol.</summary>
    public string Form => Kind switch
    {
        OperandKind.Constant => "constant",
        OperandKind.ConstLocal or OperandKind.ConstField => "named const",
        OperandKind.JsonRead => "JSON read",
        _ => Wrapper is null ? "symbol" : "wrapped symbol",
    };

    /// <summary>Whether it is a compile-time constant, however it is spelled.</summary>
    public bool IsConstant => Kind is OperandKind.Constant or OperandKind.ConstLocal or OperandKind.ConstField;

    /// <summary>The holder class member that declares it, or null.</summary>
    public string? Member => Kind switch
    {
        OperandKind.Field => $"public {Type} {Name} = default!;",
        OperandKind.Property or OperandKind.ConditionalProperty => $"public {Type} {Name} {{ get; set; }} = default!;",
        OperandKind.Method => $"public {Type} {Name}() => default!;",
        OperandKind.ConstField => $"public const {Type} {Name} = {ValueText};",
        _ => null,
    };

    /// <summary>The statement that declares it in the case's method, or null.</summary>
    public string? Declaration => Kind switch
    {
        OperandKind.Local => $"{Type} {Name} = default!;",
        OperandKind.ConstLocal => $"const {Type} {Name} = {ValueText};",
        _ => null,
    };

    private string Plain => Kind switch
    {
        OperandKind.Field or OperandKind.Property => "h." + Name,
        OperandKind.ConditionalProperty => "h?." + Name,
        OperandKind.Method => "h." + Name + "()",
        OperandKind.ConstField => Owner + "." + Name,
        OperandKind.JsonRead => string.Format(CultureInfo.InvariantCulture, Reader!, Name),
        _ => Name,
    };

    private string ValueText => Constant is string text ? "\"" + text + "\"" : Convert.ToString(Constant, CultureInfo.InvariantCulture)!;

    public override string ToString() => $"{Kind} {Type} {Expression}" + (Kind is OperandKind.ConstLocal or OperandKind.ConstField ? " = " + ValueText : string.Empty);
}
