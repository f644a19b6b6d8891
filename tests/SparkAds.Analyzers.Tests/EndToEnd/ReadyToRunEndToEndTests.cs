using System.Collections.Immutable;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Runtime.Loader;
using System.Text.Json;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Tests.Host;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// The precompiled (ReadyToRun) analyzer sets of the package: one whole set per host, the same compilation as the
/// portable assembly; the runtime of this host takes the precompiled code (its own JIT counter is the oracle) and the
/// code behaves exactly as the IL does; and a consumer build picks the set only where it fits the compiler's host.
/// </summary>
[Collection(ReadyToRunGroup.Name)]
public sealed class ReadyToRunEndToEndTests(RestoredConsumerFixture consumer)
{
    private const string PortableFolder = "analyzers/dotnet/cs/";

    /// <summary>The hosts the package carries precompiled code for, with the PE machine a ReadyToRun image for each has
    /// (the architecture's machine XOR the OS's value, as the runtime checks it: Linux 0x7B79, Apple 0x4644).</summary>
    public static TheoryData<string, ushort> Hosts => new()
    {
        { "linux-x64", (ushort)Machine.Amd64 ^ 0x7B79 },
        { "linux-arm64", (ushort)Machine.Arm64 ^ 0x7B79 },
        { "osx-arm64", (ushort)Machine.Arm64 ^ 0x4644 },
        { "win-x64", (ushort)Machine.Amd64 },
    };

