namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>A one-line console consumer of the packed package, restored into its own package folder and not yet built.</summary>
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
        File.WriteAllText(Path.Combine(ConsumerDirectory, "Program.cs"), "Console.WriteLine(Consumer.SparkAdsError.Unknown);\n");
        DotNetCli.RunOrFail(ConsumerDirectory, "restore", "-nodeReuse:false", "-p:RestorePackagesPath=" + PackagesDirectory);
    }

    public string Root { get; }

    public string ConsumerDirectory { get; }

    public string PackagesDirectory { get; }

    public void Dispose() => PackedPackage.TryDelete(Root);
}
