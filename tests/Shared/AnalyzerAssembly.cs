using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Tests.Shared;

/// <summary>
/// The analyzers and generators of an assembly, found by reflection so that ones added later run too: the tests pass
/// the package's assembly, the benchmarks the copy the compiler loaded and Roslyn's own IDE analyzers.
/// </summary>
public static class AnalyzerAssembly
{
    /// <summary>Every C# analyzer of <paramref name="assembly"/> (its attribute names the language), in name order.</summary>
    public static ImmutableArray<DiagnosticAnalyzer> CSharpAnalyzers(Assembly assembly)
        => [.. LoadableTypes(assembly)
            .Where(static t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Where(static t => t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(static a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .Select(static t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)];

    /// <summary>Every incremental generator of <paramref name="assembly"/>, as a generator driver takes them, in name order.</summary>
    public static ImmutableArray<ISourceGenerator> Generators(Assembly assembly)
        => [.. GeneratorTypes(assembly).Select(static t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())];

    /// <summary>The types of <see cref="Generators"/>, as Microsoft.CodeAnalysis.Testing takes them.</summary>
    public static ImmutableArray<Type> GeneratorTypes(Assembly assembly)
        => [.. LoadableTypes(assembly)
            .Where(static t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t) && t.IsDefined(typeof(GeneratorAttribute), inherit: false))
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)];

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
