using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Switches;
using SparkAds.Analyzers.Tests.Switches;
using static SparkAds.Analyzers.Tests.Switches.SwitchCoverageAssert;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// The verifiers fail where a test's expectation is off: a span, an ID, a message, a missing or unused message, an
/// undeclared compiler error (a diagnostic left after a fix: SwitchVerdictRegressionTests), and where the analyzer reports
/// in code the user opted out of. Each case is a switch the analyzer reports as SPARK001; the failures are
/// Microsoft.CodeAnalysis.Testing's (an <see cref="InvalidOperationException"/> from DefaultVerifier) except the
/// message-per-marker rule, which is ours.
/// </summary>
public sealed class VerifierStrictnessTests
{
    private const string Missing = """
            public static void Handle(SparkAdsError error)
            {
                MARK (error)
                {
                    case SparkAdsError.AuthCodeExpired: Log(1); break;
                    case SparkAdsError.VideoDeleted: Log(2); break;
                }
            }
        """;

    private static readonly string Message = NotHandle("video_unavailable (4002) and not_public_video");

    private static Task VerifyAsync(string mark, params ExpectedDiagnostic[] expected)
        => AnalyzerTestCatalog.AssertAsync(new SwitchAnalyzer(), HandlerSource.Wrap(Missing.Replace("MARK", mark, StringComparison.Ordinal)), expected);

    [Fact]
    public Task MarkupWithItsMessage_Passes() => VerifyAsync("{|SPARK001:switch|}", Marked(Message));

    [Fact]
    public Task MarkupAndLocatedExpectations_Merge()
        => AnalyzerTestCatalog.AssertAsync(
            new SwitchAnalyzer(),
            HandlerSource.Wrap("""
                public static int Throws(SparkAdsError error) => error {|SPARK001:switch|}
                {
                    SparkAdsError.AuthCodeExpired => 1,
                    _ => throw new ArgumentOutOfRangeException(nameof(error)),
                };

                public static int Falls(SparkAdsError error) => error [|switch|]
                {
                    SparkAdsError.AuthCodeExpired or SparkAdsError.VideoDeleted or SparkAdsError.VideoUnavailable => 1,
                    _ => 0,
                };
            """),
            At(0, Spark002, OnlyByDefault("not_public_video")),
            Marked(NotHandle("video_deleted (4002), video_unavailable (4002) and not_public_video")));

