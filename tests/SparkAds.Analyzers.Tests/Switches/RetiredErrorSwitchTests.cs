using SparkAds.Analyzers.CodeFixes.Switches;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>
/// A retired catalog row (<c>status</c> <c>retired</c>) is never owed by a switch, over the enum, codes or keys, and the
/// fix never inserts it; a switch may still name it (the compiler's CS0618 is the only word on that).
/// </summary>
public sealed class RetiredErrorSwitchTests
{
    private const string Csv = """
        key,code,message,remedy,status,replaced_by
        budget_low,7001,The budget is low.,Raise the budget.,retired,budget_too_low
        budget_too_low,7002,The budget is too low.,Raise the budget more.,,
        video_deleted,4002,The video has been deleted.,Choose another post.,,
        """;

    private static TestProject Project(string code) => TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", Csv).WithSource(code);

    private static string Wrap(string body) => $$"""
        using SparkAds;

        public static class Handler
        {
        {{body}}
        }
        """;

    [Fact]
    public Task EnumSwitch_EveryActiveErrorNamed_RetiredOneLeftOut_NoDiagnostic()
        => AnalyzerTestCatalog.AssertAsync(new SwitchAnalyzer(), Wrap("""
                public static int Handle(SparkAdsError error) => error switch
                {
                    SparkAdsError.Unknown => 0,
                    SparkAdsError.BudgetTooLow => 1,
                    SparkAdsError.VideoDeleted => 2,
                };
            """), Project);

    [Fact]
    public Task CodeAndKeySwitches_RetiredCodeAndKeyLeftOut_NoDiagnostic()
        => AnalyzerTestCatalog.AssertAsync(new SwitchAnalyzer(), Wrap("""
                public static int ByCode(int code)
                {
                    switch (code)
                    {
                        case 7002: return 1;
                        case 4002: return 2;
                    }

                    return 0;
                }

                public static int ByKey(string key)
                {
                    switch (key)
                    {
                        case "budget_too_low": return 1;
                        case "video_deleted": return 2;
                    }

                    return 0;
                }
            """), Project);

    [Fact]
    public Task EnumSwitch_MissingAnActiveError_NamesOnlyTheActiveOne()
        => AnalyzerTestCatalog.AssertAsync(new SwitchAnalyzer(), Wrap("""
                public static int Handle(SparkAdsError error)
                {
                    [|switch|] (error)
                    {
                        case SparkAdsError.VideoDeleted: return 2;
                    }

                    return 0;
                }
            """), Project, ExpectedDiagnostic.At(0, "SPARK001", "This switch over Spark Ads errors does not handle budget_too_low (7002)"));

    [Fact]
    public async Task Fix_AddsTheActiveError_NeverTheRetiredOne()
    {
        var fixedText = await new CodeFixVerifier(Project(Wrap("""
                public static int Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.VideoDeleted: return 2;
                    }

                    return 0;
                }
            """)), new SwitchAnalyzer(), new AddMissingSparkErrorCasesCodeFix()).ApplyAsync(AddMissingSparkErrorCasesCodeFix.Title);

        Assert.Equal(Wrap("""
                public static int Handle(SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAdsError.VideoDeleted: return 2;
                        case SparkAdsError.BudgetTooLow:
                            // Raise the budget more.
                            break;
                    }

                    return 0;
                }
            """), fixedText);
    }
}
