using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// The packed package in a real several-project solution (<see cref="SolutionFiles"/>), built once with
/// <c>dotnet build</c> under warnings as errors: every project compiles, each app uses its library's catalog (in the
/// shared namespace, or in the library's own) and generates none, each app's switch over its library's errors gets
/// exactly one SPARK001 naming the library's team row, and nothing else is reported.
/// </summary>
public sealed partial class SolutionEndToEndTests : IClassFixture<SolutionEndToEndTests.Build>
{
    private readonly Build _build;

    public SolutionEndToEndTests(Build build) => _build = build;

    [Fact]
    public void SolutionBuild_Succeeds_WithNoCompilerOrHostDiagnostic()
    {
        Assert.True(_build.ExitCode == 0, _build.Log);
        Assert.DoesNotMatch(CompilerDiagnostic(), _build.Log);
        foreach (var id in new[] { "CS8032", "CS9057", "CS8785", "AD0001", "SPARK1" })
        {
            Assert.DoesNotContain(id, _build.Log, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SolutionBuild_EachAppSwitchOverItsLibraryErrors_HasOneSpark001NamingTheTeamRow()
    {
        var expected = AnalyzerDiagnosticsEndToEndTests.ExpectedFrom("Program.cs", _build.Read("Ads.App/Program.cs"))
            .Select(line => "Ads.App/" + line)
            .Concat(AnalyzerDiagnosticsEndToEndTests.ExpectedFrom("Program.cs", _build.Read("shared-namespace/Acme.App/Program.cs")).Select(line => "Acme.App/" + line))
            .Order(StringComparer.Ordinal);

        Assert.Equal(expected, Spark().Select(m => $"{m.Groups["project"].Value}/{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value}): {m.Groups["id"].Value}").Distinct().Order(StringComparer.Ordinal));
        Assert.All(Spark(), m => Assert.Equal(SolutionFiles.TeamRowMessage, m.Groups["message"].Value));
    }

    [Fact]
    public void SolutionBuild_EachAppUsesItsLibraryCatalog_InTheSharedNamespaceOrInTheLibrarys_AndLibrariesGenerateTheirOwn()
    {
        Assert.False(File.Exists(_build.Generated("shared-namespace/Acme.App", "SparkAdsError.g.cs")), "Acme.App generated a second SparkAdsError in the shared namespace.");
        Assert.True(File.Exists(_build.Generated("shared-namespace/Acme.Core", "SparkAdsError.g.cs")));
        Assert.False(File.Exists(_build.Generated("Ads.App", "SparkAdsError.g.cs")), "Ads.App generated a second catalog beside the one of Ads.Core.");
        Assert.Contains("namespace Ads.Core", File.ReadAllText(_build.Generated("Ads.Core", "SparkAdsError.g.cs")), StringComparison.Ordinal);
        Assert.Contains("namespace _2048.Tools", File.ReadAllText(_build.Generated("2048.Tools", "SparkAdsError.g.cs")), StringComparison.Ordinal);
        Assert.Contains("namespace My_App.Api", File.ReadAllText(_build.Generated("My-App.Api", "SparkAdsError.g.cs")), StringComparison.Ordinal);
    }

    private MatchCollection Spark() => SparkDiagnostic().Matches(_build.Log);

    /// <summary>A SPARK diagnostic of a build log: its file, line, column, ID, message and project.</summary>
    [GeneratedRegex(@"(?<file>[^/\\\s]+\.cs)\((?<line>\d+),(?<column>\d+)\): (warning|error) (?<id>SPARK\d{3}): (?<message>.+?) \(https://[^)]*\) \[[^\]]*[/\\](?<project>[^/\\]+)\.csproj")]
    internal static partial Regex SparkDiagnostic();

    [GeneratedRegex(@"(warning|error) CS\d{4}")]
    internal static partial Regex CompilerDiagnostic();

    /// <summary>Writes the solution to a temporary folder and builds it once, keeping the generated files.</summary>
    public sealed class Build : IDisposable
    {
        public Build()
        {
            foreach (var (name, content) in SolutionFiles.All())
            {
                var path = Path.Combine(Root, name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                System.IO.File.WriteAllText(path, content);
            }

            (ExitCode, Log) = DotNetCli.Run(
                Root,
                "build", "Solution.slnx", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false",
                "-p:EmitCompilerGeneratedFiles=true", "-p:RestorePackagesPath=" + Path.Combine(Root, ".packages"));
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "sparkads-solution-" + Guid.NewGuid().ToString("N"));

        public int ExitCode { get; }

        public string Log { get; }

        public string Read(string name) => System.IO.File.ReadAllText(Path.Combine(Root, name));

        public string Generated(string project, string hintName)
            => Path.Combine(Root, project, "obj", "Release", "net10.0", "generated", "SparkAds.Analyzers", "SparkAds.Analyzers.Generator.SparkAdsGenerator", hintName);

        public void Dispose() => PackedPackage.TryDelete(Root);
    }
}
