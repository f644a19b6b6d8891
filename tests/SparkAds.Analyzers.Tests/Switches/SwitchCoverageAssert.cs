using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>What the SPARK001 / SPARK002 tests share: the IDs, their exact messages and the assertion over the four-row test catalog.</summary>
public static class SwitchCoverageAssert
{
    public const string Spark001 = "SPARK001";
    public const string Spark002 = "SPARK002";

    /// <summary>Runs <see cref="SwitchAnalyzer"/> over <paramref name="body"/> wrapped in <see cref="HandlerSource"/>.</summary>
    public static Task AssertAsync(string body, params ExpectedDiagnostic[] expected)
        => AnalyzerTestCatalog.AssertAsync(new SwitchAnalyzer(), HandlerSource.Wrap(body), expected);

    public static string NotHandle(string errors) => "This switch over Spark Ads errors does not handle " + errors;

    public static string OnlyByDefault(string errors) => "This switch over Spark Ads errors handles " + errors + " only through a fallback";
}
