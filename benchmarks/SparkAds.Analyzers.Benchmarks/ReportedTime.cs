using System;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// One analyzer or generator type in the compiler's <c>-p:ReportAnalyzer=true</c> table: the assembly whose line it
/// stands under (<c>SparkAds.Analyzers</c>), its full type name, the diagnostic IDs it declares (<c>SPARK001, SPARK002</c>;
/// empty for a generator), and its time summed over the build's compiler calls.
/// </summary>
internal sealed record ReportedTime(string Assembly, string Type, string RuleIds, TimeSpan Time)
{
    /// <summary>The type's simple name and its IDs, as a table row names it: <c>SwitchAnalyzer (SPARK001, SPARK002, SPARK003)</c>.</summary>
    public string Label
    {
        get
        {
            var name = Type[(Type.LastIndexOf('.') + 1)..];
            return RuleIds.Length == 0 ? name : $"{name} ({RuleIds})";
        }
    }

    /// <summary>Whether the type declares <paramref name="ruleId"/>.</summary>
    public bool Reports(string ruleId)
        => (", " + RuleIds + ",").Contains(", " + ruleId + ",", StringComparison.Ordinal);
}
