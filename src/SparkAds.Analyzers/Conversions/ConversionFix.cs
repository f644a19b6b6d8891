namespace SparkAds.Analyzers.Conversions;

/// <summary>
/// What the fix of one SPARK005–SPARK007 diagnostic writes instead of the reported node, decided only when the fix is
/// asked (<see cref="ConversionFinding.Fix"/>), so the fix derives nothing of its own. The reported node is the one the
/// fix replaces.
/// </summary>
/// <param name="Rewrite">What replaces the conversion.</param>
internal sealed record ConversionFix(ConversionRewrite Rewrite)
{
    /// <summary>
    /// The text the fix writes before the generated type it names (<c>SparkAdsErrors</c>, <c>SparkAdsErrorExtensions</c>,
    /// <c>SparkAdsErrorKeys</c>): empty where the name alone binds to it, else its namespace (<see cref="GeneratedNameQualifier"/>).
    /// </summary>
    public string Qualifier { get; init; } = string.Empty;

    /// <summary>
    /// The index of the argument that holds the code or key (<c>Enum.ToObject</c>, <c>Enum.Parse</c>, <c>Enum.TryParse</c>)
    /// or the error (<c>Enum.GetName</c>); null when it is the reported cast's operand or the receiver of <c>ToString()</c>.
    /// </summary>
    public int? ValueArgument { get; init; }

    /// <summary>SPARK005: the cast (<c>int</c> or <c>int?</c>) the code needs to reach <c>Resolve</c>'s <c>int?</c> parameter; null when it converts implicitly.</summary>
    public string? CodeCast { get; init; }

    /// <summary>What the lookup is cast to so the expression keeps its type.</summary>
    public ResultCast ResultCast { get; init; }

    /// <summary>SPARK006: the key is a span and the lookup the fix calls takes a string (<c>key.ToString()</c>).</summary>
    public bool KeyToString { get; init; }

    /// <summary>SPARK007 <see cref="ConversionRewrite.GetKey"/>: how <c>GetKey()</c> is written.</summary>
    public GetKeyForm GetKeyForm { get; init; }

    /// <summary>SPARK007 <c>nameof</c>: the <c>SparkAdsErrorKeys</c> constant to write; null when there is none to use (<c>Unknown</c>, a retired error).</summary>
    public string? KeyMember { get; init; }

    /// <summary>SPARK007 <c>nameof</c>: the key itself, written as a literal where <see cref="KeyMember"/> is null.</summary>
    public string KeyText { get; init; } = string.Empty;
}
