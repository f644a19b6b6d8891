using SparkAds.Analyzers.CatalogFaults;

namespace SparkAds.Analyzers.Tests.CatalogFaults;

/// <summary>
/// Who reports catalog faults, from the settings the package's props hand the compiler: the analyzer wherever it runs,
/// the generator where a command-line build runs no analyzer (Roslyn's <c>_ComputeSkipAnalyzers</c>: <c>RunAnalyzers</c>
/// when set, else <c>RunAnalyzersDuringBuild</c>), and the generator alone without the package's props. That a real
/// build hands the compiler these settings is <see cref="EndToEnd.DesignTimeBuildEndToEndTests"/>'s to show.
/// </summary>
public sealed class CatalogFaultReporterTests
{
    public static TheoryData<string?, string?, bool, bool> Table => new()
    {
        // RunAnalyzers, RunAnalyzersDuringBuild (null: not handed to the compiler), generator reports, analyzer reports
        { "", "", false, true },
        { "", "true", false, true },
        { "", "false", true, true },
        { "", "False", true, true },
        { "false", "", true, true },
        { "FALSE", "true", true, true },
        { "true", "false", false, true },
        { "true", "", false, true },
        { null, null, true, false },
        { "", null, true, false },
        { null, "", true, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Settings_DecideWhoReports(string? runAnalyzers, string? runAnalyzersDuringBuild, bool generatorReports, bool analyzerReports)
    {
        var options = TestOptionsProvider.Empty;
        if (runAnalyzers is not null)
        {
            options = options.WithGlobal(CatalogFaultReporter.RunAnalyzersProperty, runAnalyzers);
        }

        if (runAnalyzersDuringBuild is not null)
        {
            options = options.WithGlobal(CatalogFaultReporter.RunAnalyzersDuringBuildProperty, runAnalyzersDuringBuild);
        }

        Assert.Equal(generatorReports, CatalogFaultReporter.GeneratorReports(options.GlobalOptions));
        Assert.Equal(analyzerReports, CatalogFaultReporter.AnalyzerReports(options.GlobalOptions));
    }
}
