namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>A consumer of the packed package, restored into its own package folder and never built.</summary>
public sealed class RestoredConsumerFixture : IDisposable
{
    public RestoredConsumerFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "sparkads-restored-" + Guid.NewGuid().ToString("N"));
        ConsumerDirectory = Path.Combine(Root, "consumer");
        PackagesDirectory = Path.Combine(Root, "packages");
        Directory.CreateDirectory(ConsumerDirectory);
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Consumer.csproj"), PackedPackage.ConsumerProject());
        File.WriteAllText(Path.Combine(ConsumerDirectory, "NuGet.Config"), PackedPackage.NuGetConfig);
        DotNetCli.RunOrFail(ConsumerDirectory, "restore", "-nodeReuse:false", "-p:RestorePackagesPath=" + PackagesDirectory);
    }

    public string Root { get; }

    public string ConsumerDirectory { get; }

    public string PackagesDirectory { get; }

    public void Dispose() => PackedPackage.TryDelete(Root);
}
