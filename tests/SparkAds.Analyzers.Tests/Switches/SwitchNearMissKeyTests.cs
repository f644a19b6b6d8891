using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>
/// SPARK003 for a label of a key switch that is a near miss of a catalog key, over the four-row test catalog
/// (<see cref="AnalyzerTestCatalog"/>). SPARK001 and SPARK002, which the same analyzer reports for these switches, are
/// turned off here: <see cref="SwitchCoverageTests"/> covers them.
/// </summary>
public sealed class SwitchNearMissKeyTests
{
    private const string Spark003 = "SPARK003";

    private static Task AssertAsync(string body, params ExpectedDiagnostic[] expected)
        => AnalyzerTestCatalog.AssertAsync(
            new SwitchAnalyzer(),
            $$"""
            using System;
            using System.Collections.Generic;
            using SparkAds;

            public static class Handler
            {
            {{body}}
            }
            """,
            code => AnalyzerTestCatalog.Project(code).WithDisabledDiagnostics("SPARK001", "SPARK002"),
            expected);

    [Fact]
    public Task KeySwitch_NearMissLabel_ReportsWithSuggestion()
        => AssertAsync("""
                public static int Statement(string key)
                {
                    switch (key)
                    {
                        case [|"auth_code_expird"|]: return 1;
                        case "video_deleted": return 2;
                        default: return 0;
                    }
                }

                public static int Expression(string key) => key switch
                {
                    "auth_code_expired" => 1,
                    {|#1:"Video_Deleted"|} or "video_unavailable" => 2,
                    _ => 0,
                };
            """,
            ExpectedDiagnostic.At(0, Spark003, "Key `auth_code_expird` is not a Spark Ads error; did you mean `auth_code_expired`?"),
            ExpectedDiagnostic.At(1, Spark003, "Key `Video_Deleted` is not a Spark Ads error; did you mean `video_deleted`?"));

    [Fact]
    public Task StringSwitches_UnrelatedWordsOrNoRealKey_AreLeftAlone()
        => AssertAsync("""
                public static int KeysAndWords(string key) => key switch
                {
                    "auth_code_expired" or "video_deleted" => 1,
                    "ok" or "retry" => 2,
                    _ => 0,
                };

                public static int NoRealKey(string word) => word switch
                {
                    "video_delete" => 1,
                    "other" => 2,
                    _ => 0,
                };
            """);
}
