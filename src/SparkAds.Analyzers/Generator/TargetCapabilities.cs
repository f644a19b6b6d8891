using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What the consumer's compilation offers the generated code: spans (<c>ReadOnlySpan&lt;T&gt;</c> and
/// <c>MemoryExtensions</c>), System.Text.Json's <c>JsonConverter&lt;T&gt;</c>, and whether its
/// <c>Utf8JsonReader</c> can unescape into a caller's buffer (<c>ValueIsEscaped</c>, <c>CopyString</c>, .NET 7+).
/// Three booleans, so the pipeline step after it stays cached while the compilation changes on every edit. A type
/// defined in the consumer's own source (a polyfill) does not count: only the assemblies that ship these types do.
/// </summary>
internal sealed record TargetCapabilities(bool Spans, bool Json, bool JsonUnescapes)
{
    public static TargetCapabilities None { get; } = new(false, false, false);

    // Where the types live: the .NET reference pack, the System.Memory package, netstandard2.1, the implementation
    // assemblies. Looking in these assemblies only keeps the check cheap: a lookup over the whole compilation would
    // load the type names of every referenced assembly before the compiler needs them, billed to the generator.
    private static readonly string[] SpanAssemblies = ["System.Runtime", "System.Memory", "netstandard", "mscorlib", "System.Private.CoreLib"];
    private static readonly string[] JsonAssemblies = ["System.Text.Json"];

    public static TargetCapabilities Of(Compilation compilation)
    {
        var assemblies = compilation.SourceModule.ReferencedAssemblySymbols;
        var spans = Find(assemblies, SpanAssemblies, "System.ReadOnlySpan`1") is not null
            && Find(assemblies, SpanAssemblies, "System.Span`1") is not null
            && Find(assemblies, SpanAssemblies, "System.MemoryExtensions") is not null;
        if (!spans)
        {
            return None;
        }

        var reader = Find(assemblies, JsonAssemblies, "System.Text.Json.Utf8JsonReader");
        var json = reader is not null && Find(assemblies, JsonAssemblies, "System.Text.Json.Serialization.JsonConverter`1") is not null;
        var unescapes = json
            && reader!.GetMembers("ValueIsEscaped").OfType<IPropertySymbol>().Any(static p => p.DeclaredAccessibility == Accessibility.Public)
            && reader.GetMembers("CopyString").OfType<IMethodSymbol>().Any(static m => m.DeclaredAccessibility == Accessibility.Public
                && m.Parameters.Length == 1 && m.Parameters[0].Type is INamedTypeSymbol { Name: "Span", TypeArguments.Length: 1 } span
                && span.TypeArguments[0].SpecialType == SpecialType.System_Byte);
        return new TargetCapabilities(true, json, unescapes);
    }

    private static INamedTypeSymbol? Find(ImmutableArray<IAssemblySymbol> assemblies, string[] assemblyNames, string metadataName)
    {
        foreach (var assembly in assemblies)
        {
            if (System.Array.IndexOf(assemblyNames, assembly.Identity.Name) >= 0
                && assembly.GetTypeByMetadataName(metadataName) is { DeclaredAccessibility: Accessibility.Public } type)
            {
                return type;
            }
        }

        return null;
    }
}
