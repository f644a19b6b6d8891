using static SparkAds.Analyzers.Tests.Switches.SwitchCoverageAssert;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>SPARK001 / SPARK002 over switches on <c>SparkAdsError</c> and <c>SparkAdsError?</c>, four-row test catalog (<see cref="AnalyzerTestCatalog"/>).</summary>
public sealed class SwitchCoverageTests
{
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
                    {|SPARK001:switch|} (error)
                    {
                        case SparkAdsError.AuthCodeExpired: Log(1); break;
                        case SparkAdsError.VideoDeleted: Log(2); break;
                    }
                }
            """,
            Marked(NotHandle("video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumStatement_StackedLabelsAndCastConstants_CountAsHandled()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                        case (SparkAdsError)1913881662: // VideoDeleted's value
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
                    {|SPARK002:switch|} (error)
                    {
                        case SparkAdsError.AuthCodeExpired: Log(1); break;
                        default: Log(error); break;
                    }
                }
            """,
            Marked(OnlyByDefault("video_deleted (4002), video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumStatement_DefaultThatOnlyThrows_ReportsSpark001()
        => AssertAsync("""
                public static void Handle(SparkAdsError error)
                {
                    {|SPARK001:switch|} (error)
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
            Marked(NotHandle("video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumExpression_DiscardThatThrowsAndDiscardWithValue_ReportSpark001AndSpark002()
        => AssertAsync("""
                public static int Throws(SparkAdsError error) => error {|SPARK001:switch|}
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(error)),
                };

                public static int Falls(SparkAdsError error) => error {|SPARK002:switch|}
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable => 1,
                    _ => 0,
                };
            """,
            Marked(NotHandle("video_deleted (4002), video_unavailable (4002) and not_public_video")),
            Marked(OnlyByDefault("not_public_video")));

    [Fact]
    public Task EnumExpression_GuardedArm_DoesNotHandleItsError()
        => AssertAsync("""
                public static int Handle(SparkAdsError error, bool retry) => error {|SPARK001:switch|}
                {
                    SparkAdsError.AuthCodeExpired when retry => 1,
                    SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => 2,
                    SparkAdsError.NotPublicVideo => 3,
                    var other when other != SparkAdsError.Unknown => 4,
                };
            """,
            Marked(NotHandle("auth_code_expired (4025)")));

    [Fact]
    public Task EnumExpression_RelationalAndNotPatterns_HandleThroughAFallback()
        => AssertAsync("""
                public static int Handle(SparkAdsError error) => error {|SPARK002:switch|}
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    > SparkAdsError.VideoDeleted => 2,
                    not SparkAdsError.AuthCodeExpired => 3,
                };
            """,
            Marked(OnlyByDefault("video_deleted (4002), video_unavailable (4002) and not_public_video")));

    [Fact]
    public Task EnumExpression_AndPatterns_NameTheirPositiveConstants()
        => AssertAsync("""
                public static int Handle(SparkAdsError error) => error {|SPARK001:switch|}
                {
                    SparkAdsError.AuthCodeExpired and var expired => 1,
                    var deleted and SparkAdsError.VideoDeleted => 2,
                    (SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo) and not SparkAdsError.NotPublicVideo => 3,
                };
            """,
            Marked(NotHandle("not_public_video")));

    [Fact]
    public Task NullableEnum_EveryMemberButNoNull_ReportsNull()
        => AssertAsync("""
                public static int Expression(SparkAdsError? error) => error {|SPARK001:switch|}
                {
                    SparkAdsError.Unknown or SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo => 2,
                };

                public static void Statement(SparkAdsError? error)
                {
                    {|SPARK001:switch|} (error)
                    {
                        case SparkAdsError.AuthCodeExpired: case SparkAdsError.VideoDeleted: Log(1); break;
                        case SparkAdsError.VideoUnavailable: case SparkAdsError.NotPublicVideo: Log(2); break;
                    }
                }
            """,
            Marked(NotHandle("null")),
            Marked(NotHandle("null")));

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
                public static int WithThrowingDiscard(SparkAdsError? error) => error {|SPARK001:switch|}
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable or SparkAdsError.NotPublicVideo => 2,
                    _ => throw new ArgumentException("unexpected"),
                };
            """,
            Marked(NotHandle("null")));

    [Fact]
    public Task NullableEnum_TypePatternCatchAll_StillOwesNull()
        => AssertAsync("""
                public static int Handle(SparkAdsError? error) => error {|SPARK001:switch|}
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => 1,
                    SparkAdsError e => 2 + (int)e,
                };
            """,
            Marked(NotHandle("null")));
}
