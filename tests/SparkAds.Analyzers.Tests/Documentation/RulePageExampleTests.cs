using System.Text.RegularExpressions;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Tests.Documentation;

/// <summary>
/// The catalog rule pages show what a build prints: each page's failing example, run through the generator, reports
/// exactly the lines the page shows (file, line, column, severity, ID, message), and its passing example reports nothing.
/// A page's CSV is <c>errors.csv</c>, or the file named in backquotes before it (<c>`b.csv`:</c>); no built-in catalog.
/// </summary>
public sealed partial class RulePageExampleTests
{
    private static readonly string[] CheckedIds = [.. DiagnosticDescriptors.CatalogFaults.Select(d => d.Id).Where(HasRunnableExamples)];

    public static TheoryData<string> CatalogRulePages => [.. CheckedIds];

    [Fact]
    public void TheTeamColumnPages_AreAmongThoseChecked()
        => Assert.Subset(CheckedIds.ToHashSet(), new HashSet<string>(["SPARK119", "SPARK120", "SPARK121", "SPARK122", "SPARK123", "SPARK124"]));

    [Theory]
    [MemberData(nameof(CatalogRulePages))]
    public void FailingExample_ReportsExactlyWhatThePageShows(string id)
    {
        var section = Section(id, "Example that fails");
        var expected = TextBlock().Match(section).Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, Reported(section));
        Assert.Contains(expected, line => line.Contains(" " + id + ": ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CatalogRulePages))]
    public void PassingExample_ReportsNothing(string id)
        => Assert.Empty(Reported(Section(id, "Example that passes")));

    /// <summary>The generator's diagnostics for the section's CSV files, as a build prints them.</summary>
    private static string[] Reported(string section)
    {
        var project = TestProject.CreateWithoutBuiltInCatalog();
        foreach (Match file in CsvBlock().Matches(section))
        {
            var name = file.Groups[1].Success ? file.Groups[1].Value : "errors.csv";
            project = project.WithCatalog("/docs/" + name, file.Groups[2].Value);
        }

        var result = project.RunGenerator();
        Assert.Empty(result.CompilationDiagnostics);
        return [.. result.GeneratorDiagnostics.Select(d =>
        {
            var start = d.Location.GetLineSpan();
            return $"{Path.GetFileName(start.Path)}({start.StartLinePosition.Line + 1},{start.StartLinePosition.Character + 1}): {d.DefaultSeverity.ToString().ToLowerInvariant()} {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}";
        })];
    }

    /// <summary>Pages whose examples are catalogs the generator reads alone (no property, no referenced assembly, no encoding).</summary>
    private static bool HasRunnableExamples(string id)
    {
        var page = Page(id);
        return page.Contains("## Example that fails", StringComparison.Ordinal) && CsvBlock().IsMatch(Section(id, "Example that fails"))
               && CsvBlock().IsMatch(Section(id, "Example that passes")) && id is not ("SPARK100" or "SPARK112" or "SPARK117");
    }

    private static string Page(string id) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", id + ".md")).ReplaceLineEndings("\n");

    private static string Section(string id, string heading)
    {
        var page = Page(id);
        var start = page.IndexOf("## " + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"{id} has no '{heading}' section.");
        var end = page.IndexOf("\n## ", start + 3, StringComparison.Ordinal);
        return end < 0 ? page[start..] : page[start..end];
    }

    [GeneratedRegex(@"(?:`([^`\n]+\.csv)`:\n\n)?```csv\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CsvBlock();

    [GeneratedRegex(@"```text\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlock();
}
