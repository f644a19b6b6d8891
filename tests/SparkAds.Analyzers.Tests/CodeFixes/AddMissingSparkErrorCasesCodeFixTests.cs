using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using SparkAds.Analyzers.CodeFixes;
using SparkAds.Analyzers.Switches;
using SparkAds.Analyzers.Tests.Analyzers;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.CodeFixes;

/// <summary>"Add missing Spark error cases" over the four-row test catalog: exact text, compiles, diagnostic gone.</summary>
public sealed class AddMissingSparkErrorCasesCodeFixTests
{
    private static CodeFixVerifier Verifier(string body)
        => new(AnalyzerTestCatalog.Project(HandlerSource.Wrap(body)), new SwitchCoverageAnalyzer(), new AddMissingSparkErrorCasesCodeFix());

    private static async Task AssertFixAsync(string before, string after)
        => Assert.Equal(HandlerSource.Wrap(after), await Verifier(before).ApplyAsync(AddMissingSparkErrorCasesCodeFix.Title));

    [Fact]
    public Task EnumStatementWithoutDefault_AddsCasesWithRemediesAndBreak()
        => AssertFixAsync(
            """
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(1);
                            break;
                    }
                }
            """,
            """
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(1);
                            break;
                        case SparkAdsError.VideoDeleted:
                            // Choose another post.
                            break;
                        case SparkAdsError.VideoUnavailable:
                            // Select another post.
                            break;
                        case SparkAdsError.NotPublicVideo:
                            // Ask the creator to make the post public.
                            break;
                    }
                }
            """);

    [Fact]
    public Task EnumStatementWithThrowingDefault_InsertsBeforeDefaultAndThrowsWhereBreakWouldNotCompile()
        => AssertFixAsync(
            """
                public static string Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                        case SparkAdsError.VideoDeleted:
                            return "retry";
                        case SparkAdsError.VideoUnavailable:
                            return "other post";
                        default:
                            throw new ArgumentOutOfRangeException(nameof(error));
                    }
                }
            """,
            """
                public static string Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                        case SparkAdsError.VideoDeleted:
                            return "retry";
                        case SparkAdsError.VideoUnavailable:
                            return "other post";
                        case SparkAdsError.NotPublicVideo:
                            // Ask the creator to make the post public.
                            throw new NotImplementedException();
                        default:
                            throw new ArgumentOutOfRangeException(nameof(error));
                    }
                }
            """);

    [Fact]
    public Task EnumExpressionWithDiscardValue_Spark002_CopiesTheDefaultValueBeforeTheDiscard()
        => AssertFixAsync(
            """
                public static string Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired => "expired",
                    SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => "video",
                    _ => "other"
                };
            """,
            """
                public static string Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired => "expired",
                    SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => "video",
                    // Ask the creator to make the post public.
                    SparkAdsError.NotPublicVideo => "other",
                    _ => "other"
                };
            """);

    [Fact]
    public Task NullableExpressionWithoutDiscard_AddsNullAndThrowingArmsAfterALastArmWithoutComma()
        => AssertFixAsync(
            """
            #pragma warning disable CS8524 // Unnamed enum values: the test is about the arms the fix appends.
                public static int Handle(SparkAdsError? error) => error switch
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable or SparkAdsError.Unknown => 2
                };
            """,
            """
            #pragma warning disable CS8524 // Unnamed enum values: the test is about the arms the fix appends.
                public static int Handle(SparkAdsError? error) => error switch
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    SparkAdsError.VideoUnavailable or SparkAdsError.Unknown => 2,
                    null => throw new NotImplementedException(),
                    // Ask the creator to make the post public.
                    SparkAdsError.NotPublicVideo => throw new NotImplementedException(),
                };
            """);

    [Fact]
    public Task CodeSwitch_AddsOneCasePerCodeWithEveryRemedyOfThatCode()
        => AssertFixAsync(
            """
                public static void Handle(int code)
                {
                    switch (code)
                    {
                        case SparkAdsErrorCodes.AuthCodeExpired: Log(1); break;
                        default: Log(code); break;
                    }
                }
            """,
            """
                public static void Handle(int code)
                {
                    switch (code)
                    {
                        case SparkAdsErrorCodes.AuthCodeExpired: Log(1); break;
                        case SparkAdsErrorCodes.VideoDeleted:
                            // video_deleted: Choose another post.
                            // video_unavailable: Select another post.
                            break;
                        default: Log(code); break;
                    }
                }
            """);

    [Fact]
    public Task KeySwitchWithLiterals_AddsLiteralKeys()
        => AssertFixAsync(
            """
                public static void Handle(string key)
                {
                    switch (key)
                    {
                        case "auth_code_expired": Log(1); break;
                        case "video_deleted" or "video_unavailable": Log(2); break;
                    }
                }
            """,
            """
                public static void Handle(string key)
                {
                    switch (key)
                    {
                        case "auth_code_expired": Log(1); break;
                        case "video_deleted" or "video_unavailable": Log(2); break;
                        case "not_public_video":
                            // Ask the creator to make the post public.
                            break;
                    }
                }
            """);

    [Theory]
    [InlineData(FixAllScope.Document)]
    [InlineData(FixAllScope.Project)]
    [InlineData(FixAllScope.Solution)]
    public async Task FixAll_FixesSeveralAndNestedSwitchesInOnePass(FixAllScope scope)
    {
        const string Before = """
                public static void Handle(SparkAdsError outer, SparkAdsError inner)
                {
                    switch (outer)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(inner switch
                            {
                                SparkAdsError.VideoDeleted => 1,
                                _ => 0,
                            });
                            break;
                        case SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable:
                            break;
                    }
                }

                public static string Key(string key) => key switch
                {
                    SparkAdsErrorKeys.AuthCodeExpired or SparkAdsErrorKeys.VideoDeleted => "a",
                    SparkAdsErrorKeys.VideoUnavailable => "b",
                    _ => throw new ArgumentException(key),
                };
            """;
        const string After = """
                public static void Handle(SparkAdsError outer, SparkAdsError inner)
                {
                    switch (outer)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(inner switch
                            {
                                SparkAdsError.VideoDeleted => 1,
                                // Contact the creator to extend the authorization.
                                SparkAdsError.AuthCodeExpired => 0,
                                // Select another post.
                                SparkAdsError.VideoUnavailable => 0,
                                // Ask the creator to make the post public.
                                SparkAdsError.NotPublicVideo => 0,
                                _ => 0,
                            });
                            break;
                        case SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable:
                            break;
                        case SparkAdsError.NotPublicVideo:
                            // Ask the creator to make the post public.
                            break;
                    }
                }

                public static string Key(string key) => key switch
                {
                    SparkAdsErrorKeys.AuthCodeExpired or SparkAdsErrorKeys.VideoDeleted => "a",
                    SparkAdsErrorKeys.VideoUnavailable => "b",
                    // Ask the creator to make the post public.
                    SparkAdsErrorKeys.NotPublicVideo => throw new NotImplementedException(),
                    _ => throw new ArgumentException(key),
                };
            """;

        Assert.Equal(HandlerSource.Wrap(After), await Verifier(Before).FixAllAsync(scope, AddMissingSparkErrorCasesCodeFix.Title));
    }
}
