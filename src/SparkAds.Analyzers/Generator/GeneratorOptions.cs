using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Generator;

/// <summary>What shapes the generated text besides the catalog: namespace and whether nullable annotations may be written.</summary>
internal sealed record GeneratorOptions(string Namespace, bool NullableAnnotations)
{
    public const string DefaultNamespace = "SparkAds";
    public const string NamespaceProperty = "build_property.SparkAdsNamespace";

    /// <summary>The configured namespace, or <see langword="null"/> and the rejected text when it is not a C# namespace.</summary>
    public static (string Namespace, string? Rejected) ReadNamespace(AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue(NamespaceProperty, out var configured) || configured.Trim().Length == 0)
        {
            return (DefaultNamespace, null);
        }

        var value = configured.Trim();
        return IsValidNamespace(value) ? (value, null) : (DefaultNamespace, value);
    }

    private static bool IsValidNamespace(string value)
        => value.Split('.').All(static part =>
            SyntaxFacts.IsValidIdentifier(part)
            && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
            && part != "global");
}
