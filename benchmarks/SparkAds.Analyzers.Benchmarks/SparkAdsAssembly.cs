using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// The generator/analyzer assembly the compiler loaded for this app (copied to analyzer/ by the project),
/// loaded once more in process. Every generator and every C# DiagnosticAnalyzer in it is found by reflection,
/// so new analyzers are measured without a change here.
/// </summary>
internal static class SparkAdsAssembly
{
    private static readonly Lazy<Assembly> s_assembly = new(static () =>
        Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, "analyzer", "SparkAds.Analyzers.dll")));

    public static string Location => s_assembly.Value.Location;

    public static ImmutableArray<ISourceGenerator> Generators()
        => [.. LoadableTypes(s_assembly.Value)
            .Where(static t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.IsDefined(typeof(GeneratorAttribute), inherit: false))
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .Select(static t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())];

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() => CSharpAnalyzersIn(s_assembly.Value);

    /// <summary>Every analyzer of <paramref name="assembly"/> for C# (the attribute names the language).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CSharpAnalyzersIn(Assembly assembly)
        => [.. LoadableTypes(assembly)
            .Where(static t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(static t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(static a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .Select(static t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    private static Type[] LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            return [.. exception.Types.Where(static t => t is not null).Cast<Type>()];
        }
    }
}
