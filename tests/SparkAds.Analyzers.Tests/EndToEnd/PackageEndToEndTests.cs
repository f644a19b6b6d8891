using System.IO.Compression;
using CsvHelper;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>The real package in a real consumer build: loads, generates, and every text survives to run time.</summary>
[Collection(PackedConsumerGroup.Name)]
public sealed class PackageEndToEndTests(PackedConsumerFixture consumer)
{
    [Fact]
    public void Package_IsTheConventionalShape_AnalyzersDotnetCsOnly_AtMost400KB()
    {
        using var package = ZipFile.OpenRead(consumer.PackagePath);
        // Besides what NuGet writes of every package (_rels/, package/, [Content_Types].xml).
        var content = package.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal);

        Assert.Equal(
            [
                "README.md",
                "SparkAds.Analyzers.nuspec",
                "analyzers/dotnet/cs/CsvHelper.dll",
                "analyzers/dotnet/cs/Microsoft.Bcl.AsyncInterfaces.dll",
                "analyzers/dotnet/cs/Microsoft.Bcl.HashCode.dll",
                "analyzers/dotnet/cs/SparkAds.Analyzers.CodeFixes.dll",
                "analyzers/dotnet/cs/SparkAds.Analyzers.dll",
                "build/SparkAds.Analyzers.props",
                "build/SparkAds.Analyzers.targets",
                "buildTransitive/SparkAds.Analyzers.props",
                "buildTransitive/SparkAds.Analyzers.targets",
                "catalog/spark-ads-errors.csv",
            ],
            content);
        var size = new FileInfo(consumer.PackagePath).Length;
        Assert.True(size <= 400 * 1024, $"The package is {size:N0} bytes, more than 400 KB.");
        var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open()).ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", nuspec, StringComparison.Ordinal);
        Assert.Contains("<repository type=\"git\"", nuspec, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependencies>", nuspec, StringComparison.Ordinal);
    }

    [Fact]
    public void ConsumerBuild_LoadsEverythingWithoutHostErrors()
    {
        Assert.True(consumer.BuildExitCode == 0, consumer.BuildLog);
        foreach (var id in new[] { "CS8032", "CS9057", "CS8785", "AD0001", "SPARK1" })
        {
            Assert.DoesNotContain(id, consumer.BuildLog, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ConsumerRun_LookupsAnswerAsTheContractSays()
    {
        Assert.Equal("VideoUnavailable,VideoDeleted", consumer.Value("FromCode(4002)"));
        Assert.Equal(string.Empty, consumer.Value("FromCode(12345)"));
        Assert.Equal("True:AuthCodeExpired", consumer.Value("TryParse(auth_code_expired)"));
        Assert.Equal("True:AuthCodeExpired", consumer.Value("TryParse(AUTH_CODE_EXPIRED,ignoreCase)"));
        Assert.Equal("False:Unknown", consumer.Value("TryParse(nope)"));
        Assert.Equal("Unknown", consumer.Value("default"));
        Assert.Equal("20", consumer.Value("count"));
    }

    [Fact]
    public void ConsumerRun_EveryBuiltInTextComesBackExactlyAsTheCatalogWritesIt()
    {
        using var reader = new CsvReader(new StreamReader(TestPaths.BuiltInCatalog), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Cast<System.Collections.Generic.IDictionary<string, object>>().ToList();

        Assert.Equal(18, rows.Count);
        foreach (var row in rows)
        {
            var fields = consumer.Value("error." + row["key"]).Split('|');
            Assert.Equal((string)row["code"], fields[1]);
            Assert.Equal((string)row["message"], PackedConsumerFixture.Decode(fields[2]));
            Assert.Equal((string)row["remedy"], PackedConsumerFixture.Decode(fields[3]));
            Assert.Equal((string)row["kind"] == "system" ? "True" : "False", fields[4]);
        }
    }

    [Fact]
    public void ConsumerRun_TeamCatalogWithBomCrlfAndQuotingComesBackByteForByte()
    {
        var quota = consumer.Value("error.team_quota_exceeded").Split('|');
        var greeting = consumer.Value("error.team_greeting_refused").Split('|');

        Assert.Equal(["TeamQuotaExceeded", "4290"], quota[..2]);
        Assert.Equal(ConsumerFiles.TeamQuotaMessage, PackedConsumerFixture.Decode(quota[2]));
        Assert.Equal(ConsumerFiles.TeamQuotaRemedy, PackedConsumerFixture.Decode(quota[3]));
        Assert.Equal("True", quota[4]);
        Assert.Equal(["TeamGreetingRefused", string.Empty], greeting[..2]);
        Assert.Equal(ConsumerFiles.TeamGreetingMessage, PackedConsumerFixture.Decode(greeting[2]));
        Assert.Equal(ConsumerFiles.TeamGreetingRemedy, PackedConsumerFixture.Decode(greeting[3]));
        Assert.Equal("False", greeting[4]);
    }
}
