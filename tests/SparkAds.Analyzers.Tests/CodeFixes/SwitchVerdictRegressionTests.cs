using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.CodeFixes;
using SparkAds.Analyzers.Switches;
using SparkAds.Analyzers.Tests.Analyzers;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.CodeFixes;

/// <summary>
/// The three faults of issue 11 (found by generated switches) and the fix placement rules, over the four-row test
/// catalog: the exact diagnostic before, the exact fixed text, no compiler error after, and the exact diagnostics
/// that remain (SPARK002 only for values a relational or <c>not</c> arm takes). Compiler warnings stay warnings here,
/// so switches may be non-exhaustive as written.
/// </summary>
public sealed class SwitchVerdictRegressionTests
{
    private static string Wrap(string body) => HandlerSource.Wrap(body, "using E = SparkAds.SparkAdsError;\n");

    private static string NotHandle(string errors) => "SPARK001: This switch over Spark Ads errors does not handle " + errors;

    private static string ByFallback(string errors) => "SPARK002: This switch over Spark Ads errors handles " + errors + " only through a fallback";

    [Fact]
    public Task RelationalArm_TakesItsValues_Spark002AndTheFixAddsOnlyWhatReachesTheDiscard()
        => AssertAsync(
            """
                public static string Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired => "a",
                    < SparkAdsError.NotPublicVideo => "a0",
                    _ => "d",
                };
            """,
            [ByFallback("video_deleted (4002), video_unavailable (4002) and not_public_video")],
            """
                public static string Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired => "a",
                    < SparkAdsError.NotPublicVideo => "a0",
                    // Ask the creator to make the post public.
                    SparkAdsError.NotPublicVideo => "d",
                    _ => "d",
                };
            """,
            [ByFallback("video_deleted (4002) and video_unavailable (4002)")]);

    [Fact]
    public Task NotArm_TakesItsValues_NoArmIsAddedForThem()
        => AssertAsync(
            """
                public static int Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    not SparkAdsError.VideoDeleted => 2,
                    _ => throw new InvalidOperationException(),
                };
            """,
            [NotHandle("video_deleted (4002)")],
            """
                public static int Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    not SparkAdsError.VideoDeleted => 2,
                    // Choose another post.
                    SparkAdsError.VideoDeleted => throw new NotImplementedException(),
                };
            """,
            [ByFallback("video_unavailable (4002) and not_public_video")]);

