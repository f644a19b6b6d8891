using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>
/// What the generator reads from the references' metadata tables (without binding the compilation) is what the
/// compiler's own symbols say, for each kind of consumer: net10.0, netstandard2.0 alone, with System.Memory, with
/// System.Text.Json 6 (no unescaping reader) and 8, and a polyfill in the consumer's source that does not count.
/// </summary>
public sealed class TargetCapabilitiesTests
{
    public static TheoryData<string, bool, bool, bool> Consumers => new()
    {
        { "net10.0", true, true, true },
        { "netstandard2.0", false, false, false },
        { "netstandard2.0 + System.Memory", true, false, false },
        { "netstandard2.0 + System.Memory + System.Text.Json 6", true, true, false },
        { "netstandard2.0 + System.Memory + System.Text.Json 8", true, true, true },
        { "netstandard2.0 + System.Text.Json 8, spans polyfilled in source", false, false, false },
    };

    [Theory]
    [MemberData(nameof(Consumers))]
    public void MetadataReading_AgreesWithTheCompilersSymbols(string consumer, bool spans, bool json, bool unescapes)
    {
        var compilation = Compilation(consumer);

        var capabilities = TargetCapabilities.Of(compilation);

        Assert.Equal(new TargetCapabilities(spans, json, unescapes), capabilities);
        Assert.Equal(FromSymbols(compilation), capabilities);
    }

    private static CSharpCompilation Compilation(string consumer)
    {
        var references = consumer.StartsWith("net10.0", StringComparison.Ordinal) ? TestReferences.Net10 : TestReferences.NetStandard20;
        if (consumer.Contains("System.Memory", StringComparison.Ordinal))
        {
            references = references.Add(Package("system.memory/4.5.5/lib/netstandard2.0/System.Memory.dll"));
        }

        if (consumer.Contains("System.Text.Json", StringComparison.Ordinal))
        {
            references = references.Add(Package($"system.text.json/{(consumer.Contains("Json 6", StringComparison.Ordinal) ? "6.0.0" : "8.0.0")}/lib/netstandard2.0/System.Text.Json.dll"));
        }

        var source = consumer.Contains("polyfilled", StringComparison.Ordinal)
            ? "namespace System { public readonly ref struct ReadOnlySpan<T> { } public readonly ref struct Span<T> { } public static class MemoryExtensions { } }"
            : "class C { }";
        return CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(source)], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
    }

    private static PortableExecutableReference Package(string relativePath) => MetadataReference.CreateFromFile(Path.Combine(TestPaths.NuGetPackageRoot, relativePath));

    /// <summary>The same question asked of the compiler's symbols: public types in referenced assemblies, and the reader's members.</summary>
    private static TargetCapabilities FromSymbols(Compilation compilation)
    {
        var assemblies = compilation.SourceModule.ReferencedAssemblySymbols;
        INamedTypeSymbol? Public(string metadataName)
            => assemblies.Select(a => a.GetTypeByMetadataName(metadataName)).FirstOrDefault(t => t is { DeclaredAccessibility: Accessibility.Public });
        var spans = Public("System.ReadOnlySpan`1") is not null && Public("System.Span`1") is not null && Public("System.MemoryExtensions") is not null;
        var reader = Public("System.Text.Json.Utf8JsonReader");
        var json = spans && reader is not null && Public("System.Text.Json.Serialization.JsonConverter`1") is not null;
        var unescapes = json
            && reader!.GetMembers("ValueIsEscaped").OfType<IPropertySymbol>().Any(p => p.DeclaredAccessibility == Accessibility.Public)
            && reader.GetMembers("CopyString").OfType<IMethodSymbol>().Any(m => m.DeclaredAccessibility == Accessibility.Public && m.Parameters.Length == 1
                && m.Parameters[0].Type is INamedTypeSymbol { Name: "Span", TypeArguments: [{ SpecialType: SpecialType.System_Byte }] });
        return new TargetCapabilities(spans, json, unescapes);
    }
}
