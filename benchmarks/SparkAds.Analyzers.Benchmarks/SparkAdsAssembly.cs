using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// The generator/analyzer assembly the compiler loaded for this app (copied to analyzer/ by the project),
/// loaded once more in process. Every generator and every C# DiagnosticAnalyzer in it is found by reflection
/// (<see cref="AnalyzerAssembly"/>), so new analyzers are measured without a change here; the code fixes come from the
/// code-fix assembly copied beside it.
/// </summary>
internal static class SparkAdsAssembly
{
    private static readonly Lazy<Assembly> s_assembly = new(static () =>
        Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "analyzer", "SparkAds.Analyzers.dll")));

    public static string Location => s_assembly.Value.Location;

    public static ImmutableArray<ISourceGenerator> Generators() => AnalyzerAssembly.Generators(s_assembly.Value);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() => AnalyzerAssembly.CSharpAnalyzers(s_assembly.Value);

    /// <summary>The code fix of that name from the code-fix assembly beside it (which the project copies there too).</summary>
    public static CodeFixProvider CodeFix(string name)
    {
        _ = s_assembly.Value;
        var fixes = Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "analyzer", "SparkAds.Analyzers.CodeFixes.dll"));
        return (CodeFixProvider)Activator.CreateInstance(fixes.GetTypes().Single(t => t.Name == name))!;
    }
}