    [Fact]
    public async Task AndNotPattern_NamesItsLeftConstant_NoDiagnostic()
    {
        var code = Wrap("""
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

        Assert.Empty(await AnalyzeAsync(code));

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
                    switch (code)
                    {
                        case SparkAdsErrorCodes.VideoDeleted and not 4013:
                            Log(2);
                            break;
                    }
                }
            """,
            [NotHandle("auth_code_expired (4025)")],
            """
                public static void Handle(int code)
                {
                    switch (code)
                    {
                        case SparkAdsErrorCodes.VideoDeleted and not 4013:
                            Log(2);
                            break;
                        case SparkAdsErrorCodes.AuthCodeExpired:
                            // Contact the creator to extend the authorization.
                            break;
                    }
                }
            """,
            []);

    [Fact]
    public Task DefaultWhoseOnlyReachableStatementThrows_IsNoFallback_Spark001()
        => AssertAsync(
            """
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(1);
                            break;
                        case SparkAdsError.VideoDeleted:
                        case SparkAdsError.VideoUnavailable:
                            Log(2);
                            break;
                        default:
                            throw new InvalidOperationException();
                            break;
                    }
                }
            """,
            [NotHandle("not_public_video")],
            """
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.AuthCodeExpired:
                            Log(1);
                            break;
                        case SparkAdsError.VideoDeleted:
                        case SparkAdsError.VideoUnavailable:
                            Log(2);
                            break;
                        case SparkAdsError.NotPublicVideo:
                            // Ask the creator to make the post public.
                            break;
                        default:
                            throw new InvalidOperationException();
                            break;
                    }
                }
            """,
            []);

    [Fact]
    public Task DefaultThatLogsThenThrows_IsAFallback_Spark002()
        => AssertAsync(
            """
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        default:
                            Log(error);
                            throw new InvalidOperationException();
                        case SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable:
                            Log(1);
                            break;
                    }
                }
            """,
            [ByFallback("not_public_video")],
            """
                public static void Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        default:
                            Log(error);
                            throw new InvalidOperationException();
                        case SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable:
                            Log(1);
                            break;
                        case SparkAdsError.NotPublicVideo:
                            // Ask the creator to make the post public.
                            break;
                    }
                }
            """,
            []);

    [Fact]
    public Task GuardedCatchAll_NewArmsGoBeforeItAndAfterTheGuardedArmsThatFollowIt()
        => AssertAsync(
            """
                public static int Handle(SparkAdsError error, bool retry) => error switch
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    _ when retry => 2,
                    SparkAdsError.NotPublicVideo when !retry => 3,
                    E e => 4,
                };
            """,
            [ByFallback("video_unavailable (4002) and not_public_video")],
            """
                public static int Handle(SparkAdsError error, bool retry) => error switch
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted => 1,
                    _ when retry => 2,
                    SparkAdsError.NotPublicVideo when !retry => 3,
                    // Select another post.
                    SparkAdsError.VideoUnavailable => throw new NotImplementedException(),
                    // Ask the creator to make the post public.
                    SparkAdsError.NotPublicVideo => throw new NotImplementedException(),
                    E e => 4,
                };
            """,
            []);

    [Fact]
    public Task WhenTrue_IsNoGuard_AndTheAliasIsKept()
        => AssertAsync(
            """
                public static int Handle(SparkAdsError? error) => error switch
                {
                    E.AuthCodeExpired when true => 1,
                    E.VideoDeleted or E.VideoUnavailable => 2,
                    not null => 3,
                    _ => throw new ArgumentNullException(nameof(error)),
                };
            """,
            [NotHandle("null")],
            """
                public static int Handle(SparkAdsError? error) => error switch
                {
                    E.AuthCodeExpired when true => 1,
                    E.VideoDeleted or E.VideoUnavailable => 2,
                    null => throw new NotImplementedException(),
                    // Ask the creator to make the post public.
                    E.NotPublicVideo => throw new NotImplementedException(),
                    not null => 3,
                };
            """,
            []);

    [Fact]
    public Task CodeSwitchWithLiterals_NewArmsAreLiteralsAndAGuardedArmTakesNothing()
        => AssertAsync(
            """
                public static string Handle(int? code) => code switch
                {
                    4002 => "video",
                    4025 when code > 0 => "expired",
                    null => "none",
                };
            """,
            [NotHandle("auth_code_expired (4025)")],
            """
                public static string Handle(int? code) => code switch
                {
                    4002 => "video",
                    4025 when code > 0 => "expired",
                    null => "none",
                    // Contact the creator to extend the authorization.
                    4025 => throw new NotImplementedException(),
                };
            """,
            []);

    [Fact]
    public Task NotArmLeavesTheDiscardOnlyTheNamedValue_TheDiscardIsRemoved()
        => AssertAsync(
            """
                public static int Handle(SparkAdsError error) => error switch
                {
                    not SparkAdsError.NotPublicVideo => 1,
                    _ => 2,
                };
            """,
            [ByFallback("auth_code_expired (4025), video_deleted (4002), video_unavailable (4002) and not_public_video")],
            """
                public static int Handle(SparkAdsError error) => error switch
                {
                    not SparkAdsError.NotPublicVideo => 1,
                    // Ask the creator to make the post public.
                    SparkAdsError.NotPublicVideo => 2,
                };
            """,
            [ByFallback("auth_code_expired (4025), video_deleted (4002) and video_unavailable (4002)")]);

    /// <summary>
    /// Checks the diagnostics of <paramref name="before"/>; when <paramref name="after"/> is given, applies the fix to
    /// the first diagnostic, checks the exact text, that it compiles, and the diagnostics left.
    /// </summary>
    private static async Task AssertAsync(string before, string[] expectedBefore, string? after, string[] expectedAfter)
    {
        var code = Wrap(before);
        using var workspace = new AdhocWorkspace();
        var document = CreateDocument(workspace, code);
        var diagnostics = await AnalyzeAsync(document);
        Assert.Equal(expectedBefore, diagnostics.Select(Format));
        if (after is null)
        {
            return;
        }

        var fixer = new AddMissingSparkErrorCasesCodeFix();
        var actions = new List<CodeAction>();
        await fixer.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostics[0], (a, _) => actions.Add(a), CancellationToken.None));
        var action = Assert.Single(actions);
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var fixedDocument = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
        var text = (await fixedDocument.GetTextAsync()).ToString();
        Assert.Equal(Wrap(after), text);

        var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExpectedDiagnostic.Format));
        Assert.Equal(expectedAfter, (await AnalyzeAsync(fixedDocument)).Select(Format));
    }

    private static string Format(Diagnostic diagnostic) => diagnostic.Id + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string code)
    {
        using var workspace = new AdhocWorkspace();
        return await AnalyzeAsync(CreateDocument(workspace, code));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        return await AnalyzerTestCatalog.Project(string.Empty).GetAnalyzerDiagnosticsAsync(compilation, new SwitchCoverageAnalyzer());
    }

    private static Document CreateDocument(AdhocWorkspace workspace, string code)
        => TestWorkspace.AddProject(workspace, AnalyzerTestCatalog.Project(code), warningsAsErrors: false);
}
