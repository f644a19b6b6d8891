using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.GeneratedApi;

/// <summary>
/// The namespace of the generated code, as the build configures it: <c>SparkAdsNamespace</c> when it is a C#
/// namespace; else the project's <c>RootNamespace</c> made a valid namespace (as Visual Studio does for new files);
/// else <see cref="GeneratedNames.FallbackNamespace"/>. The project generates there unless it uses a referenced catalog
/// (<see cref="CatalogSelection"/>): a configured <c>SparkAdsNamespace</c> asks for that namespace's catalog, the
/// default does not.
/// </summary>
internal readonly record struct GeneratedNamespace(string Name, string? Rejected, bool Configured)
{
    public const string NamespaceProperty = "build_property.SparkAdsNamespace";
    public const string RootNamespaceProperty = "build_property.RootNamespace";

    /// <summary>
    /// The configured namespace; a <c>SparkAdsNamespace</c> that is not a namespace comes back as
    /// <see cref="Rejected"/> (SPARK110) beside the namespace used instead. <see cref="Configured"/> says whether
    /// <c>SparkAdsNamespace</c> is set at all (valid or rejected).
    /// </summary>
    public static GeneratedNamespace Read(AnalyzerConfigOptions globalOptions)
    {
        var fallback = globalOptions.TryGetValue(RootNamespaceProperty, out var root) ? ToNamespace(root) ?? GeneratedNames.FallbackNamespace : GeneratedNames.FallbackNamespace;
        if (!globalOptions.TryGetValue(NamespaceProperty, out var configured) || configured.Trim().Length == 0)
        {
            return new(fallback, null, Configured: false);
        }

        var value = configured.Trim();
        return IsValidNamespace(value) ? new(value, null, Configured: true) : new(fallback, value, Configured: true);
    }

    /// <summary>
    /// <paramref name="text"/> as a C# namespace: each dot-separated part with every character that cannot be in an
    /// identifier replaced by <c>_</c>, and <c>_</c> before a part that starts with a digit or is a keyword
    /// (<c>My-App.Api</c> → <c>My_App.Api</c>, <c>2048.Tools</c> → <c>_2048.Tools</c>). Empty parts are dropped;
    /// <see langword="null"/> when nothing is left.
    /// </summary>
    public static string? ToNamespace(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var raw in text.Trim().Split('.'))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var builder = new StringBuilder(part.Length + 1);
            foreach (var character in part)
            {
                builder.Append(SyntaxFacts.IsIdentifierPartCharacter(character) ? character : '_');
            }

            var identifier = builder.ToString();
            if (!SyntaxFacts.IsIdentifierStartCharacter(identifier[0]) || !IsValidPart(identifier))
            {
                identifier = "_" + identifier;
            }

            parts.Add(identifier);
        }

        return parts.Count == 0 ? null : string.Join(".", parts);
    }

    private static bool IsValidNamespace(string value) => value.Split('.').All(IsValidPart);

    private static bool IsValidPart(string part)
        => SyntaxFacts.IsValidIdentifier(part)
           && SyntaxFacts.GetKeywordKind(part) == SyntaxKind.None
           && SyntaxFacts.GetContextualKeywordKind(part) != SyntaxKind.GlobalKeyword;
}
