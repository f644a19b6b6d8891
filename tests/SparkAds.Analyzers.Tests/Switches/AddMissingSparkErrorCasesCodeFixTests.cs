using Microsoft.CodeAnalysis.CodeFixes;
using static SparkAds.Analyzers.Tests.Switches.SwitchCoverageAssert;
using static SparkAds.Analyzers.Tests.Switches.AddMissingCasesAssert;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>
/// "Add missing Spark error cases" over the four-row test catalog, each test a diff (<c>-</c> before the fix only,
/// <c>+</c> after it only): exact diagnostic before, exact fixed text, compiles, no diagnostic left.
/// </summary>
public sealed class AddMissingSparkErrorCasesCodeFixTests
{
    [Fact]
    public Task EnumStatementWithoutDefault_AddsCasesWithRemediesAndBreak()
        => AssertFixAsync(
            """
                public static void Handle(SparkAdsError error)
                {
            -       {|SPARK001:switch|} (error)
            +       switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(1);
                            break;
            +           case SparkAdsError.VideoDeleted:
            +               // Choose another post.
            +               break;
            +           case SparkAdsError.VideoUnavailable:
            +               // Select another post.
            +               break;
            +           case SparkAdsError.NotPublicVideo:
            +               // Ask the creator to make the post public.
            +               break;
                    }
                }
            """,
            [Marked(NotHandle("video_deleted (4002), video_unavailable (4002) and not_public_video"))]);

    [Fact]
    public Task EnumStatementWithThrowingDefault_InsertsBeforeDefaultAndThrowsWhereBreakWouldNotCompile()
        => AssertFixAsync(
            """
                public static string Handle(SparkAdsError error)
                {
            -       {|SPARK001:switch|} (error)
            +       switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                        case SparkAdsError.VideoDeleted:
                            return "retry";
                        case SparkAdsError.VideoUnavailable:
                            return "other post";
            +           case SparkAdsError.NotPublicVideo:
            +               // Ask the creator to make the post public.
            +               throw new NotImplementedException();
                        default:
                            throw new ArgumentOutOfRangeException(nameof(error));
                    }
                }
            """,
            [Marked(NotHandle("not_public_video"))]);

    [Fact]
    public Task EnumExpressionWithDiscardValue_Spark002_CopiesTheDefaultValueBeforeTheDiscard()
        => AssertFixAsync(
            """
            -   public static string Handle(SparkAdsError error) => error {|SPARK002:switch|}
            +   public static string Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired => "expired",
                    SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => "video",
            +       // Ask the creator to make the post public.
            +       SparkAdsError.NotPublicVideo => "other",
                    _ => "other"
                };
            """,
            [Marked(OnlyByDefault("not_public_video"))]);

    [Fact]
    public Task NullableExpressionWithoutDiscard_AddsNullAndThrowingArmsAfterALastArmWithoutComma()
        => AssertFixAsync(
            """
            #pragma warning disable CS8524 // Unnamed enum values: the test is about the arms the fix appends.
            -   public static int Handle(SparkAdsError? error) => error {|SPARK001:switch|}
            +   public static int Handle(SparkAdsError? error) => error switch
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
            -       SparkAdsError.VideoUnavailable or SparkAdsError.Unknown => 2
            +       SparkAdsError.VideoUnavailable or SparkAdsError.Unknown => 2,
            +       null => throw new NotImplementedException(),
            +       // Ask the creator to make the post public.
            +       SparkAdsError.NotPublicVideo => throw new NotImplementedException(),
                };
            """,
            [Marked(NotHandle("null and not_public_video"))]);

    [Fact]
    public Task CodeSwitch_AddsOneCasePerCodeWithEveryRemedyOfThatCode()
        => AssertFixAsync(
            """
                public static void Handle(int code)
                {
            -       {|SPARK002:switch|} (code)
            +       switch (code)
                    {
                        case SparkAdsErrorCodes.AuthCodeExpired: Log(1); break;
            +           case SparkAdsErrorCodes.VideoDeleted:
            +               // video_deleted: Choose another post.
            +               // video_unavailable: Select another post.
            +               break;
                        default: Log(code); break;
                    }
                }
            """,
            [Marked(OnlyByDefault("video_deleted (4002) and video_unavailable (4002)"))]);

    [Fact]
    public Task KeySwitchWithLiterals_AddsLiteralKeys()
        => AssertFixAsync(
            """
                public static void Handle(string key)
                {
            -       {|SPARK001:switch|} (key)
            +       switch (key)
                    {
                        case "auth_code_expired": Log(1); break;
                        case "video_deleted" or "video_unavailable": Log(2); break;
            +           case "not_public_video":
            +               // Ask the creator to make the post public.
            +               break;
                    }
                }
            """,
            [Marked(NotHandle("not_public_video"))]);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public Task FixAll_FixesSeveralAndNestedSwitchesInOnePass(FixAllScope scope)
        => AssertFixAllAsync(
            scope,
            """
                public static void Handle(SparkAdsError outer, SparkAdsError inner)
                {
            -       {|SPARK001:switch|} (outer)
            +       switch (outer)
                    {
                        case SparkAdsError.AuthCodeExpired:
            -               Log(inner {|SPARK002:switch|}
            +               Log(inner switch
                            {
                                SparkAdsError.VideoDeleted => 1,
            +                   // Contact the creator to extend the authorization.
            +                   SparkAdsError.AuthCodeExpired => 0,
            +                   // Select another post.
            +                   SparkAdsError.VideoUnavailable => 0,
            +                   // Ask the creator to make the post public.
            +                   SparkAdsError.NotPublicVideo => 0,
                                _ => 0,
                            });
                            break;
                        case SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable:
                            break;
            +           case SparkAdsError.NotPublicVideo:
            +               // Ask the creator to make the post public.
            +               break;
                    }
                }

            -   public static string Key(string key) => key {|SPARK001:switch|}
            +   public static string Key(string key) => key switch
                {
                    SparkAdsErrorKeys.AuthCodeExpired or SparkAdsErrorKeys.VideoDeleted => "a",
                    SparkAdsErrorKeys.VideoUnavailable => "b",
            +       // Ask the creator to make the post public.
            +       SparkAdsErrorKeys.NotPublicVideo => throw new NotImplementedException(),
                    _ => throw new ArgumentException(key),
                };
            """,
            Marked(NotHandle("not_public_video")),
            Marked(OnlyByDefault("auth_code_expired (4025), video_unavailable (4002) and not_public_video")),
            Marked(NotHandle("not_public_video")));

    [Fact]
    public Task Spark002ForValuesOnlyARelationalArmTakes_OffersNoAction()
        => AssertNoActionAsync(
            """
                public static int Handle(int code) => code [|switch|]
                {
                    SparkAdsErrorCodes.AuthCodeExpired => 1,
                    < 4010 => 2,
                    _ => 0,
                };
            """,
            At(0, Spark002, OnlyByDefault("video_deleted (4002) and video_unavailable (4002)")));
}
