using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// Real builds of a consumer whose team catalog has faults, against the packed package: each fault is reported exactly
/// once, at its CSV cell, whether the analyzer reports it (the default, as the IDE shows it live) or the generator does
/// (analyzers off in builds: <c>RunAnalyzers=false</c>, <c>RunAnalyzersDuringBuild=false</c>), and where
/// <c>RunAnalyzers</c> overrides <c>RunAnalyzersDuringBuild</c> as the SDK's <c>_ComputeSkipAnalyzers</c> has it: never
/// twice, never lost.
/// </summary>
[Collection(PackedConsumerGroup.Name)]
public sealed partial class CatalogFaultsEndToEndTests(PackedConsumerFixture packed)
{
    private const string Catalog =
        "key,code,message,remedy\n"
        + "team_bad_code,12x,Text.,Fix.\n"
        + "team_no_message,2,,Fix.\n"
        + "video_deleted,3,Again.,Fix.\n"
        + "team_good,4,Text.,Fix.\n";

    private static readonly string[] Expected =
    [
        "team-errors.csv(2,15): error SPARK106",
        "team-errors.csv(3,19): error SPARK107",
        "team-errors.csv(4,1): error SPARK103",
    ];

    [Theory]
    [InlineData("analyzers-on", new string[0])]
    [InlineData("analyzers-off", new[] { "-p:RunAnalyzers=false" })]
    [InlineData("analyzers-off-in-builds", new[] { "-p:RunAnalyzersDuringBuild=false" })]
    [InlineData("run-analyzers-decides", new[] { "-p:RunAnalyzers=true", "-p:RunAnalyzersDuringBuild=false" })]
    public void FaultyTeamCatalog_EachFaultIsReportedOnce(string variant, string[] properties)
    {
        var directory = Path.Combine(packed.Root, "faulty-" + variant);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Faulty.csproj"), PackedPackage.ConsumerProject("<SparkAdsCatalog Include=\"team-errors.csv\" />"));
        File.WriteAllText(Path.Combine(directory, "NuGet.Config"), PackedPackage.NuGetConfig);
        File.WriteAllText(Path.Combine(directory, "team-errors.csv"), Catalog);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), "Console.WriteLine(Faulty.SparkAdsError.TeamGood);\n");
        var errors = Path.Combine(directory, "errors.log");

        var (exitCode, log) = DotNetCli.Run(
            directory,
            ["build", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false",
             "-p:RestorePackagesPath=" + Path.Combine(packed.Root, "faulty-packages"), "-flp:logfile=" + errors + ";errorsonly", .. properties]);

        Assert.True(exitCode != 0, "The catalog's errors must fail the build.\n" + log);
        var reported = Fault().Matches(File.ReadAllText(errors)).Select(m => m.Groups["fault"].Value).ToList();
        Assert.Equal(Expected, reported.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("CS", string.Join("\n", reported), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<fault>[^/\\\s]+\.csv\(\d+,\d+\): error [A-Z]+\d+):")]
    private static partial Regex Fault();
}
