namespace SparkAds.Analyzers.Tests.Conversions.Fuzzing;

/// <summary>
/// One generated case: a method (with its own holder class and helper) that converts or compares one value, the text it
/// renders to, how its operand is written (<see cref="FuzzOperand.Form"/>), and what the oracle expects: the rule it
/// breaks, or none, and whether that report has a fix.
/// </summary>
internal sealed record FuzzConversion(int Id, string Shape, string Text, string Form, string? ExpectedId, bool ExpectFix, string Description)
{
    public string MethodName => "M" + Id.ToString(CultureInfo.InvariantCulture);

    public override string ToString() => $"{Shape} ({Description})\n{Text}";
}
