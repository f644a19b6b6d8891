namespace SparkAds.Analyzers.Tests.CatalogFaults;

/// <summary>
/// The settings the package's props hand the compiler for choosing who reports catalog faults, as a project has them:
/// empty where unset, as MSBuild writes them.
/// </summary>
internal static class AnalyzerSettings
{
    public static TestProject WithAnalyzerSettings(this TestProject project, string runAnalyzers = "", string runAnalyzersDuringBuild = "")
        => project.WithProperty("RunAnalyzers", runAnalyzers).WithProperty("RunAnalyzersDuringBuild", runAnalyzersDuringBuild);
}
