using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// The message of SPARK001/SPARK002 reports against one catalog, built once per distinct <see cref="SwitchCoverage"/>
/// in a compilation: switches in one code base tend to miss the same errors. Lookups use the caller's rented coverage;
/// a new entry keeps a frozen copy.
/// </summary>
internal sealed class SwitchReportCache(CompiledCatalog catalog)
{
    private readonly ConcurrentDictionary<SwitchCoverage, string> _messages = new();

    /// <summary>SPARK001 when <paramref name="coverage"/> leaves values unhandled, else SPARK002.</summary>
    public Diagnostic Create(Location location, SwitchCoverage coverage)
    {
        var descriptor = coverage.HasUnhandled ? DiagnosticDescriptors.UnhandledErrorsWithoutFallback : DiagnosticDescriptors.ErrorsHandledOnlyByFallback;
        if (!_messages.TryGetValue(coverage, out var message))
        {
            var named = coverage.Named(out var namedNull);
            message = _messages.GetOrAdd(coverage.Freeze(), MissingErrorList.Describe(catalog.Errors, named, namedNull));
        }

        return Diagnostic.Create(descriptor, location, message);
    }
}