    [Fact]
    public void Package_CarriesPrecompiledSetsForExactlyTheseHosts()
    {
        using var package = ZipFile.OpenRead(PackedPackage.Path);
        var hosts = package.Entries.Where(e => e.FullName.StartsWith("readytorun/", StringComparison.Ordinal))
            .Select(e => e.FullName.Split('/')[1]).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(Hosts.Select(row => (string)row[0]).Order(StringComparer.Ordinal), hosts);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public void Package_CarriesTheWholeAnalyzerSetPrecompiledForTheHost(string host, ushort machine)
    {
        using var package = ZipFile.OpenRead(PackedPackage.Path);
        var folder = "readytorun/" + host + "/";
        var portable = Files(package, PortableFolder);
        var precompiled = Files(package, folder);

        Assert.Equal(portable.Keys.Order(StringComparer.Ordinal), precompiled.Keys.Order(StringComparer.Ordinal));
        foreach (var name in portable.Keys.Where(n => n != "SparkAds.Analyzers.dll"))
        {
            Assert.True(portable[name].AsSpan().SequenceEqual(precompiled[name]), $"{folder}{name} differs from {PortableFolder}{name}.");
        }

        using var il = new PEReader(ImmutableArray.Create(portable["SparkAds.Analyzers.dll"]));
        using var r2r = new PEReader(ImmutableArray.Create(precompiled["SparkAds.Analyzers.dll"]));
        Assert.Equal(0, il.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.NotEqual(0, r2r.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size);
        Assert.Equal(machine, (ushort)r2r.PEHeaders.CoffHeader.Machine);
        Assert.Equal(Mvid(il), Mvid(r2r));
    }

    [Fact]
    public async Task PrecompiledSet_ThisHostRunsItWithFarFewerMethodsCompiledAndTheSameResults()
    {
        var host = RuntimeInformation.RuntimeIdentifier;
        Assert.True(Hosts.Any(row => (string)row[0] == host), $"The package carries no precompiled set for this host ({host}).");
        var directory = Path.Combine(consumer.Root, "readytorun-load");
        using (var package = ZipFile.OpenRead(PackedPackage.Path))
        {
            Extract(package, PortableFolder, Path.Combine(directory, "portable"));
            Extract(package, "readytorun/" + host + "/", Path.Combine(directory, "precompiled"));
        }

        // Roslyn's own first calls are compiled before either copy runs, so that both counts are of our code alone.
        _ = await Exercise(typeof(SparkAds.Analyzers.Generator.SparkAdsGenerator).Assembly);
        var (portableMethods, portableResult) = await CountCompiledMethods(Path.Combine(directory, "portable"));
        var (precompiledMethods, precompiledResult) = await CountCompiledMethods(Path.Combine(directory, "precompiled"));

        Assert.Equal(portableResult, precompiledResult);
        Assert.True(
            precompiledMethods * 3 < portableMethods,
            $"Methods compiled at run time: {portableMethods} for the portable copy, {precompiledMethods} for the precompiled one.");
    }

    public static TheoryData<string, string> Selections => new()
    {
        { "", "readytorun/" + RuntimeInformation.RuntimeIdentifier + "/" },
        { "-p:SparkAdsReadyToRun=false", PortableFolder },
        { "-p:NETCoreSdkVersion=9.0.300", PortableFolder },
        { "-p:NETCoreSdkPortableRuntimeIdentifier=freebsd-x64", PortableFolder },
    };

    /// <summary>What the compiler is given: its command line, as a design-time build asks for it (compiler not run).</summary>
    [Theory]
    [MemberData(nameof(Selections))]
    public void ConsumerBuild_PassesThePrecompiledSetOnlyWhereItFits(string property, string expectedFolder)
    {
        string[] arguments =
        [
            "msbuild", "-t:Compile", "-getItem:CscCommandLineArgs", "-nodeReuse:false", "-p:Configuration=Release",
            "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", "-p:RestorePackagesPath=" + consumer.PackagesDirectory,
        ];
        var output = DotNetCli.RunOrFail(consumer.ConsumerDirectory, [.. arguments, .. property.Length > 0 ? [property] : Array.Empty<string>()]);

        var packageFolder = "/sparkads.analyzers/" + PackedPackage.Version + "/";
        var ours = JsonDocument.Parse(output).RootElement.GetProperty("Items").GetProperty("CscCommandLineArgs").EnumerateArray()
            .Select(item => item.GetProperty("Identity").GetString()!.Replace('\\', '/'))
            .Where(argument => argument.StartsWith("/analyzer:", StringComparison.Ordinal) && argument.Contains(packageFolder, StringComparison.Ordinal))
            .ToList();
        using var package = ZipFile.OpenRead(PackedPackage.Path);
        Assert.Equal(Files(package, PortableFolder).Count, ours.Count);
        Assert.All(ours, argument => Assert.Contains(packageFolder + expectedFolder, argument, StringComparison.Ordinal));
    }

    private static Dictionary<string, byte[]> Files(ZipArchive package, string folder)
        => package.Entries.Where(e => e.FullName.StartsWith(folder, StringComparison.Ordinal) && e.FullName.IndexOf('/', folder.Length) < 0)
            .ToDictionary(e => e.Name, e => { using var stream = e.Open(); using var copy = new MemoryStream(); stream.CopyTo(copy); return copy.ToArray(); });

    private static void Extract(ZipArchive package, string folder, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var (name, bytes) in Files(package, folder))
        {
            File.WriteAllBytes(Path.Combine(destination, name), bytes);
        }
    }

    private static Guid Mvid(PEReader reader)
    {
        var metadata = reader.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }

    /// <summary>Loads the set in <paramref name="directory"/> as the compiler does (its own load context, Roslyn shared)
    /// and counts the methods the runtime compiles while the generator and every analyzer run once.</summary>
    private static async Task<(long Methods, string Result)> CountCompiledMethods(string directory)
    {
        var context = new AnalyzerLoadContext(directory);
        var assembly = context.LoadFromAssemblyPath(Path.Combine(directory, "SparkAds.Analyzers.dll"));
        var before = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false);
        var result = await Exercise(assembly);
        return (System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: false) - before, result);
    }

    /// <summary>The generator's sources and every analyzer's diagnostics over a consumer that makes each of them report.</summary>
    private static async Task<string> Exercise(Assembly assembly)
    {
        var types = assembly.GetTypes().Where(t => t is { IsAbstract: false, IsPublic: true }).ToList();
        var generator = (IIncrementalGenerator)Activator.CreateInstance(types.Single(t => typeof(IIncrementalGenerator).IsAssignableFrom(t)))!;
        var analyzers = types.Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t)).OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!).ToArray();
        Assert.Equal(5, analyzers.Length);

        var project = TestProject.Create().WithSource(CompilationLifetimeTests.Source);
        var driver = CSharpGeneratorDriver.Create([generator.AsSourceGenerator()], project.AdditionalFiles, project.ParseOptions, project.Options);
        driver.RunGeneratorsAndUpdateCompilation(project.CreateCompilation(), out var output, out _);
        var diagnostics = await project.GetAnalyzerDiagnosticsAsync(output, analyzers);
        var sources = output.SyntaxTrees.Skip(project.Sources.Length).Select(tree => tree.ToString());
        return string.Join("\n", sources.Concat(diagnostics.Select(ExpectedDiagnostic.Format)));
    }

    /// <summary>Not collectible, as the compiler's is not: the runtime does not use precompiled code in a collectible context.</summary>
    private sealed class AnalyzerLoadContext(string directory) : AssemblyLoadContext(isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            var path = Path.Combine(directory, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
