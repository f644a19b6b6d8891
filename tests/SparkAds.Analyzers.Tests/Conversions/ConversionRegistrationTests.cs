using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Conversions;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>
/// What a project that never converts a Spark Ads error pays: ErrorConversionAnalyzer registers its cast and call
/// callbacks only where a conversion of a generated <c>SparkAdsError</c> can be written, which the analyzer driver's own
/// telemetry counts. Where a referenced project's enum reaches the code without the code spelling its name, it still
/// watches and reports.
/// </summary>
public sealed class ConversionRegistrationTests
{
    private const string CodeWithCastsAndCalls = """
        public static class Handler
        {
            public static string Describe(object value, long code) => value.ToString() + (int)code + System.Enum.GetName(typeof(System.DayOfWeek), 1);
        }
        """;

    [Fact]
    public async Task SourceThatNeverSpellsTheEnum_RegistersNoAction()
    {
        var project = AnalyzerTestCatalog.Project(CodeWithCastsAndCalls);

        var (diagnostics, actions, compilation) = await AnalyzeAsync(project);

        Assert.Empty(diagnostics);
        Assert.Equal(0, actions);
        // The subject had something to skip: the enum is generated into this compilation.
        Assert.Contains(compilation.SyntaxTrees, tree => tree.ToString().Contains("enum SparkAdsError", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("public static SparkAds.SparkAdsError FromCode(int errorCode) => (SparkAds.SparkAdsError)errorCode;")]
    [InlineData("// Handles SparkAdsError values elsewhere.")]
    public async Task SourceSpellingTheEnumAnywhere_RegistersTheCallbacks(string member)
    {
        var project = AnalyzerTestCatalog.Project(CodeWithCastsAndCalls).WithSource("public static class Other { " + member + " }", "/src/Other.cs");

        var (_, actions, _) = await AnalyzeAsync(project);

        Assert.True(actions > 0, "no syntax action ran");
    }

    [Fact]
    public async Task EnumOfAReferencedProject_ReachedWithoutSpellingItsName_IsReported()
    {
        var library = TestProject.Create().WithProperty("RootNamespace", "Ads.Core").WithAssemblyName("Ads.Core")
            .WithSource("namespace Ads.Core { public sealed class Reply { public SparkAdsError Error { get; set; } } }");
        var generated = library.RunGenerator();
        Assert.Empty(generated.CompilationDiagnostics);
        using var image = new MemoryStream();
        Assert.True(generated.OutputCompilation.Emit(image).Success);
        var markup = Markup.Parse("""
            namespace Ads.App
            {
                public static class Handler
                {
                    public static bool Expired(Ads.Core.Reply reply) => [|reply.Error.ToString()|] == "auth_code_expired";
                }
            }
            """);
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithReference(MetadataReference.CreateFromImage(image.ToArray())).WithSource(markup.Code);

        var (diagnostics, actions, _) = await AnalyzeAsync(app);

        Assert.True(actions > 0, "no syntax action ran");
        Assert.Equal(["SPARK007"], diagnostics.Select(d => d.Id));
        Assert.Equal(markup.Spans[0], diagnostics[0].Location.SourceSpan);
    }

    private static async Task<(ImmutableArray<Diagnostic> Diagnostics, int SyntaxActions, Compilation Compilation)> AnalyzeAsync(TestProject project)
    {
        var compilation = project.RunGenerator().OutputCompilation;
        var analyzer = new ErrorConversionAnalyzer();
        var withAnalyzers = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions(project.AdditionalFiles, project.Options), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
        return (diagnostics, telemetry.SyntaxNodeActionsCount, compilation);
    }
}
