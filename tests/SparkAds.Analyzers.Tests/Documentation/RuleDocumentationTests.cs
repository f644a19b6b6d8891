using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Tests.Documentation;

/// <summary>Every diagnostic the package can report is documented and release-tracked.</summary>
public sealed class RuleDocumentationTests
{
    public static TheoryData<string> RuleIds => [.. DiagnosticDescriptors.All.Select(d => d.Id)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_HasAPageThatItsHelpLinkPointsTo(string id)
    {
        var descriptor = DiagnosticDescriptors.GetById(id);
        var page = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md");

        Assert.True(File.Exists(page), $"{id} has no page at docs/rules/{id}.md.");
        Assert.Equal("https://github.com/SparkAds/SparkAds.Analyzers/blob/main/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ": ", text, StringComparison.Ordinal);
        Assert.Contains("dotnet_diagnostic." + id + ".severity", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_IsListedInTheReleaseTrackingFilesWithItsSeverity(string id)
    {
        var descriptor = DiagnosticDescriptors.GetById(id);
        var releases = string.Join('\n', Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "SparkAds.Analyzers"), "AnalyzerReleases.*.md").Select(File.ReadAllText));
        var row = releases.Split('\n').SingleOrDefault(l => l.StartsWith(id + " ", StringComparison.Ordinal));

        Assert.NotNull(row);
        Assert.Contains("| " + descriptor.Category + " | " + descriptor.DefaultSeverity + " |", row, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryReportedId_HasADescriptor()
    {
        var constants = typeof(DiagnosticIds).GetFields().Where(f => f.IsLiteral && f.Name != "HelpLinkBase").Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(StringComparer.Ordinal), DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRule_IsInTheRuleIndexOfTheReadmeAndThePackagePage(string id)
    {
        var descriptor = DiagnosticDescriptors.GetById(id);
        foreach (var (file, link) in new[]
        {
            ("README.md", "docs/rules/" + id + ".md"),
            (Path.Combine("src", "SparkAds.Analyzers.Package", "PACKAGE.md"), descriptor.HelpLinkUri),
        })
        {
            var row = File.ReadAllLines(Path.Combine(TestPaths.RepositoryRoot, file)).SingleOrDefault(l => l.StartsWith("| [" + id + "](", StringComparison.Ordinal));

            Assert.True(row is not null, $"{file} has no rule index row for {id}.");
            Assert.StartsWith($"| [{id}]({link}) | {descriptor.Title} | {descriptor.DefaultSeverity} | ", row, StringComparison.Ordinal);
        }
    }
}
