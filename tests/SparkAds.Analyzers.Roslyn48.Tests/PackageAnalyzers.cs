using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Roslyn48.Tests;

/// <summary>Every analyzer of the package, by reflection, so analyzers added later are loaded here too.</summary>
internal static class PackageAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
        typeof(SparkAdsGenerator).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
}
