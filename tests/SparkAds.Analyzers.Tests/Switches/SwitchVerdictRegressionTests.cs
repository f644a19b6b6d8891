using SparkAds.Analyzers.Switches;
using static SparkAds.Analyzers.Tests.Switches.SwitchCoverageAssert;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>
/// The three faults of issue 11 (found by generated switches) and the fix placement rules, over the four-row test
/// catalog, each test a diff (<c>-</c> before the fix only, <c>+</c> after it only): the exact diagnostic before, the
/// exact fixed text, no compiler error after, one at a time equal to Fix All, and exactly the diagnostics that remain
/// (SPARK002 only for values a relational or <c>not</c> arm takes, marked on a line the two sources share). Compiler
/// warnings stay warnings here, so switches may be non-exhaustive as written.
/// </summary>
public sealed class SwitchVerdictRegressionTests
{
    private static Task AssertAsync(string diff, ExpectedDiagnostic[] before, params ExpectedDiagnostic[] remaining)
        => AddMissingCasesAssert.AssertFixAsync(diff, before, remaining, "using E = SparkAds.SparkAdsError;\n", warningsAsErrors: false);

    private const string RelationalArm = """
            public static string Handle(SparkAdsError error) => error {|SPARK002:switch|}
            {
                SparkAdsError.AuthCodeExpired => "a",
                < SparkAdsError.NotPublicVideo => "a0",
        +       // Ask the creator to make the post public.
        +       SparkAdsError.NotPublicVideo => "d",
                _ => "d",
            };
        """;

    private static readonly ExpectedDiagnostic[] RelationalArmBefore = [Marked(OnlyByDefault("video_deleted (4002), video_unavailable (4002) and not_public_video"))];

    [Fact]
    public Task RelationalArm_TakesItsValues_Spark002AndTheFixAddsOnlyWhatReachesTheDiscard()
        => AssertAsync(RelationalArm, RelationalArmBefore, Marked(OnlyByDefault("video_deleted (4002) and video_unavailable (4002)")));

