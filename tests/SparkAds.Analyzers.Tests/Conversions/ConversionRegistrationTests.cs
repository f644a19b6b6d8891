using SparkAds.Analyzers.Conversions;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>
/// What a project that never converts a Spark Ads error pays: ErrorConversionAnalyzer registers its callbacks only where
/// a conversion of a generated <c>SparkAdsError</c> can be written (the source spells the name and the enum exists, or a
/// reference mentions it), which the analyzer driver's own telemetry counts; docs/performance.md gives what this saves
/// on Newtonsoft.Json. Where a referenced project's enum reaches the code without the code spelling its name, it still
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
    public async Task SourceThatNeverSpellsTheEnum_RegistersNoCallback()
    {
        var (diagnostics, telemetry, compilation) = await RegisteredActions.RunAsync(AnalyzerTestCatalog.Project(CodeWithCastsAndCalls), new ErrorConversionAnalyzer());

        Assert.Empty(diagnostics);
        Assert.Equal(0, telemetry.OperationActionsCount);
        // The subject had something to skip: the enum is generated into this compilation.
        Assert.NotNull(compilation.GetTypeByMetadataName("SparkAds.SparkAdsError"));
    }

    [Theory]
    [InlineData("public static SparkAds.SparkAdsError FromCode(int errorCode) => (SparkAds.SparkAdsError)errorCode;")]
    [InlineData("// Handles SparkAdsError values elsewhere.")]
    public async Task SourceSpellingTheEnumAnywhere_RegistersTheCallbacks(string member)
    {
        var project = AnalyzerTestCatalog.Project(CodeWithCastsAndCalls).WithSource("public static class Other { " + member + " }", "/src/Other.cs");

        var (_, telemetry, _) = await RegisteredActions.RunAsync(project, new ErrorConversionAnalyzer());

        Assert.True(telemetry.OperationActionsCount > 0, "no operation action ran");
    }

    [Fact]
    public async Task SourceSpellingTheEnum_WithoutTheGeneratedEnum_RegistersNoCallback()
    {
        var project = AnalyzerTestCatalog.Project(CodeWithCastsAndCalls).WithSource("// Handles SparkAdsError values elsewhere.", "/src/Other.cs");

        var (diagnostics, telemetry, compilation) = await RegisteredActions.RunAsync(project, new ErrorConversionAnalyzer(), generate: false);

        Assert.Empty(diagnostics);
        Assert.Equal(0, telemetry.OperationActionsCount);
        Assert.Null(compilation.GetTypeByMetadataName("SparkAds.SparkAdsError"));
    }

    [Fact]
    public async Task ProjectReusingTheCatalogOfAReference_IsWatched()
    {
        // The library's namespace is the one the app would generate into, so the app generates nothing and uses the library's enum.
        var library = Library("Acme.Ads", "namespace Acme.Ads { public sealed class Reply { public int ErrorCode { get; set; } } }");
        var markup = Markup.Parse("""
            namespace Acme.Ads.App
            {
                public static class Handler
                {
                    public static Acme.Ads.SparkAdsError Error(Acme.Ads.Reply reply) => [|(Acme.Ads.SparkAdsError)reply.ErrorCode|];
                }
            }
            """);
        var app = TestProject.Create().WithProperty("RootNamespace", "Acme.Ads").WithReference(library).WithSource(markup.Code);

        var (diagnostics, telemetry, compilation) = await RegisteredActions.RunAsync(app, new ErrorConversionAnalyzer());

        Assert.DoesNotContain(compilation.SyntaxTrees, tree => tree.ToString().Contains("enum SparkAdsError", StringComparison.Ordinal));
        Assert.True(telemetry.OperationActionsCount > 0, "no operation action ran");
        Assert.Equal(["SPARK005"], diagnostics.Select(d => d.Id));
        Assert.Equal(markup.Spans[0], diagnostics[0].Location.SourceSpan);
    }

    [Fact]
    public async Task EnumOfAReferencedProject_ReachedWithoutSpellingItsName_IsReported()
    {
        var library = Library("Ads.Core", "namespace Ads.Core { public sealed class Reply { public SparkAdsError Error { get; set; } } }");
        var markup = Markup.Parse("""
            namespace Ads.App
            {
                public static class Handler
                {
                    public static bool Expired(Ads.Core.Reply reply) => [|reply.Error.ToString()|] == "auth_code_expired";
                }
            }
            """);
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithReference(library).WithSource(markup.Code);

        var (diagnostics, telemetry, _) = await RegisteredActions.RunAsync(app, new ErrorConversionAnalyzer());

        Assert.True(telemetry.OperationActionsCount > 0, "no operation action ran");
        Assert.Equal(["SPARK007"], diagnostics.Select(d => d.Id));
        Assert.Equal(markup.Spans[0], diagnostics[0].Location.SourceSpan);
    }

    /// <summary>A project of <paramref name="rootNamespace"/> with the built-in catalog, compiled to an image as a build references it.</summary>
    private static PortableExecutableReference Library(string rootNamespace, string source)
    {
        var generated = TestProject.Create().WithProperty("RootNamespace", rootNamespace).WithAssemblyName(rootNamespace).WithSource(source).RunGenerator();
        Assert.Empty(generated.CompilationDiagnostics);
        return TestReferences.Image(generated.OutputCompilation);
    }
}
