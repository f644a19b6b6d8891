using System.Linq;
using SparkAds.Analyzers.Tests.Catalog;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>The generated code compiles warning-free (all warnings as errors, every warning level) on both ends of the range.</summary>
public sealed class ConsumerCompatibilityTests
{
    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    [InlineData(TargetProfile.Net10Nullable)]
    public void GeneratedCode_CompilesWithoutWarnings(TargetProfile target)
    {
        var result = TestProject.Create().WithTarget(target).WithSource(CompatibilityUsage.Code).RunGenerator();

        Assert.Empty(result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    [InlineData(TargetProfile.Net10Nullable)]
    public void EmptyCatalog_StillGeneratesACompilableApi(TargetProfile target)
    {
        var result = TestProject.CreateWithoutBuiltInCatalog().WithTarget(target).WithSource(CompatibilityUsage.Code).RunGenerator();

        Assert.Empty(result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format));
        Assert.Contains("Unknown = 0,", result.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
    }
}
