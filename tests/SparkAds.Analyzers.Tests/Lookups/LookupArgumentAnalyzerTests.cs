using SparkAds.Analyzers.Conversions;
using SparkAds.Analyzers.Lookups;

namespace SparkAds.Analyzers.Tests.Lookups;

/// <summary>SPARK003 for constant arguments to the generated lookups, over the four-row test catalog (<see cref="AnalyzerTestCatalog"/>).</summary>
public sealed class LookupArgumentAnalyzerTests
{
    private const string Spark003 = "SPARK003";

    private const string CallsNamedLikeLookups = "public static class Handler { public static bool Parse(string s) => int.TryParse(s, out _); }";

    private static Task AssertAsync(string body, params ExpectedDiagnostic[] expected)
        => AnalyzerTestCatalog.AssertAsync(new LookupArgumentAnalyzer(), $$"""
            using System;
            using System.Collections.Generic;
            using SparkAds;

            public static class Handler
            {
            {{body}}
            }
            """, expected);

    [Fact]
    public Task TryParse_UnknownConstantKey_ReportsWithSuggestionWhenClose()
        => AssertAsync("""
                public static void Parse(string runtimeKey)
                {
                    SparkAdsErrors.TryParse([|"auth_code_expird"|], out _);
                    SparkAdsErrors.TryParse({|#1:"AUTH_CODE_EXPIRED"|}, out _);
                    SparkAdsErrors.TryParse("AUTH_CODE_EXPIRED", true, out _);
                    SparkAdsErrors.TryParse({|#2:"banana"|}, ignoreCase: true, error: out _);
                    SparkAdsErrors.TryParse("auth_code_expired", out _);
                    SparkAdsErrors.TryParse(runtimeKey, out _);
                    SparkAdsErrors.TryParse(null, out _);
                }
            """,
            ExpectedDiagnostic.At(0, Spark003, "Key `auth_code_expird` is not a Spark Ads error; did you mean `auth_code_expired`?"),
            ExpectedDiagnostic.At(1, Spark003, "Key `AUTH_CODE_EXPIRED` is not a Spark Ads error; did you mean `auth_code_expired`?"),
            ExpectedDiagnostic.At(2, Spark003, "Key `banana` is not a Spark Ads error"));

    [Fact]
    public Task TryParse_IgnoreCaseKnownOnlyAtRunTime_ComparesIgnoringCase()
        => AssertAsync("""
                public static void Parse(bool ignoreCase)
                {
                    SparkAdsErrors.TryParse("AUTH_CODE_EXPIRED", ignoreCase, out _);
                    SparkAdsErrors.TryParse("Video_Deleted", !ignoreCase, out _);
                    SparkAdsErrors.TryParse([|"Video_Deletd"|], ignoreCase, out _);
                    SparkAdsErrors.TryParse({|#1:"AUTH_CODE_EXPIRED"|}, false, out _);
                }
            """,
            ExpectedDiagnostic.At(0, Spark003, "Key `Video_Deletd` is not a Spark Ads error; did you mean `video_deleted`?"),
            ExpectedDiagnostic.At(1, Spark003, "Key `AUTH_CODE_EXPIRED` is not a Spark Ads error; did you mean `auth_code_expired`?"));

    [Fact]
    public Task FromCode_UnknownConstantCode_Reports()
        => AssertAsync("""
                private const int Expired = 4025;

                public static void Lookup(int runtimeCode)
                {
                    SparkAdsErrors.FromCode([|4026|]);
                    SparkAdsErrors.FromCode({|#1:40001|});
                    SparkAdsErrors.FromCode(Expired);
                    SparkAdsErrors.FromCode(SparkAdsErrorCodes.VideoDeleted);
                    SparkAdsErrors.FromCode(runtimeCode);
                }
            """,
            ExpectedDiagnostic.At(0, Spark003, "Code `4026` is not a Spark Ads error; did you mean `4025`?"),
            ExpectedDiagnostic.At(1, Spark003, "Code `40001` is not a Spark Ads error"));

    [Fact]
    public async Task MemberNamePassedAsTheKey_IsSpark007Alone_OneMistakeOneDiagnostic()
    {
        var markup = Markup.Parse("""
            using SparkAds;

            public static class Handler
            {
                public static bool Parse() => SparkAdsErrors.TryParse([|nameof(SparkAdsError.AuthCodeExpired)|], out _) | SparkAdsErrors.TryParse({|#1:"AuthCodeExpired"|}, out _);
            }
            """);

        var diagnostics = await AnalyzerTestCatalog.Project(markup.Code).GetAnalyzerDiagnosticsAsync(new LookupArgumentAnalyzer(), new ErrorConversionAnalyzer());

        // The constant spelled as a literal is no member name: SPARK003 says which key it may mean.
        Assert.Equal(
            [
                ("SPARK007", markup.Spans[0], "`nameof(SparkAdsError.AuthCodeExpired)` is a SparkAdsError member name, but it is used as a TikTok error key: use SparkAdsErrorKeys.AuthCodeExpired"),
                ("SPARK003", markup.Spans[1], "Key `AuthCodeExpired` is not a Spark Ads error; did you mean `auth_code_expired`?"),
            ],
            diagnostics.Select(d => (d.Id, d.Location.SourceSpan, d.GetMessage(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task LookupThroughAGlobalUsingStaticInAnotherFile_IsReported()
    {
        var project = AnalyzerTestCatalog.Project("""
                public static class Handler
                {
                    public static bool Parse() => TryParse("auth_code_expird", out _);
                }
                """)
            .WithSource("global using static SparkAds.SparkAdsErrors;", "/src/Usings.cs");

        var diagnostics = await project.GetAnalyzerDiagnosticsAsync(new LookupArgumentAnalyzer());

        Assert.Equal(["SPARK003 /src/Test0.cs(3,44): Key `auth_code_expird` is not a Spark Ads error; did you mean `auth_code_expired`?"], diagnostics.Select(ExpectedDiagnostic.FormatStart));
    }

    [Fact]
    public async Task ProjectWithACatalog_WhoseSourceNeverNamesTheLookups_RegistersNoCallback()
    {
        var (diagnostics, telemetry, compilation) = await RegisteredActions.RunAsync(AnalyzerTestCatalog.Project(CallsNamedLikeLookups), new LookupArgumentAnalyzer());

        Assert.Empty(diagnostics);
        Assert.Equal(0, telemetry.OperationActionsCount);

        // The generated text names SparkAdsErrors: only the project's own source counts.
        Assert.Contains(compilation.SyntaxTrees, tree => tree.ToString().Contains("class SparkAdsErrors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProjectWithACatalog_WhoseSourceNamesTheLookupsInAnotherFile_RegistersTheCallback()
    {
        var project = AnalyzerTestCatalog.Project(CallsNamedLikeLookups).WithSource("global using static SparkAds.SparkAdsErrors;", "/src/Usings.cs");

        var (diagnostics, telemetry, _) = await RegisteredActions.RunAsync(project, new LookupArgumentAnalyzer());

        Assert.Empty(diagnostics);
        Assert.True(telemetry.OperationActionsCount > 0, "no operation action ran");
    }
}
