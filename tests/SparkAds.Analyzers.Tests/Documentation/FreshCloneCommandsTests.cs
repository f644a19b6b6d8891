namespace SparkAds.Analyzers.Tests.Documentation;

/// <summary>
/// The two commands of a fresh clone, as the README and CONTRIBUTING.md give them: the sample script (which
/// <c>AppAndLibraryEndToEndTests</c> builds from the packed package) and the test command, which is what CI runs.
/// </summary>
public sealed class FreshCloneCommandsTests
{
    private const string SampleCommand = "bash samples/run.sh";

    [Theory]
    [InlineData("README.md")]
    [InlineData("CONTRIBUTING.md")]
    public void Page_GivesTheSampleScriptAndTheTestCommandThatCiRuns(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, page));
        var ciTestLine = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, ".ci", "run")).Single(l => l.StartsWith("dotnet test ", StringComparison.Ordinal));

        Assert.Contains(lines, l => l.StartsWith(SampleCommand, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, "samples", "run.sh")));
        var testCommand = Assert.Single(lines, l => l.StartsWith("dotnet test SparkAds.Analyzers.sln", StringComparison.Ordinal));
        var command = testCommand.Split("   #")[0].TrimEnd();
        Assert.StartsWith(command + " ", ciTestLine, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleSolution_HoldsTheLibraryAndTheAppThatTheScriptBuilds()
    {
        var samples = Path.Combine(TestPaths.RepositoryRoot, "samples");
        var solution = File.ReadAllText(Path.Combine(samples, "SparkAds.Samples.sln"));

        Assert.Contains("\"SparkAds.Sample.Library\\SparkAds.Sample.Library.csproj\"", solution, StringComparison.Ordinal);
        Assert.Contains("\"SparkAds.Sample.App\\SparkAds.Sample.App.csproj\"", solution, StringComparison.Ordinal);
        Assert.Contains("dotnet build \"$root/samples/SparkAds.Sample.App\"", File.ReadAllText(Path.Combine(samples, "run.sh")), StringComparison.Ordinal);
        Assert.Contains("<ProjectReference Include=\"..\\SparkAds.Sample.Library\\SparkAds.Sample.Library.csproj\" />", File.ReadAllText(Path.Combine(samples, "SparkAds.Sample.App", "SparkAds.Sample.App.csproj")), StringComparison.Ordinal);
    }
}
