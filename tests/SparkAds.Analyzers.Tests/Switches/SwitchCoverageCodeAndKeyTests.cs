using System.Globalization;
using SparkAds.Analyzers.Switches;
using static SparkAds.Analyzers.Tests.Switches.SwitchCoverageAssert;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>SPARK001 / SPARK002 over switches on codes and keys, nested switches, team rows and the properties the fix reads; four-row test catalog unless a test says otherwise.</summary>
public sealed class SwitchCoverageCodeAndKeyTests
{
    [Fact]
    public Task CodeSwitch_EveryCatalogCode_NoDiagnostic()
        => AssertAsync("""
                public static void Handle(int code)
                {
                    switch (code)
                    {
                        case 4025: Log(1); break;
                        case 4002: Log(2); break;
                    }
                }
            """);

    [Fact]
    public Task CodeSwitch_GeneratedConstantWithDefault_ReportsSpark002ForEveryErrorOfTheMissingCode()
        => AssertAsync("""
                public static string Handle(long code) => code [|switch|]
                {
                    SparkAdsErrorCodes.AuthCodeExpired => "expired",
                    _ => "other",
                };
            """,
            ExpectedDiagnostic.At(0, Spark002, OnlyByDefault("video_deleted (4002) and video_unavailable (4002)")));

    [Fact]
    public Task CodeSwitch_BuiltInCatalog_ListsFirstThreeAndCountsTheRest()
        => AnalyzerTestCatalog.AssertAsync(
            new SwitchAnalyzer(),
            HandlerSource.Wrap("""
                public static void Handle(int? code)
                {
                    [|switch|] (code)
                    {
                        case 4002: Log(1); break;
                        case 4025: Log(2); break;
                        case null: Log(0); break;
                    }
                }
            """),
            code => TestProject.Create().WithSource(code),
            ExpectedDiagnostic.At(0, Spark001, NotHandle("auth_code_format_error (4013), call_rpc_fail (-500), call_db_fail (-500) and 8 more")));

    [Fact]
    public Task IntegerSwitches_GeneralApiCodesAndHttpStatuses_AreNeverReported()
        => AnalyzerTestCatalog.AssertAsync(
            new SwitchAnalyzer(),
            HandlerSource.Wrap("""
                public static void Api(int code)
                {
                    switch (code)
                    {
                        case 0: Log("ok"); break;
                        case 40001: Log("bad parameter"); break;
                        case 40100: Log("rate limited"); break;
                        case 50000: Log("server"); break;
                    }
                }

                public static string Http(int status) => status switch
                {
                    200 => "ok",
                    400 => "bad request",
                    404 => "not found",
                    500 => "server error",
                    _ => "other",
                };

                public static void OneSparkCode(int code)
                {
                    switch (code)
                    {
                        case 40001: Log("bad parameter"); break;
                        case 4002: Log("video"); break;
                    }
                }
            """),
            code => TestProject.Create().WithSource(code));

    [Fact]
    public Task KeySwitch_MissingKeys_ReportsSpark001()
        => AssertAsync("""
                public static void Handle(string key)
                {
                    [|switch|] (key)
                    {
                        case "auth_code_expired": Log(1); break;
                        case "video_deleted": Log(2); break;
                    }
                }

                public static int Complete(string? key) => key switch
                {
                    "auth_code_expired" or "video_deleted" => 1,
                    SparkAdsErrorKeys.VideoUnavailable or "not_public_video" => 2,
                    _ => 0,
                };

                public static void Words(string word)
                {
                    switch (word)
                    {
                        case "video_deleted": Log(1); break;
                        case "other": Log(2); break;
                    }
                }
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task NestedSwitches_EachReportedOnce()
        => AssertAsync("""
                public static void Handle(SparkAdsError outer, SparkAdsError inner)
                {
                    [|switch|] (outer)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            var x = inner {|#1:switch|} { SparkAdsError.VideoDeleted => 1, _ => 2 };
                            Log(x);
                            break;
                        case SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable: break;
                    }
                }
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("not_public_video")),
            ExpectedDiagnostic.At(1, Spark002, OnlyByDefault("auth_code_expired (4025), video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task TeamCatalogRow_MakesACompleteSwitchReport()
    {
        const string Complete = """
                public static void Handle(SparkAdsError error)
                {
                    [|switch|] (error)
                    {
                        case SparkAdsError.AuthCodeExpired: case SparkAdsError.VideoDeleted: Log(1); break;
                        case SparkAdsError.VideoUnavailable: case SparkAdsError.NotPublicVideo: Log(2); break;
                    }
                }
            """;
        const string TeamRow = """
            key,code,message,remedy,kind
            spark_quota_exceeded,4090,Daily Spark Ads quota reached.,Retry tomorrow.,system
            """;

        return AnalyzerTestCatalog.AssertAsync(
            new SwitchAnalyzer(),
            HandlerSource.Wrap(Complete),
            code => AnalyzerTestCatalog.Project(code).WithCatalog("/team/more-errors.csv", TeamRow),
            ExpectedDiagnostic.At(0, Spark001, NotHandle("spark_quota_exceeded (4090)")));
    }
}
