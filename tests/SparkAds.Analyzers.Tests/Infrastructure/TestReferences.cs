using Microsoft.CodeAnalysis.Testing;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// What in-memory consumers compile against, resolved by Microsoft.CodeAnalysis.Testing (from the NuGet feed, once, into
/// its test-packages cache): the net10.0 targeting pack at the version <c>Directory.Packages.props</c> names, and
/// NETStandard.Library 2.0.3. Framework tests and direct compilations use the same references.
/// </summary>
public static class TestReferences
{
    public static ReferenceAssemblies Net10Assemblies { get; } =
        new("net10.0", new PackageIdentity("Microsoft.NETCore.App.Ref", TestPaths.NetCoreAppRefVersion), Path.Combine("ref", "net10.0"));

    public static ImmutableArray<MetadataReference> Net10 { get; } = Resolve(Net10Assemblies);

    public static ImmutableArray<MetadataReference> NetStandard20 { get; } = Resolve(ReferenceAssemblies.NetStandard.NetStandard20);

    public static ReferenceAssemblies Assemblies(TargetProfile target)
        => target == TargetProfile.NetStandard20CSharp73 ? ReferenceAssemblies.NetStandard.NetStandard20 : Net10Assemblies;

    public static ImmutableArray<MetadataReference> For(TargetProfile target)
        => target == TargetProfile.NetStandard20CSharp73 ? NetStandard20 : Net10;

    private static ImmutableArray<MetadataReference> Resolve(ReferenceAssemblies assemblies)
        => Task.Run(() => assemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).GetAwaiter().GetResult();
}