    [Fact]
    public async Task RelationalArm_RemainingSpark002NotDeclared_FailsTheTest()
    {
        // The same diff with SPARK002 marked only before the fix: the one that remains is not expected.
        const string Line = "    public static string Handle(SparkAdsError error) => error {|SPARK002:switch|}";
        var diff = RelationalArm.Replace(Line, "-" + Line[1..] + "\n+" + Line[1..].Replace("{|SPARK002:switch|}", "switch", StringComparison.Ordinal), StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => AssertAsync(diff, RelationalArmBefore));

        Assert.StartsWith("Context: Diagnostics of fixed state\nMismatch between number of diagnostics returned, expected \"0\" actual \"1\"", error.Message.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("// /src/Test0.cs(9,63): info SPARK002: " + OnlyByDefault("video_deleted (4002) and video_unavailable (4002)"), error.Message, StringComparison.Ordinal);
    }

    private const string StackedGuardedLabel = """
            public static string Handle(SparkAdsError error, bool flag)
            {
                {|RULE:switch|} (error)
                {
                    case SparkAdsError.AuthCodeExpired:
                        return "a";
        +           case SparkAdsError.VideoUnavailable:
        +               // Select another post.
        +               throw new NotImplementedException();
        +           case SparkAdsError.NotPublicVideo:
        +               // Ask the creator to make the post public.
        +               throw new NotImplementedException();
                    case SparkAdsError.VideoDeleted when flag:
                    case var other:
                        CATCHALLBODY
                }
            }
        """;

    [Theory]
    [InlineData("return \"x\";", "SPARK002")]
    [InlineData("throw new InvalidOperationException();", "SPARK001")]
    public Task GuardedLabelStackedWithTheCatchAll_KeepsItsValueOutOfTheNewCases_TheFixCompiles(string catchAllBody, string id)
    {
        // The catch-all keeps video_deleted: as a fallback (SPARK002), or unhandled where it only throws (SPARK001).
        Func<string, string> message = id == "SPARK001" ? NotHandle : OnlyByDefault;
        return AssertAsync(
            StackedGuardedLabel.Replace("RULE", id, StringComparison.Ordinal).Replace("CATCHALLBODY", catchAllBody, StringComparison.Ordinal),
            [Marked(message("video_deleted (4002), video_unavailable (4002) and not_public_video"))],
            Marked(message("video_deleted (4002)")));
    }

    [Fact]
    public Task TypeLabelStackedWithTheCatchAll_LeftUnreachableByTheNewCase_IsRemovedWithIt()
        => AssertAsync(
            """
                public static int Handle(int code, bool flag)
                {
            -       {|SPARK002:switch|} (code)
            +       switch (code)
                    {
                        case SparkAdsErrorCodes.AuthCodeExpired or not 4002:
                            return 1;
            -           case object o when flag:
            -           case { }:
            -               return 2;
            +           case SparkAdsErrorCodes.VideoDeleted:
            +               // video_deleted: Choose another post.
            +               // video_unavailable: Select another post.
            +               throw new NotImplementedException();
                    }
                }
            """,
            [Marked(OnlyByDefault("video_deleted (4002) and video_unavailable (4002)"))]);

    [Fact]
    public Task GuardedNullAfterNotNull_TheNullArmGoesAfterIt()
        => AssertAsync(
            """
            -   public static int Handle(SparkAdsError? error, bool flag) => error {|SPARK001:switch|}
            +   public static int Handle(SparkAdsError? error, bool flag) => error switch
                {
                    SparkAdsError.AuthCodeExpired => 1,
            +       // Choose another post.
            +       SparkAdsError.VideoDeleted => throw new NotImplementedException(),
            +       // Select another post.
            +       SparkAdsError.VideoUnavailable => throw new NotImplementedException(),
            +       // Ask the creator to make the post public.
            +       SparkAdsError.NotPublicVideo => throw new NotImplementedException(),
                    not null => 2,
                    null when flag => 3,
            +       null => throw new NotImplementedException(),
                };
            """,
            [Marked(NotHandle("null"))]);

    [Fact]
    public Task NotArm_TakesItsValues_NoArmIsAddedForThem()
        => AssertAsync(
            """
            -   public static int Handle(SparkAdsError error) => error {|SPARK001:switch|}
            +   public static int Handle(SparkAdsError error) => error {|SPARK002:switch|}
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    not SparkAdsError.VideoDeleted => 2,
            -       _ => throw new InvalidOperationException(),
            +       // Choose another post.
            +       SparkAdsError.VideoDeleted => throw new NotImplementedException(),
                };
            """,
            [Marked(NotHandle("video_deleted (4002)"))],
            Marked(OnlyByDefault("video_unavailable (4002) and not_public_video")));

    [Fact]
    public async Task AndNotPattern_NamesItsLeftConstant_NoDiagnostic()
    {
        var code = HandlerSource.Wrap("""
                public static int Codes(int code)
                {
                    switch (code)
                    {
                        case 4025: return 1;
                        case 4002 and not 4013: return 2;
                    }

                    return 0;
                }

                public static int Members(SparkAdsError error) => error switch
                {
                    SparkAdsError.Unknown or SparkAdsError.AuthCodeExpired => 1,
                    SparkAdsError.VideoUnavailable and not SparkAdsError.VideoDeleted => 2,
                    SparkAdsError.VideoDeleted or SparkAdsError.NotPublicVideo => 3,
                };
            """);

        await AnalyzerTestCatalog.AssertAsync(new SwitchAnalyzer(), code);

        // The compiler agrees that every named value is handled: only unnamed enum values are left (CS8524).
        var compilerWarnings = AnalyzerTestCatalog.Project(code).RunGenerator().OutputCompilation.GetDiagnostics().Where(d => d.Id.StartsWith("CS85", StringComparison.Ordinal)).Select(d => d.Id);
        Assert.Equal(["CS8524"], compilerWarnings);
    }

    [Fact]
    public Task AndNotPattern_WithAMissingCode_TheFixAddsOnlyThatCode()
        => AssertAsync(
            """
                public static void Handle(int code)
                {
            -       {|SPARK001:switch|} (code)
            +       switch (code)
                    {
                        case SparkAdsErrorCodes.VideoDeleted and not 4013:
                            Log(2);
                            break;
            +           case SparkAdsErrorCodes.AuthCodeExpired:
            +               // Contact the creator to extend the authorization.
            +               break;
                    }
                }
            """,
            [Marked(NotHandle("auth_code_expired (4025)"))]);

    [Fact]
    public Task DefaultWhoseOnlyReachableStatementThrows_IsNoFallback_Spark001()
        => AssertAsync(
            """
                public static void Handle(SparkAdsError error)
                {
            -       {|SPARK001:switch|} (error)
            +       switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(1);
                            break;
                        case SparkAdsError.VideoDeleted:
                        case SparkAdsError.VideoUnavailable:
                            Log(2);
                            break;
            +           case SparkAdsError.NotPublicVideo:
            +               // Ask the creator to make the post public.
            +               break;
                        default:
                            throw new InvalidOperationException();
                            break;
                    }
                }
            """,
            [Marked(NotHandle("not_public_video"))]);

    [Fact]
    public Task DefaultThatLogsThenThrows_IsAFallback_Spark002()
        => AssertAsync(
            """
                public static void Handle(SparkAdsError error)
                {
            -       {|SPARK002:switch|} (error)
            +       switch (error)
                    {
                        default:
                            Log(error);
                            throw new InvalidOperationException();
                        case SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable:
                            Log(1);
                            break;
            +           case SparkAdsError.NotPublicVideo:
            +               // Ask the creator to make the post public.
            +               break;
                    }
                }
            """,
            [Marked(OnlyByDefault("not_public_video"))]);

    [Fact]
    public Task GuardedCatchAll_NewArmsGoBeforeItAndAfterTheGuardedArmsThatFollowIt()
        => AssertAsync(
            """
            -   public static int Handle(SparkAdsError error, bool retry) => error {|SPARK002:switch|}
            +   public static int Handle(SparkAdsError error, bool retry) => error switch
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    _ when retry => 2,
                    SparkAdsError.NotPublicVideo when !retry => 3,
            +       // Select another post.
            +       SparkAdsError.VideoUnavailable => throw new NotImplementedException(),
            +       // Ask the creator to make the post public.
            +       SparkAdsError.NotPublicVideo => throw new NotImplementedException(),
                    E e => 4,
                };
            """,
            [Marked(OnlyByDefault("video_unavailable (4002) and not_public_video"))]);

    [Fact]
    public Task WhenTrue_IsNoGuard_AndTheAliasIsKept()
        => AssertAsync(
            """
            -   public static int Handle(SparkAdsError? error) => error {|SPARK001:switch|}
            +   public static int Handle(SparkAdsError? error) => error switch
                {
                    E.AuthCodeExpired when true => 1,
                    E.VideoDeleted or E.VideoUnavailable => 2,
            +       // Ask the creator to make the post public.
            +       E.NotPublicVideo => throw new NotImplementedException(),
                    not null => 3,
            +       null => throw new NotImplementedException(),
            -       _ => throw new ArgumentNullException(nameof(error)),
                };
            """,
            [Marked(NotHandle("null"))]);

    [Fact]
    public Task CodeSwitchWithLiterals_NewArmsAreLiteralsAndAGuardedArmTakesNothing()
        => AssertAsync(
            """
            -   public static string Handle(int? code) => code {|SPARK001:switch|}
            +   public static string Handle(int? code) => code switch
                {
                    4002 => "video",
                    4025 when code > 0 => "expired",
                    null => "none",
            +       // Contact the creator to extend the authorization.
            +       4025 => throw new NotImplementedException(),
                };
            """,
            [Marked(NotHandle("auth_code_expired (4025)"))]);

    [Fact]
    public Task NotArmLeavesTheDiscardOnlyTheNamedValue_TheDiscardIsRemoved()
        => AssertAsync(
            """
                public static int Handle(SparkAdsError error) => error {|SPARK002:switch|}
                {
                    not SparkAdsError.NotPublicVideo => 1,
            -       _ => 2,
            +       // Ask the creator to make the post public.
            +       SparkAdsError.NotPublicVideo => 2,
                };
            """,
            [Marked(OnlyByDefault("auth_code_expired (4025), video_deleted (4002), video_unavailable (4002) and not_public_video"))],
            Marked(OnlyByDefault("auth_code_expired (4025), video_deleted (4002) and video_unavailable (4002)")));
}
