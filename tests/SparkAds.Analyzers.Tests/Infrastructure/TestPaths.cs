using System.Reflection;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>Paths the build wrote into the test assembly: the repository root and the netstandard2.0 reference pack.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    public static string NetStandardReferences { get; } = Metadata("NetStandardReferences");

    /// <summary>The NuGet package folder the test project restored from (packages downloaded for tests live there).</summary>
    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    public static string BuiltInCatalog { get; } = Path.Combine(RepositoryRoot, "catalog", "spark-ads-errors.csv");

    public static string Snapshots { get; } = Path.Combine(RepositoryRoot, "tests", "SparkAds.Analyzers.Tests", "Snapshots");

    private static string Metadata(string key)
        => typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
           ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
