using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>What the modes need: the repository, the built-in catalog and its options, the reporting floor, the machine.</summary>
internal static class BenchmarkEnvironment
{
    public static string RepositoryRoot { get; } =
        typeof(BenchmarkEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(static a => a.Key == "RepositoryRoot").Value!;

    public static string BuiltInCatalog { get; } = Path.Combine(RepositoryRoot, "catalog", "spark-ads-errors.csv");

    /// <summary>
    /// The reporting floor's analyzer assembly (budget 2's baseline), which the build copies to reporting-floor/ beside
    /// the app.
    /// </summary>
    public static string ReportingFloorPath
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "reporting-floor", BuildReport.ReportingFloorAssembly + ".dll");
            return File.Exists(path) ? path : throw new FileNotFoundException("The reporting floor's analyzer assembly is not beside the app; build the benchmarks project.", path);
        }
    }

    /// <summary>Options that mark <paramref name="path"/> as the built-in catalog, as the package's targets do.</summary>
    public static TestOptionsProvider BuiltInCatalogOptions(string path)
        => TestOptionsProvider.Empty
            .WithFile(path, "build_metadata.AdditionalFiles.SparkAdsCatalog", "true")
            .WithFile(path, "build_metadata.AdditionalFiles.SparkAdsBuiltInCatalog", "true");

    public static string Machine
        => $"{Environment.ProcessorCount} cores ({CpuModel()}), {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}";

    /// <summary>The 1-, 5- and 15-minute load averages (<c>/proc/loadavg</c>), to print beside each measurement on a shared machine.</summary>
    public static string LoadAverage
    {
        get
        {
            const string loadAverage = "/proc/loadavg";
            return File.Exists(loadAverage) ? string.Join(' ', File.ReadAllText(loadAverage).Split(' ').Take(3)) : "unknown";
        }
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo) ? File.ReadLines(cpuInfo).FirstOrDefault(static l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line is null ? "unknown CPU" : line.Substring(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
    }
}
