using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.CatalogFaults;

/// <summary>
/// Which of the two reports a build's catalog faults. The analyzer (<see cref="CatalogFaultAnalyzer"/>) reports them
/// wherever it runs: an IDE shows an analyzer's diagnostics in the CSV as the maintainer types, and does not show a
/// generator's there. The generator reports them where a command-line build runs no analyzer, so that the build still
/// reports each fault once.
/// <para>
/// Decided only from settings that are the same in an IDE's design-time build and in a build: the package's props make
/// <c>RunAnalyzers</c> and <c>RunAnalyzersDuringBuild</c> visible to the compiler, and this reads them with the
/// precedence of Roslyn's <c>_ComputeSkipAnalyzers</c> target (<c>RunAnalyzers</c> when set, else
/// <c>RunAnalyzersDuringBuild</c>). So what the compiler is handed never depends on the kind of build, and a design-time
/// build never makes the next build recompile. With <c>RunAnalyzersDuringBuild=false</c> and live analysis on, an IDE
/// shows both reports (documented in <c>catalog/README.md</c>). A host without the package's props (neither property)
/// gets the faults from the generator alone, so a fault is never lost.
/// </para>
/// </summary>
internal static class CatalogFaultReporter
{
    public const string RunAnalyzersProperty = "build_property.RunAnalyzers";
    public const string RunAnalyzersDuringBuildProperty = "build_property.RunAnalyzersDuringBuild";

    /// <summary>Whether the analyzer reports the faults where it runs: wherever the package's props are.</summary>
    public static bool AnalyzerReports(AnalyzerConfigOptions globalOptions) => BuildsRunAnalyzers(globalOptions) is not null;

    /// <summary>Whether the generator reports the faults: where builds run no analyzer, or without the package's props.</summary>
    public static bool GeneratorReports(AnalyzerConfigOptions globalOptions) => BuildsRunAnalyzers(globalOptions) is not true;

    /// <summary>Whether a command-line build runs analyzers; <see langword="null"/> without the package's props.</summary>
    private static bool? BuildsRunAnalyzers(AnalyzerConfigOptions globalOptions)
    {
        if (!globalOptions.TryGetValue(RunAnalyzersProperty, out var runAnalyzers)
            || !globalOptions.TryGetValue(RunAnalyzersDuringBuildProperty, out var runAnalyzersDuringBuild))
        {
            return null;
        }

        // _ComputeSkipAnalyzers: '$(RunAnalyzers)' == 'false' or ('$(RunAnalyzers)' == '' and '$(RunAnalyzersDuringBuild)' == 'false').
        return runAnalyzers.Length == 0 ? !IsFalse(runAnalyzersDuringBuild) : !IsFalse(runAnalyzers);
    }

    private static bool IsFalse(string value) => string.Equals(value, "false", StringComparison.OrdinalIgnoreCase);
}
