using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// Real builds of a consumer whose team catalog has faults, against the packed package: each fault is reported exactly
/// once, at its CSV cell, whether the analyzer reports it (the default, as the IDE shows it live) or the generator does
/// (analyzers off, <c>-p:RunAnalyzers=false</c>): never twice, never lost.
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
    [InlineData("analyzer", new string[0])]
    [InlineData("generator", new[] { "-p:RunAnalyzers=false" })]
    public void FaultyTeamCatalog_EachFaultIsReportedOnce(string reporter, string[] properties)
    {
        var directory = Path.Combine(packed.Root, "faulty-" + reporter);
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
