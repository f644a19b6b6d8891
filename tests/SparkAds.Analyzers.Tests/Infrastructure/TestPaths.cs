using System.Reflection;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>What the build wrote into the test assembly: the repository root, the package folder and the targeting pack's version.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The Microsoft.NETCore.App.Ref version in-memory net10.0 consumers compile against (<see cref="TestReferences"/>).</summary>
    public static string NetCoreAppRefVersion { get; } = Metadata("NetCoreAppRefVersion");

    /// <summary>The NuGet package folder the test project restored from (packages downloaded for tests live there).</summary>
    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    public static string BuiltInCatalog { get; } = Path.Combine(RepositoryRoot, "catalog", "spark-ads-errors.csv");

    public static string Snapshots { get; } = Path.Combine(RepositoryRoot, "tests", "SparkAds.Analyzers.Tests", "Snapshots");

    private static string Metadata(string key)
        => typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
           ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