    [Theory]
    [InlineData("{|SPARK001:switch |}", "Expected diagnostic to end at column \"16\" was actually at column \"15\"")]
    [InlineData("s{|SPARK001:witch|}", "Expected diagnostic to start at column \"10\" was actually at column \"9\"")]
    [InlineData("{|SPARK002:switch|}", "Expected diagnostic id to be \"SPARK002\" was \"SPARK001\"")]
    public async Task WrongSpanOrId_Fails(string mark, string failure)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => VerifyAsync(mark, Marked(Message)));

        Assert.StartsWith(failure, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongMessage_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => VerifyAsync("{|SPARK001:switch|}", Marked(NotHandle("not_public_video"))));

        Assert.StartsWith($"Expected diagnostic message to be \"{NotHandle("not_public_video")}\" was \"{Message}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkedDiagnosticWithoutMessage_Throws()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => VerifyAsync("{|SPARK001:switch|}"));

        Assert.StartsWith(
            "The markup declares 1 diagnostic(s) [SPARK001 at (10,9)] but the test gives 0 ExpectedDiagnostic.Marked message(s)",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnusedMessage_Throws()
        => await Assert.ThrowsAsync<ArgumentException>(() => VerifyAsync("{|SPARK001:switch|}", Marked(Message), Marked(Message)));

    [Fact]
    public async Task UnmarkedDiagnostic_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => VerifyAsync("switch"));

        Assert.StartsWith("Mismatch between number of diagnostics returned, expected \"0\" actual \"1\"", error.Message, StringComparison.Ordinal);
    }

    private const string WithCompilerError = """
            public static void Handle(SparkAdsError error)
            {
                {|SPARK001:switch|} (error)
                {
                    case SparkAdsError.AuthCodeExpired: Log(MISSING); break;
                    case SparkAdsError.VideoDeleted: Log(2); break;
                }
            }
        """;

    private const string CS0103 = "The name 'missing' does not exist in the current context";

    private static Task VerifyCompilerErrorAsync(string missing, params ExpectedDiagnostic[] expected)
        => AnalyzerTestCatalog.AssertAsync(new SwitchAnalyzer(), HandlerSource.Wrap(WithCompilerError.Replace("MISSING", missing, StringComparison.Ordinal)), expected);

    [Fact]
    public Task ExpectedCompilerError_IsMarkedLikeAnyDiagnostic() => VerifyCompilerErrorAsync("{|CS0103:missing|}", Marked(Message), Marked(CS0103));

    [Fact]
    public async Task UndeclaredCompilerError_Fails()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => VerifyCompilerErrorAsync("missing", Marked(Message)));

        Assert.StartsWith("Mismatch between number of diagnostics returned, expected \"1\" actual \"2\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("// /src/Test0.cs(12,53): error CS0103: " + CS0103, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "in an <auto-generated> file")]
    [InlineData(true, "inside #line hidden")]
    public async Task MarkupTest_StillRunsTheOptOutVariants(bool skipsGeneratedFilesAndTypes, string variant)
    {
        var markup = Markup.Parse(HandlerSource.Wrap(Missing.Replace("MARK", "{|TEST001:switch|}", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(
            () => AnalyzerVerifier.VerifyAsync(new ReportsInGeneratedCode(skipsGeneratedFilesAndTypes), markup, AnalyzerTestCatalog.Project(markup.Code), [Marked("A switch")]));

        Assert.Contains($"Reported {variant}:\nTEST001 /src/Test0.cs(11,9)-(11,15): A switch", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DiagnosticCarryingProperties_Fails()
    {
        // A diagnostic is its ID, location and message: a fix computes what it needs (no plan travels in properties).
        var markup = Markup.Parse(HandlerSource.Wrap(Missing.Replace("MARK", "{|TEST001:switch|}", StringComparison.Ordinal)));

        var error = await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(
            () => AnalyzerVerifier.VerifyAsync(new ReportsInGeneratedCode(skipsGeneratedFilesAndTypes: true, withProperty: true), markup, AnalyzerTestCatalog.Project(markup.Code), [Marked("A switch")]));

        Assert.Contains("Assert.Empty() Failure", error.Message, StringComparison.Ordinal);
    }

#pragma warning disable RS1012, RS2008, RS1036, RS1038, RS1041 // A test-only analyzer, loaded by no compiler.
    /// <summary>
    /// Reports every switch statement, in generated code too: the verifier's generated-file variant must catch it. When
    /// it skips files that look generated (an <c>&lt;auto-generated&gt;</c> comment or a <c>GeneratedCode</c> attribute
    /// in the text), only the <c>#line hidden</c> variant can. With <paramref name="withProperty"/> each diagnostic carries
    /// a property, which the verifier must refuse.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ReportsInGeneratedCode(bool skipsGeneratedFilesAndTypes, bool withProperty = false) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Switch = new("TEST001", "Switch", "A switch", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Switch];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterSyntaxNodeAction(
                c =>
                {
                    var text = c.Node.SyntaxTree.ToString();
                    if (!skipsGeneratedFilesAndTypes || (!text.Contains("<auto-generated", StringComparison.Ordinal) && !text.Contains("GeneratedCode", StringComparison.Ordinal)))
                    {
                        c.ReportDiagnostic(Diagnostic.Create(Switch, ((SwitchStatementSyntax)c.Node).SwitchKeyword.GetLocation(), withProperty ? ImmutableDictionary<string, string?>.Empty.Add("plan", "cases") : null));
                    }
                },
                SyntaxKind.SwitchStatement);
        }
    }
#pragma warning restore RS1012, RS2008, RS1036, RS1038, RS1041
}
