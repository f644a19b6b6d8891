using System.Linq;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>The generated code compiles warning-free (all warnings as errors, every warning level) on both ends of the range.</summary>
public sealed class ConsumerCompatibilityTests
{
    private const string Usage = """
        using SparkAds;

        namespace Consumer
        {
            public static class Usage
            {
                public static string Describe(int code, string key)
                {
                    SparkAds.SparkAdsError error;
                    if (!SparkAds.SparkAdsErrors.TryParse(key, true, out error))
                    {
                        var byCode = SparkAds.SparkAdsErrors.FromCode(code);
                        error = byCode.Count > 0 ? byCode[0] : SparkAds.SparkAdsError.Unknown;
                    }

                    return error.GetKey() + error.GetCode() + error.GetMessage() + error.GetRemedy() + error.IsSystemError() + SparkAds.SparkAdsErrors.All.Count;
                }
            }
        }
        """;

    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    [InlineData(TargetProfile.Net10Nullable)]
    public void GeneratedCode_CompilesWithoutWarnings(TargetProfile target)
    {
        var result = TestProject.Create().WithTarget(target).WithSource(Usage).RunGenerator();

        Assert.Empty(result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Theory]
    [InlineData(TargetProfile.NetStandard20CSharp73)]
    [InlineData(TargetProfile.Net10Nullable)]
    public void EmptyCatalog_StillGeneratesACompilableApi(TargetProfile target)
    {
        var result = TestProject.CreateWithoutBuiltInCatalog().WithTarget(target).WithSource(Usage).RunGenerator();

        Assert.Empty(result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format));
        Assert.Contains("Unknown = 0,", result.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
    }
}
