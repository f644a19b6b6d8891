using System.Linq;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What the consumer's compilation offers the generated code: spans (<c>ReadOnlySpan&lt;T&gt;</c> and
/// <c>MemoryExtensions</c>), System.Text.Json's <c>JsonConverter&lt;T&gt;</c>, and whether its
/// <c>Utf8JsonReader</c> can unescape into a caller's buffer (<c>ValueIsEscaped</c>, <c>CopyString</c>, .NET 7+).
/// Three booleans, so the pipeline step after it stays cached while the compilation changes on every edit.
/// </summary>
internal sealed record TargetCapabilities(bool Spans, bool Json, bool JsonUnescapes)
{
    public static TargetCapabilities None { get; } = new(false, false, false);

    public static TargetCapabilities Of(Compilation compilation)
    {
        var spans = IsAvailable(compilation, "System.ReadOnlySpan`1") is not null
            && IsAvailable(compilation, "System.Span`1") is not null
            && IsAvailable(compilation, "System.MemoryExtensions") is not null;
        if (!spans)
        {
            return None;
        }

        var reader = IsAvailable(compilation, "System.Text.Json.Utf8JsonReader");
        var json = reader is not null && IsAvailable(compilation, "System.Text.Json.Serialization.JsonConverter`1") is not null;
        var unescapes = json
            && reader!.GetMembers("ValueIsEscaped").OfType<IPropertySymbol>().Any(static p => p.DeclaredAccessibility == Accessibility.Public)
            && reader.GetMembers("CopyString").OfType<IMethodSymbol>().Any(static m => m.DeclaredAccessibility == Accessibility.Public
                && m.Parameters.Length == 1 && m.Parameters[0].Type is INamedTypeSymbol { Name: "Span", TypeArguments.Length: 1 } span
                && span.TypeArguments[0].SpecialType == SpecialType.System_Byte);
        return new TargetCapabilities(true, json, unescapes);
    }

    private static INamedTypeSymbol? IsAvailable(Compilation compilation, string metadataName)
        => compilation.GetTypeByMetadataName(metadataName) is { } type && compilation.IsSymbolAccessibleWithin(type, compilation.Assembly) ? type : null;
}
