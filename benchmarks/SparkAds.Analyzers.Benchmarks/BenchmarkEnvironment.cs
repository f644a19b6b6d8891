using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>Paths and references the in-process modes need: the repository, the built-in catalog, the framework.</summary>
internal static class BenchmarkEnvironment
{
    public static string RepositoryRoot { get; } =
        typeof(BenchmarkEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(static a => a.Key == "RepositoryRoot").Value!;

    public static string BuiltInCatalog { get; } = Path.Combine(RepositoryRoot, "catalog", "spark-ads-errors.csv");

    /// <summary>The running net10.0 framework's assemblies, as a net10.0 consumer compiles against.</summary>
    public static ImmutableArray<MetadataReference> FrameworkReferences { get; } =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(static path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                                  || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))];

    public static string Machine
        => $"{Environment.ProcessorCount} cores ({CpuModel()}), {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo) ? File.ReadLines(cpuInfo).FirstOrDefault(static l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line is null ? "unknown CPU" : line.Substring(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
    }
}
