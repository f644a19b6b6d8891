using System.Reflection;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>
/// The converter through a source-generated <c>JsonSerializerContext</c>: System.Text.Json's own source generator,
/// loaded from the SDK's reference pack, runs over the consumer after ours (as it does in a project that
/// references the assembly holding the generated enum), and the context must pick up the enum's converter.
/// </summary>
public sealed class JsonSerializerContextTests
{
    private const string Context = """
        using System.Collections.Generic;
        using System.Text.Json;
        using System.Text.Json.Serialization;
        using SparkAds;

        namespace Probe
        {
            public sealed class Notification
            {
                public SparkAdsError Error { get; set; }

                public List<SparkAdsError> Others { get; set; } = new List<SparkAdsError>();
            }

            [JsonSerializable(typeof(Notification))]
            public sealed partial class NotificationContext : JsonSerializerContext
            {
            }

            public static class ThroughContext
            {
                public static string RoundTrip(string json)
                {
                    var notification = JsonSerializer.Deserialize(json, NotificationContext.Default.Notification)!;
                    return notification.Error + "|" + string.Join(",", notification.Others) + "|" + JsonSerializer.Serialize(notification, NotificationContext.Default.Notification);
                }
            }
        }
        """;

    [Fact]
    public void SourceGeneratedContext_UsesTheGeneratedConverter_ForEveryKeyAndUnknownOnes()
    {
        var ours = TestProject.Create().WithSource(Context, "/src/Context.cs").RunGenerator();
        var driver = CSharpGeneratorDriver.Create(
            SystemTextJsonGenerators(),
            parseOptions: (CSharpParseOptions)ours.OutputCompilation.SyntaxTrees.First().Options);
        driver.RunGeneratorsAndUpdateCompilation(ours.OutputCompilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics.Select(ExpectedDiagnostic.Format));
        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.Contains("NotificationContext", StringComparison.Ordinal));
        using var consumer = CompiledConsumer.Load(ours with { OutputCompilation = output });
        var roundTrip = consumer.Assembly.GetType("Probe.ThroughContext", throwOnError: true)!.GetMethod("RoundTrip")!;

        Assert.Equal(
            "AuthCodeExpired|VideoDeleted,Unknown|{\"Error\":\"auth_code_expired\",\"Others\":[\"video_deleted\",\"unknown\"]}",
            roundTrip.Invoke(null, ["{\"Error\":\"auth_code_expired\",\"Others\":[\"video_deleted\",\"key_from_the_future\"]}"]));
    }

    private static ISourceGenerator[] SystemTextJsonGenerators()
    {
        // <dotnet>/shared/Microsoft.NETCore.App/<version>/ → <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/analyzers/dotnet/cs/
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var root = Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var pack = Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref", Path.GetFileName(runtime));
        var path = Path.Combine(pack, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll");
        Assert.True(File.Exists(path), "System.Text.Json's source generator was not found at " + path);
        var reference = new AnalyzerFileReference(path, new AssemblyLoader());
        var generators = reference.GetGenerators(LanguageNames.CSharp).ToArray();
        Assert.NotEmpty(generators);
        return generators;
    }

    private sealed class AssemblyLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
