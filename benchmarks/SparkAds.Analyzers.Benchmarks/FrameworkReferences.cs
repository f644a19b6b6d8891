using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// Metadata references for the benchmarks' in-memory consumers: the running framework's, with nothing to resolve (the
/// tests compile against the targeting pack Microsoft.CodeAnalysis.Testing resolves, TestReferences).
/// </summary>
public static class FrameworkReferences
{
    /// <summary>The running framework's assemblies (net10.0), as a consumer of that framework compiles against.</summary>
    public static ImmutableArray<MetadataReference> Running { get; } =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(static path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                                  || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
            .Select(static path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
}
