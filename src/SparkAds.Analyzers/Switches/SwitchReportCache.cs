using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Message argument and properties of SPARK001/SPARK002 reports against one catalog, built once per distinct
/// <see cref="SwitchCoverage"/> (the message) and <see cref="SwitchFixPlan"/> (the properties) in a compilation.
/// Switches in one code base tend to miss the same errors in the same places, and the properties (a remedy, member
/// and code per error to name) are the costly part of a report. Lookups use the caller's rented coverage; a new entry
/// keeps a frozen copy.
/// </summary>
internal sealed class SwitchReportCache(CompiledCatalog catalog, CompiledCatalogs catalogs)
{
    // Values are classes, not tuples: a dictionary over reference types shares the code the compiler's own
    // dictionaries already jitted; a value-type instantiation would be jitted for us in every build.
    private readonly ConcurrentDictionary<SwitchCoverage, Report> _reports = new();

    /// <summary>
    /// SPARK001 when <paramref name="coverage"/> leaves values unhandled, else SPARK002; <paramref name="plan"/> is
    /// where the fix puts the new arms (<see langword="null"/>: no fix).
    /// </summary>
    public Diagnostic Create(Location location, SwitchCoverage coverage, SwitchFixPlan? plan)
    {
        var descriptor = coverage.HasUnhandled ? DiagnosticDescriptors.UnhandledErrorsWithoutFallback : DiagnosticDescriptors.ErrorsHandledOnlyByFallback;
        if (!_reports.TryGetValue(coverage, out var report))
        {
            var named = coverage.Named(out var namedNull);
            report = _reports.GetOrAdd(coverage.Freeze(), new Report(MissingErrorList.Describe(catalog.Errors, named, namedNull)));
        }

        var properties = plan is null
            ? report.WithoutFix ??= Properties(coverage, plan: null)
            : report.ByPlan.TryGetValue(plan, out var known) ? known : report.ByPlan.GetOrAdd(plan, Properties(coverage, plan));
        return Diagnostic.Create(descriptor, location, properties, report.Message);
    }

    private ImmutableDictionary<string, string?> Properties(SwitchCoverage coverage, SwitchFixPlan? plan)
    {
        // The remedies (this project's CSVs) are read only for a report the fix can act on.
        if (plan is null)
        {
            return MissingErrorList.Properties(coverage.Kind, catalog.Types.Namespace, catalog.Errors, ImmutableArray<int>.Empty, includeNull: false, ImmutableDictionary<string, string>.Empty, plan);
        }

        var toName = coverage.ToName(out _).RemoveAll(index => !plan.Names(coverage, index));
        return MissingErrorList.Properties(coverage.Kind, catalog.Types.Namespace, catalog.Errors, toName, plan.NamesNull(coverage), catalogs.Remedies, plan);
    }

    private sealed class Report(string message)
    {
        public string Message { get; } = message;

        public ConcurrentDictionary<SwitchFixPlan, ImmutableDictionary<string, string?>> ByPlan { get; } = new();

        public ImmutableDictionary<string, string?>? WithoutFix { get; set; }
    }
}
