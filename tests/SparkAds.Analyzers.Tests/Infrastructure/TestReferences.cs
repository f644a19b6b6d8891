namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>Metadata references for in-memory consumers (Basic.Reference.Assemblies is not available here).</summary>
public static class TestReferences
{
    /// <summary>The running net10.0 framework's assemblies.</summary>
    public static ImmutableArray<MetadataReference> Net10 => FrameworkReferences.Running;

    /// <summary>The netstandard2.0 reference pack from the NETStandard.Library package.</summary>
    public static ImmutableArray<MetadataReference> NetStandard20 { get; } =
        Directory.GetFiles(TestPaths.NetStandardReferences, "*.dll")
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();

    public static ImmutableArray<MetadataReference> For(TargetProfile target)
        => target == TargetProfile.NetStandard20CSharp73 ? NetStandard20 : Net10;
}
