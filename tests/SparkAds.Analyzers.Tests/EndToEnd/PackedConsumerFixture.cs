using System.Text;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// Restores a throw-away consumer from the packed package (<see cref="PackedPackage"/>) into an isolated
/// package folder (so no stale copy is used), builds it with <c>dotnet build</c> and runs it. Done once for
/// every test in <see cref="PackedConsumerGroup"/>; the build log and the program output are kept.
/// </summary>
public sealed class PackedConsumerFixture : IDisposable
{
    public const string PackageVersion = PackedPackage.Version;

    public PackedConsumerFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "sparkads-e2e-" + Guid.NewGuid().ToString("N"));
        var packages = Path.Combine(Root, "packages");
        ConsumerDirectory = Path.Combine(Root, "consumer");
        Directory.CreateDirectory(ConsumerDirectory);

        PackagePath = PackedPackage.Path;

        foreach (var (name, content) in ConsumerFiles.All())
        {
            var path = Path.Combine(ConsumerDirectory, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }

        var (exitCode, log) = DotNetCli.Run(
            ConsumerDirectory,
            "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            "-p:RestorePackagesPath=" + packages);
        BuildExitCode = exitCode;
        BuildLog = log;
        if (exitCode == 0)
        {
            ProgramOutput = DotNetCli.RunOrFail(ConsumerDirectory, Path.Combine(ConsumerDirectory, "bin", "Release", "net10.0", "Consumer.dll"));
        }
    }

    public string Root { get; }

    public string ConsumerDirectory { get; }

    public string PackagePath { get; }

    public int BuildExitCode { get; }

    public string BuildLog { get; }

    public string ProgramOutput { get; } = string.Empty;

    /// <summary>The program's <c>name=value</c> lines.</summary>
    public string Value(string name)
    {
        var prefix = name + "=";
        var line = ProgramOutput.Split('\n').Select(l => l.TrimEnd('\r')).SingleOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.True(line is not null, $"The consumer printed no '{name}'. Output:\n{ProgramOutput}\nBuild log:\n{BuildLog}");
        return line![prefix.Length..];
    }

    public static string Decode(string base64) => Encoding.UTF8.GetString(Convert.FromBase64String(base64));

    public void Dispose() => PackedPackage.TryDelete(Root);
}

[CollectionDefinition(Name)]
public sealed class PackedConsumerGroup : ICollectionFixture<PackedConsumerFixture>
{
    public const string Name = "Packed consumer";
}
