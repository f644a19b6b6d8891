using System.Threading.Tasks;
using SparkAds.Analyzers.Switches;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.Analyzers;

/// <summary>SPARK001 / SPARK002 over the four-row test catalog (<see cref="AnalyzerTestCatalog"/>) unless a test says otherwise.</summary>
public sealed class SwitchCoverageAnalyzerTests
{
    private const string Spark001 = "SPARK001";
    private const string Spark002 = "SPARK002";

    private static Task AssertAsync(string body, params ExpectedDiagnostic[] expected)
        => AnalyzerTestCatalog.AssertAsync(new SwitchCoverageAnalyzer(), Wrap(body), expected);

    private static string Wrap(string body) => $$"""
        using System;
        using SparkAds;

        public static class Handler
        {
            public static void Log(object value) { }

        {{body}}
        }
        """;

    private static string NotHandle(string errors) => "This switch over Spark Ads errors does not handle " + errors;

    private static string OnlyByDefault(string errors) => "This switch over Spark Ads errors handles " + errors + " only through a fallback";

    [Fact]
    public Task EnumStatement_EveryErrorHandled_NoDiagnostic()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired: Log(1); break;
                        case SparkAdsError.VideoDeleted: Log(2); break;
                        case SparkAdsError.VideoUnavailable: Log(3); break;
                        case SparkAdsError.NotPublicVideo: Log(4); break;
                    }
                }
            """);

    [Fact]
    public Task EnumStatement_MissingErrorsWithoutDefault_ReportsSpark001AtSwitchKeyword()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    [|switch|] (error)
                    {
                        case SparkAdsError.AuthCodeExpired: Log(1); break;
                        case SparkAdsError.VideoDeleted: Log(2); break;
                    }
                }
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumStatement_StackedLabelsAndCastConstants_CountAsHandled()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                        case (SparkAdsError)2:
                            Log(1);
                            break;
                        case SparkAdsError.VideoUnavailable or (SparkAdsError.NotPublicVideo):
                            Log(2);
                            break;
                    }
                }
            """);

    [Fact]
    public Task EnumExpression_OrAndParenthesisedPatterns_CountAsHandled()
        => AssertAsync("""
                public static int Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired or (SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable) => 1,
                    (SparkAdsError.NotPublicVideo) => 2,
                    SparkAdsError.Unknown => 3,
                    _ => 0,
                };
            """);

    [Fact]
    public Task EnumStatement_UnknownNeverOwed_NoDiagnostic()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo:
                            Log(1);
                            break;
                    }
                }
            """);

    [Fact]
    public Task EnumStatement_DefaultThatLogs_ReportsSpark002()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    [|switch|] (error)
                    {
                        case SparkAdsError.AuthCodeExpired: Log(1); break;
                        default: Log(error); break;
                    }
                }
            """,
            ExpectedDiagnostic.At(0, Spark002, OnlyByDefault("video_deleted (4002), video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumStatement_DefaultThatOnlyThrows_ReportsSpark001()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    [|switch|] (error)
                    {
                        case SparkAdsError.AuthCodeExpired: Log(1); break;
                        case SparkAdsError.VideoDeleted: Log(2); break;
                        default:
                        {
                            throw new InvalidOperationException();
                        }
                    }
                }
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumExpression_DiscardThatThrowsAndDiscardWithValue_ReportSpark001AndSpark002()
        => AssertAsync("""
                public static int Throws(SparkAdsError error) => error [|switch|]
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(error)),
                };

                public static int Falls(SparkAdsError error) => error {|#1:switch|}
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable => 1,
                    _ => 0,
                };
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("video_deleted (4002), video_unavailable (4002) and not_public_video")),
            ExpectedDiagnostic.At(1, Spark002, OnlyByDefault("not_public_video")));

    [Fact]
    public Task EnumExpression_GuardedArm_DoesNotHandleItsError()
        => AssertAsync("""
                public static int Handle(SparkAdsError error, bool retry) => error [|switch|]
                {
                    SparkAdsError.AuthCodeExpired when retry => 1,
                    SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => 2,
                    SparkAdsError.NotPublicVideo => 3,
                    var other when other != SparkAdsError.Unknown => 4,
                };
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("auth_code_expired (4025)")));

    [Fact]
    public Task EnumExpression_RelationalAndNotPatterns_HandleThroughAFallback()
        => AssertAsync("""
                public static int Handle(SparkAdsError error) => error [|switch|]
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    > SparkAdsError.VideoDeleted => 2,
                    not SparkAdsError.AuthCodeExpired => 3,
                };
            """,
            ExpectedDiagnostic.At(0, Spark002, OnlyByDefault("video_deleted (4002), video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumExpression_AndPatterns_NameTheirPositiveConstants()
        => AssertAsync("""
                public static int Handle(SparkAdsError error) => error [|switch|]
                {
                    SparkAdsError.AuthCodeExpired and var expired => 1,
                    var deleted and SparkAdsError.VideoDeleted => 2,
                    (SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo) and not SparkAdsError.NotPublicVideo => 3,
                };
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("not_public_video")));

    [Fact]
    public Task NullableEnum_EveryMemberButNoNull_ReportsNull()
        => AssertAsync("""
                public static int Expression(SparkAdsError? error) => error [|switch|]
                {
                    SparkAdsError.Unknown or SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo => 2,
                };

                public static void Statement(SparkAdsError? error)
                {
                    {|#1:switch|} (error)
                    {
                        case SparkAdsError.AuthCodeExpired: case SparkAdsError.VideoDeleted: Log(1); break;
                        case SparkAdsError.VideoUnavailable: case SparkAdsError.NotPublicVideo: Log(2); break;
                    }
                }
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("null")),
            ExpectedDiagnostic.At(1, Spark001, NotHandle("null")));

    [Fact]
    public Task NullableEnum_NullCaseOrDiscard_IsComplete()
        => AssertAsync("""
                public static int Expression(SparkAdsError? error) => error switch
                {
                    null => 0,
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo => 2,
                    SparkAdsError.Unknown => 3,
                };

                public static void Statement(SparkAdsError? error)
                {
                    switch (error)
                    {
                        case null: Log(0); break;
                        case SparkAdsError.AuthCodeExpired: case SparkAdsError.VideoDeleted: Log(1); break;
                        case SparkAdsError.VideoUnavailable: case SparkAdsError.NotPublicVideo: Log(2); break;
                    }
                }

            """);

    [Fact]
    public Task NullableEnum_NullReachingAThrowingDiscard_IsUnhandled()
        => AssertAsync("""
                public static int WithThrowingDiscard(SparkAdsError? error) => error [|switch|]
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo => 2,
                    _ => throw new ArgumentException("unexpected"),
                };
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("null")));

    [Fact]
    public Task NullableEnum_TypePatternCatchAll_StillOwesNull()
        => AssertAsync("""
                public static int Handle(SparkAdsError? error) => error [|switch|]
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => 1,
                    SparkAdsError e => 2 + (int)e,
                };
            """,
            ExpectedDiagnostic.At(0, Spark001, NotHandle("null")));

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
            new SwitchCoverageAnalyzer(),
            Wrap("""
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
            new SwitchCoverageAnalyzer(),
            Wrap("""
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
            new SwitchCoverageAnalyzer(),
            Wrap(Complete),
            code => AnalyzerTestCatalog.Project(code).WithCatalog("/team/more-errors.csv", TeamRow),
            ExpectedDiagnostic.At(0, Spark001, NotHandle("spark_quota_exceeded (4090)")));
    }

    [Fact]
    public async Task Diagnostic_CarriesWhatTheFixNeeds()
    {
        var code = Wrap("""
                public static void Handle(int code)
                {
                    switch (code)
                    {
                        case SparkAdsErrorCodes.AuthCodeExpired: Log(1); break;
                    }
                }
            """);

        var diagnostics = await AnalyzerTestCatalog.Project(code).GetAnalyzerDiagnosticsAsync(new SwitchCoverageAnalyzer());

        var properties = AnalyzerTestCatalog.Properties(diagnostics);
        Assert.Equal(
            [
                "Code.video_deleted=4002",
                "Code.video_unavailable=4002",
                "Error.video_deleted=Choose another post.",
                "Error.video_unavailable=Select another post.",
                "Member.video_deleted=VideoDeleted",
                "Member.video_unavailable=VideoUnavailable",
                "MissingKeys=video_deleted;video_unavailable",
                "Namespace=SparkAds",
                "SwitchKind=Code",
            ],
            System.Linq.Enumerable.OrderBy(System.Linq.Enumerable.Select(properties, p => p.Key + "=" + p.Value), s => s, System.StringComparer.Ordinal));
    }
}
