using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Analysis;

/// <summary>SPARK003 as the switch labels and the lookup arguments report it: what the constant is, and "did you mean".</summary>
internal static class UnknownConstantReport
{
    public static string DescribeKey(string text) => "Key `" + text + "`";

    public static string DescribeCode(string text) => "Code `" + text + "`";

    public static Diagnostic Create(Location location, string subject, string? suggestion)
        => Diagnostic.Create(DiagnosticDescriptors.UnknownErrorConstant, location, subject, suggestion is null ? string.Empty : "; did you mean `" + suggestion + "`?");
}
