using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// The real-build benchmarks' package: the nupkg packed into a local feed under a benchmark's work folder, and what a
/// consumer restored from it needs (a NuGet.Config whose only source is the feed, the package reference).
/// </summary>
internal sealed record PackedFeed(string Directory, string Version)
{
    private const string PackageId = LocalPackageFeed.PackageId;

    /// <summary>
    /// Packs the package project of this repository, or of the copy at <paramref name="repositoryRoot"/> (another
    /// version, as a baseline), into <c>work/<paramref name="name"/></c>; <paramref name="sharedCompilation"/> as
    /// <see cref="DotnetCommand.Run"/> takes it.
    /// </summary>
    public static PackedFeed Pack(string work, bool sharedCompilation, string? repositoryRoot = null, string name = "feed")
    {
        var feed = Path.Combine(work, name);
        var project = Path.Combine(repositoryRoot ?? BenchmarkEnvironment.RepositoryRoot, "src", "SparkAds.Analyzers.Package");
        DotnetCommand.Run(work, sharedCompilation, "pack", DotnetCommand.Quote(project), "-c", "Release", "-o", DotnetCommand.Quote(feed));
        var version = Path.GetFileNameWithoutExtension(System.IO.Directory.GetFiles(feed, PackageId + ".*.nupkg").Single())[(PackageId.Length + 1)..];
        return new PackedFeed(feed, version);
    }

    /// <summary>A consumer's project file that references the packed package; see <see cref="LocalPackageFeed.ConsumerProject"/>.</summary>
    public string ConsumerProject(string[] properties, params string[] items) => LocalPackageFeed.ConsumerProject(Version, properties, items);

    /// <summary>
    /// Fails unless the package in <paramref name="packagesFolder"/> (a restore's <c>RestorePackagesPath</c>) came from
    /// this feed: where the feed is only an additional source, another source holding the same id and version could win.
    /// </summary>
    public void EnsureRestoredFrom(string packagesFolder)
    {
        var metadata = Path.Combine(packagesFolder, PackageId.ToLowerInvariant(), Version.ToLowerInvariant(), ".nupkg.metadata");
        var source = File.Exists(metadata) ? RestoredSource(metadata) : null;
        if (source is null || Path.GetFullPath(source).TrimEnd('/') != Path.GetFullPath(Directory).TrimEnd('/'))
        {
            throw new InvalidOperationException($"{PackageId} {Version} was not restored from the packed feed {Directory} (source: {source ?? "none"}).");
        }
    }

    private static string? RestoredSource(string nupkgMetadata)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(nupkgMetadata));
        return metadata.RootElement.GetProperty("source").GetString();
    }

    /// <summary>Writes a NuGet.Config into <paramref name="consumer"/> whose only package source is this feed.</summary>
    public void WriteNuGetConfig(string consumer)
        => File.WriteAllText(Path.Combine(consumer, "NuGet.Config"), LocalPackageFeed.NuGetConfig(Directory));
}
