namespace SparkAds.Analyzers.Tests.Generator.Emit;

/// <summary>Pins the exact generated text of the built-in catalog, every file, for both language levels.</summary>
public sealed class GeneratedCodeSnapshotTests
{
    [Fact]
    public Task BuiltInCatalog_GeneratesTheApprovedSources()
        => SnapshotAssert.MatchesAsync("BuiltIn", TestProject.Create());

    /// <summary>A team catalog with one typed column of each type: values, empty cells, a text with quotes and a line break.</summary>
    private const string TeamColumnsCatalog =
        "key,code,message,remedy,retryable:bool,http_status:int,owner:text\n"
        + "rate_limited,40100,Too many requests.,Wait a minute.,TRUE,429,Ads platform\n"
        + "budget_low,,The budget is low.,Raise it.,false,-1,\"Billing, \"\"EU\"\"\nsecond line\"\n"
        + "no_values,,Nothing typed.,Fix.,,,\n";

    [Theory]
    [InlineData(TargetProfile.Net10Nullable, "TeamColumns")]
    [InlineData(TargetProfile.NetStandard20CSharp73, "CSharp73.TeamColumns")]
    public void TeamColumns_GenerateApprovedLookups(TargetProfile target, string snapshot)
    {
        var result = TestProject.CreateWithoutBuiltInCatalog().WithTarget(target).WithCatalog("/team/errors.csv", TeamColumnsCatalog).RunGenerator();

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationDiagnostics);
        SnapshotAssert.Matches(snapshot + ".SparkAdsErrorExtensions", result.Sources["SparkAdsErrorExtensions.g.cs"]);
    }

    [Fact]
    public async Task CSharp73Consumer_GeneratesTheApprovedSources_WithoutNullableAnnotations()
    {
        var project = TestProject.Create().WithTarget(TargetProfile.NetStandard20CSharp73);

        await SnapshotAssert.MatchesAsync("CSharp73", project);
        Assert.All(project.RunGenerator().Sources.Values, source => Assert.DoesNotContain("#nullable", source, System.StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltInCatalog_GeneratesExactlyTheSixFiles_WithTheJsonConverterWhereSystemTextJsonResolves()
    {
        var result = TestProject.Create().RunGenerator();

        Assert.Equal(
            ["SparkAdsError.g.cs", "SparkAdsErrorCodes.g.cs", "SparkAdsErrorExtensions.g.cs", "SparkAdsErrorJsonConverter.g.cs", "SparkAdsErrorKeys.g.cs", "SparkAdsErrors.g.cs"],
            result.Sources.Keys.Order(System.StringComparer.Ordinal));
        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void NetStandard20Consumer_GetsNoSpanOrJsonMembers()
    {
        var result = TestProject.Create().WithTarget(TargetProfile.NetStandard20CSharp73).RunGenerator();

        Assert.Equal(
            ["SparkAdsError.g.cs", "SparkAdsErrorCodes.g.cs", "SparkAdsErrorExtensions.g.cs", "SparkAdsErrorKeys.g.cs", "SparkAdsErrors.g.cs"],
            result.Sources.Keys.Order(System.StringComparer.Ordinal));
        Assert.All(result.Sources.Values, source => Assert.DoesNotContain("Span<", source, System.StringComparison.Ordinal));
        Assert.All(result.Sources.Values, source => Assert.DoesNotContain("System.Text.Json", source, System.StringComparison.Ordinal));
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void SparkAdsNamespace_NamesTheNamespaceOfEveryFile()
    {
        var result = TestProject.Create().WithProperty("SparkAdsNamespace", "Acme.Marketing.TikTok").RunGenerator();

        Assert.All(result.Sources.Values, source => Assert.Contains("namespace Acme.Marketing.TikTok\n{", source, System.StringComparison.Ordinal));
        Assert.Empty(result.CompilationDiagnostics);
    }

    [Fact]
    public void InvalidSparkAdsNamespace_WarnsAndFallsBackToSparkAds()
    {
        var result = TestProject.Create().WithProperty("SparkAdsNamespace", "Acme.class").RunGenerator();

        Assert.Equal(
            ["SPARK110 (1,1): SparkAdsNamespace 'Acme.class' is not a valid C# namespace; the generated code uses 'SparkAds'"],
            result.GeneratorDiagnostics.Select(ExpectedDiagnostic.FormatStart));
        Assert.All(result.Sources.Values, source => Assert.Contains("namespace SparkAds\n{", source, System.StringComparison.Ordinal));
    }
}
