using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Message argument and properties of SPARK001/SPARK002 reports against one catalog, built once per distinct
/// <see cref="SwitchCoverage"/> in a compilation. Switches in one code base tend to miss the same errors, and the
/// properties (a remedy, member and code per error to name) are the costly part of a report. Lookups use the
/// caller's rented coverage and allocate nothing; a new entry keeps a frozen copy.
/// </summary>
internal sealed class SwitchReportCache
{
    // Values are a class, not a tuple: a dictionary over reference types shares the code the compiler's own
    // dictionaries already jitted; a value-type instantiation would be jitted for us in every build.
    private readonly ConcurrentDictionary<SwitchCoverage, Report> _reports = new();
    private readonly SparkCatalog _spark;

    public SwitchReportCache(SparkCatalog spark) => _spark = spark;

    /// <summary>SPARK001 when <paramref name="coverage"/> leaves values unhandled, else SPARK002.</summary>
    public Diagnostic Create(Location location, SwitchCoverage coverage)
    {
        var descriptor = coverage.HasUnhandled ? DiagnosticDescriptors.UnhandledErrorsWithoutFallback : DiagnosticDescriptors.ErrorsHandledOnlyByFallback;
        if (!_reports.TryGetValue(coverage, out var report))
        {
            var catalog = _spark.Catalog;
            var named = coverage.Named(catalog, out var namedNull);
            var toName = coverage.ToName(catalog, out var toNameNull);
            report = _reports.GetOrAdd(
                coverage.Freeze(),
                new Report(MissingErrorList.Describe(named, namedNull), MissingErrorList.Properties(coverage.Kind, _spark.Symbols.Namespace, toName, toNameNull)));
        }

        return Diagnostic.Create(descriptor, location, report.Properties, report.Message);
    }

    private sealed class Report(string message, ImmutableDictionary<string, string?> properties)
    {
        public string Message { get; } = message;

        public ImmutableDictionary<string, string?> Properties { get; } = properties;
    }
}
