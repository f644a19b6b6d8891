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

    /// <summary>
    /// <paramref name="compilation"/> compiled to an image, as a build references another project (a reference assembly
    /// where <paramref name="referenceAssembly"/>: metadata only, no private members); the compiler's errors fail the test.
    /// </summary>
    public static PortableExecutableReference Image(Compilation compilation, bool referenceAssembly = false)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image, options: referenceAssembly ? new Microsoft.CodeAnalysis.Emit.EmitOptions(metadataOnly: true, includePrivateMembers: false) : null);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    private static ImmutableArray<MetadataReference> Resolve(ReferenceAssemblies assemblies)
        => Task.Run(() => assemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).GetAwaiter().GetResult();
}
