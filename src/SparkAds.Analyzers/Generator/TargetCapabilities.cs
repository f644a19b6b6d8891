using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// What the consumer's compilation offers the generated code: spans (<c>ReadOnlySpan&lt;T&gt;</c>, <c>Span&lt;T&gt;</c>
/// and <c>MemoryExtensions</c>), System.Text.Json's <c>JsonConverter&lt;T&gt;</c>, and whether its
/// <c>Utf8JsonReader</c> can unescape into a caller's buffer (<c>ValueIsEscaped</c> and <c>CopyString</c>, which came
/// together in System.Text.Json 7). Three booleans, so the pipeline step after it stays cached while the compilation
/// changes on every edit. Read from the references' metadata (<see cref="ReferencedTypes"/>), not from symbols, so the
/// generator does not make the compilation bind its references; a type defined in the consumer's own source (a
/// polyfill) does not count: only the assemblies that ship these types do.
/// </summary>
internal sealed record TargetCapabilities(bool Spans, bool Json, bool JsonUnescapes)
{
    public static TargetCapabilities None { get; } = new(false, false, false);

    // Where the types live: the .NET reference pack and implementation assemblies, the System.Memory package,
    // netstandard2.1; System.Text.Json from the shared framework or its package.
    private static readonly string[] SpanAssemblies = ["System.Runtime", "System.Memory", "netstandard", "mscorlib", "System.Private.CoreLib"];
    private static readonly string[] Candidates = [.. SpanAssemblies, "System.Text.Json"];

    public static TargetCapabilities Of(Compilation compilation)
    {
        bool readOnlySpan = false, span = false, memoryExtensions = false, json = false, unescapes = false;
        // The compilation's own references (not Compilation.References, whose #r part would make it bind them all), and of
        // them only the few files that can hold these types.
        foreach (var reference in compilation.ExternalReferences)
        {
            if (!ReferencedTypes.MayBe(reference, Candidates) || ReferencedTypes.Reader(reference) is not { } reader)
            {
                continue;
            }

            if (IsOneOf(reader, SpanAssemblies))
            {
                readOnlySpan |= ReferencedTypes.DefinesOrForwardsPublic(reader, "System", "ReadOnlySpan`1");
                span |= ReferencedTypes.DefinesOrForwardsPublic(reader, "System", "Span`1");
                memoryExtensions |= ReferencedTypes.DefinesOrForwardsPublic(reader, "System", "MemoryExtensions");
            }
            else if (ReferencedTypes.HasName(reader, "System.Text.Json")
                     && ReferencedTypes.DefinesOrForwardsPublic(reader, "System.Text.Json.Serialization", "JsonConverter`1")
                     && ReferencedTypes.Find(reader, "System.Text.Json", "Utf8JsonReader") is { IsNil: false } utf8JsonReader)
            {
                json = true;
                unescapes |= ReferencedTypes.HasPublicProperty(reader, utf8JsonReader, "ValueIsEscaped");
            }
        }

        return readOnlySpan && span && memoryExtensions ? new TargetCapabilities(true, json, json && unescapes) : None;
    }

    private static bool IsOneOf(System.Reflection.Metadata.MetadataReader reader, string[] names)
    {
        foreach (var name in names)
        {
            if (ReferencedTypes.HasName(reader, name))
            {
                return true;
            }
        }

        return false;
    }
}
