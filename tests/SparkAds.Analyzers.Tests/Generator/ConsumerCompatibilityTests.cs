using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Tests.Catalog;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>The generated code compiles warning-free (all warnings as errors, every warning level) on both ends of the range.</summary>
public sealed class ConsumerCompatibilityTests
{
    /// <summary>With the built-in catalog, and with no catalog at all (only <c>Unknown</c>): the same API compiles.</summary>
    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73, true)]
    [InlineData(TargetProfile.Net10Nullable, true)]
    [InlineData(TargetProfile.NetStandard20CSharp73, false)]
    [InlineData(TargetProfile.Net10Nullable, false)]
    public void GeneratedCode_WithOrWithoutCatalogRows_CompilesWithoutWarnings(TargetProfile target, bool builtInCatalog)
    {
        var project = builtInCatalog ? TestProject.Create() : TestProject.CreateWithoutBuiltInCatalog();
        var result = project.WithTarget(target).WithSource(CompatibilityUsage.Code).RunGenerator();

        Assert.Empty(result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format));
        Assert.Contains("Unknown = 0,", result.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
    }

    private const string RetiringCatalog =
        "key,code,message,remedy,status,replaced_by,retryable:bool,http_status:int,owner:text\n"
        + "team_new,77,\"New <b>&amp; \"\"quoted\"\"\",Fix.,active,,true,429,\"<b>Ads</b> & co\"\n"
        + "team_old,77,Old.,Fix.,retired,team_new,false,,\n"
        + "team_gone,,Gone.,Fix.,retired,,,,\n";

    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    [InlineData(TargetProfile.Net10Nullable)]
    public void GeneratedCode_WithRetiredRowsTeamColumnsAndDocumentationDiagnostics_CompilesWithoutWarnings(TargetProfile target)
    {
        // DocumentationMode.Diagnose is what GenerateDocumentationFile gives: crefs (also to obsolete members) are bound
        // and every doc comment must sit on a declaration.
        var result = TestProject.Create().WithTarget(target).WithCatalog("/team/errors.csv", RetiringCatalog).WithSource(CompatibilityUsage.Code).RunGenerator();
        var diagnose = (CSharpParseOptions)result.OutputCompilation.SyntaxTrees.First().Options;
        diagnose = diagnose.WithDocumentationMode(DocumentationMode.Diagnose);
        var compilation = result.OutputCompilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
            result.OutputCompilation.SyntaxTrees.Select(tree => CSharpSyntaxTree.ParseText(tree.GetText(), diagnose, tree.FilePath)));

        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

        // The consumer's own undocumented public types prove the documentation checks ran; the generated files have none.
        Assert.Contains(problems, d => d.Id == "CS1591" && d.Location.SourceTree!.FilePath == TestProject.SourcePath);
        Assert.Empty(problems.Where(d => d.Location.SourceTree?.FilePath != TestProject.SourcePath).Select(ExpectedDiagnostic.Format));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.All(["GetRetryable", "GetHttpStatus", "GetOwner"], lookup => Assert.Contains(" " + lookup + "(this SparkAdsError error)", result.Sources["SparkAdsErrorExtensions.g.cs"], System.StringComparison.Ordinal));
    }

    [Fact]
    public void NetStandard20WithSystemMemory_GetsTheSpanLookupsButNoJson_AndCompilesWithoutWarnings()
    {
        var project = TestProject.Create().WithTarget(TargetProfile.NetStandard20CSharp73).WithCatalog("/team/errors.csv", "key,message,remedy\ncafé_error,M.,R.\n").WithSource(SpanUsage);
        var packages = TestPaths.NuGetPackageRoot;
        var memory = new[] { "system.memory/4.5.5/lib/netstandard2.0/System.Memory.dll", "system.buffers/4.5.1/lib/netstandard2.0/System.Buffers.dll", "system.runtime.compilerservices.unsafe/4.5.3/lib/netstandard2.0/System.Runtime.CompilerServices.Unsafe.dll" }
            .Select(relative => Path.Combine(packages, relative))
            .Where(File.Exists)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        Assert.NotEmpty(memory);

        project.CreateDriver().RunGeneratorsAndUpdateCompilation(project.CreateCompilation().AddReferences(memory), out var output, out var diagnostics);
        var sources = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)).Select(t => t.ToString()).ToList();

        Assert.Empty(diagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(ExpectedDiagnostic.Format));
        Assert.Contains(sources, source => source.Contains("public static bool TryParseUtf8(global::System.ReadOnlySpan<byte> utf8Key, out SparkAdsError error)", System.StringComparison.Ordinal));
        Assert.DoesNotContain(sources, source => source.Contains("System.Text.Json", System.StringComparison.Ordinal));
    }

    private const string SpanUsage = """
        namespace Consumer
        {
            public static class SpanUsage
            {
                public static bool Parse(System.ReadOnlySpan<char> key, System.ReadOnlySpan<byte> utf8)
                {
                    SparkAds.SparkAdsError error;
                    return SparkAds.SparkAdsErrors.TryParse(key, out error) || SparkAds.SparkAdsErrors.TryParse(key, true, out error)
                        || SparkAds.SparkAdsErrors.TryParseUtf8(utf8, out error);
                }
            }
        }
        """;
}
