using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;

namespace SparkAds.Analyzers.Tests.Analysis;

/// <summary>The analyzers' reading of this project's catalog files: only marked files, each call from the parses it is given.</summary>
public sealed class ProjectRemediesTests
{
    private const string Path = "/src/team.csv";

    [Fact]
    public void Remedies_FollowTheParsesOfEachCall_NothingIsCarriedOver()
    {
        var options = TestOptionsProvider.Empty.WithFile(Path, CatalogFiles.CatalogMetadata, "true");
        var first = Parse("key,message,remedy\nteam_first,First.,Fix one.\n");
        var edited = Parse("key,message,remedy\nteam_first,First.,Fix one again.\nteam_second,Second.,Fix two.\n");
        var analyzerOptions = new AnalyzerOptions([new TestAdditionalText(Path, "ignored: parses come from the driver's cache")], options);

        var before = ProjectRemedies.Read(analyzerOptions, (_, _) => first);
        var after = ProjectRemedies.Read(analyzerOptions, (_, _) => edited);

        Assert.Equal(new Dictionary<string, string> { ["team_first"] = "Fix one." }, before);
        Assert.Equal(new Dictionary<string, string> { ["team_first"] = "Fix one again.", ["team_second"] = "Fix two." }, after);
    }

    [Fact]
    public void Remedies_AnAdditionalFileThatIsNotACatalog_IsNeverRead()
    {
        var analyzerOptions = new AnalyzerOptions([new TestAdditionalText("/src/other.csv", "key,message,remedy\nx,X.,Y.\n")], TestOptionsProvider.Empty);

        Assert.Empty(ProjectRemedies.Read(analyzerOptions, (_, _) => throw new Xunit.Sdk.XunitException("a file that is not a catalog was parsed")));
    }

    private static ParsedCatalogFile Parse(string csv)
        => CatalogParser.Parse(Path, Microsoft.CodeAnalysis.Text.SourceText.From(csv), isBuiltIn: false, CancellationToken.None);
}
