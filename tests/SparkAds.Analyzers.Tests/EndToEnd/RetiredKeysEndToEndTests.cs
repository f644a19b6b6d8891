using System.Text.RegularExpressions;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// A real build of a consumer whose team catalog retires one key and renames another, against the packed
/// package: it builds, the compiler's CS0618 names the replacement where the consumer uses a retired member
/// (and nowhere in generated code), old keys still parse, and the enum's JSON converter reads and writes keys.
/// (A <c>JsonSerializerContext</c> must live in a project that references the generated types: generators do not
/// see each other's output, see <see cref="Generator.JsonSerializerContextTests"/>.)
/// </summary>
[Collection(PackedConsumerGroup.Name)]
public sealed partial class RetiredKeysEndToEndTests(PackedConsumerFixture packed)
{
    private const string Catalog =
        "key,code,message,remedy,status,replaced_by\n"
        + "team_budget_too_low,7001,The budget is too low.,Raise the budget.,,\n"
        + "team_budget_low,7001,The budget is low.,Raise the budget.,retired,team_budget_too_low\n"
        + "team_legacy_failure,,A legacy failure.,Retry later.,retired,\n";

    private const string Program = """
        using System.Text.Json;
        using Retired;

        var old = SparkAdsError.TeamBudgetLow;
        Console.WriteLine("parse=" + SparkAdsErrors.TryParse("team_budget_low", out var parsed) + ":" + parsed + ":" + (parsed == old) + ":" + parsed.IsRetired());
        Console.WriteLine("legacy=" + SparkAdsErrors.TryParse("team_legacy_failure", out var legacy) + ":" + legacy.IsRetired());
        Console.WriteLine("resolve=" + SparkAdsErrors.Resolve(null, 7001) + ":" + SparkAdsErrors.Resolve("team_budget_low", 7001));
        Console.WriteLine("utf8=" + SparkAdsErrors.TryParseUtf8("team_budget_low"u8, out var utf8) + ":" + utf8);
        var notice = JsonSerializer.Deserialize<Notice>("{\"Error\":\"team_budget_low\",\"Others\":[\"team_budget_too_low\",\"from_the_future\"]}")!;
        Console.WriteLine("json=" + notice.Error + ":" + string.Join(",", notice.Others) + ":" + JsonSerializer.Serialize(notice));

        public sealed class Notice
        {
            public SparkAdsError Error { get; set; }

            public List<SparkAdsError> Others { get; set; } = new();
        }
        """;

    [Fact]
    public void TeamCatalogRetiringAndRenamingKeys_Builds_WarnsWithTheReplacement_AndOldKeysStillParse()
    {
        var directory = Path.Combine(packed.Root, "retired-consumer");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Retired.csproj"), PackedPackage.ConsumerProject("<SparkAdsCatalog Include=\"team-errors.csv\" />"));
        File.WriteAllText(Path.Combine(directory, "NuGet.Config"), PackedPackage.NuGetConfig);
        File.WriteAllText(Path.Combine(directory, "team-errors.csv"), Catalog);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);

        var (exitCode, log) = DotNetCli.Run(
            directory,
            "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false",
            "-p:RestorePackagesPath=" + Path.Combine(packed.Root, "retired-packages"));

        Assert.True(exitCode == 0, log);
        Assert.Equal(
            ["Program.cs(4,11): warning CS0618: 'SparkAdsError.TeamBudgetLow' is obsolete: 'The budget is low. Retired: use SparkAdsError.TeamBudgetTooLow (key 'team_budget_too_low') instead.'"],
            CompilerWarnings().Matches(log).Select(m => m.Groups["warning"].Value).Distinct().ToList());
        Assert.DoesNotContain("SPARK1", log, StringComparison.Ordinal);

        var output = DotNetCli.RunOrFail(directory, Path.Combine(directory, "bin", "Release", "net10.0", "Retired.dll"));
        Assert.Equal(
            [
                "parse=True:TeamBudgetLow:True:True",
                "legacy=True:True",
                "resolve=TeamBudgetTooLow:TeamBudgetLow",
                "utf8=True:TeamBudgetLow",
                "json=TeamBudgetLow:TeamBudgetTooLow,Unknown:{\"Error\":\"team_budget_low\",\"Others\":[\"team_budget_too_low\",\"unknown\"]}",
            ],
            output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0));
    }

    [GeneratedRegex(@"(?<warning>[^/\\\s]+\.cs\(\d+,\d+\): (warning|error) [A-Z]+\d+: [^\[\r\n]*?) \[")]
    private static partial Regex CompilerWarnings();
}
