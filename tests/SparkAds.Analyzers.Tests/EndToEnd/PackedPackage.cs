namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// The real nupkg, packed once per test run into a temporary local feed that every end-to-end fixture restores
/// from (each into its own isolated package folder, so no stale copy is ever used). Removed when the run ends.
/// </summary>
internal static class PackedPackage
{
    public const string Version = "1.0.0";

    private static readonly Lazy<string> s_feed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder holding <c>SparkAds.Analyzers.1.0.0.nupkg</c>.</summary>
    public static string Feed => s_feed.Value;

    public static string Path => Directory.GetFiles(Feed, "SparkAds.Analyzers.*.nupkg").Single();

    /// <summary>A NuGet.Config whose only source is <see cref="Feed"/>.</summary>
    public static string NuGetConfig => LocalPackageFeed.NuGetConfig(Feed);

    /// <summary>
    /// The project file of a net10.0 console consumer that references the packed package, nullable and implicit usings
    /// on; <paramref name="items"/> (one item a line) join the package reference in its item group.
    /// </summary>
    public static string ConsumerProject(params string[] items)
        => LocalPackageFeed.ConsumerProject(Version, ["<OutputType>Exe</OutputType>", "<ImplicitUsings>enable</ImplicitUsings>"], items);

    private static string Pack()
    {
        var feed = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sparkads-feed-" + Guid.NewGuid().ToString("N"));
        DotNetCli.RunOrFail(
            TestPaths.RepositoryRoot,
            "pack", System.IO.Path.Combine(TestPaths.RepositoryRoot, "src", "SparkAds.Analyzers.Package"),
            "-c", "Release", "-o", feed, "-nodeReuse:false", "-p:UseSharedCompilation=false");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(feed);
        return feed;
    }

    internal static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail the run over it.
        }
    }
}
