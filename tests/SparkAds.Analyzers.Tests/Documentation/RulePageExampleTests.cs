using System.Text.RegularExpressions;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Tests.Documentation;

/// <summary>
/// The catalog rule pages show what a build prints: each page's failing example, run through the generator, reports
/// exactly the lines the page shows (file, line, column, severity, ID, message), and its passing example reports nothing.
/// A page's CSV is <c>errors.csv</c>, or the file named in backquotes before it (<c>`b.csv`:</c>); no built-in catalog.
/// A page whose passing example is prose (how to fix the row) has only its failing example checked.
/// </summary>
public sealed partial class RulePageExampleTests
{
    /// <summary>Pages whose failing example needs more than a catalog read alone: the built-in catalog, a file's encoding.</summary>
    private static readonly string[] NotRunnableAlone = ["SPARK103", "SPARK117"];

    private static readonly string[] FailingPages = [.. RulePagesWithCsvIn("Example that fails").Except(NotRunnableAlone)];

    private static readonly string[] PassingPages = [.. RulePagesWithCsvIn("Example that passes")];

    public static TheoryData<string> PagesWithAFailingCatalog => [.. FailingPages];

    public static TheoryData<string> PagesWithAPassingCatalog => [.. PassingPages];

    [Fact]
    public void EveryPageWithACatalogExample_IsChecked_ButThoseThatNeedMoreThanTheCatalog()
    {
        // A page whose example no longer matches the pattern would drop out of the theories silently: the lists are spelled out.
        Assert.Equal(
            ["SPARK101", "SPARK102", "SPARK104", "SPARK105", "SPARK106", "SPARK107", "SPARK108", "SPARK109", "SPARK111", "SPARK113", "SPARK114", "SPARK115", "SPARK116", "SPARK118", "SPARK119", "SPARK120", "SPARK121", "SPARK122", "SPARK123", "SPARK124"],
            FailingPages);
        Assert.Equal(
            ["SPARK100", "SPARK101", "SPARK102", "SPARK104", "SPARK106", "SPARK107", "SPARK108", "SPARK109", "SPARK111", "SPARK113", "SPARK114", "SPARK115", "SPARK116", "SPARK118", "SPARK119", "SPARK120", "SPARK121", "SPARK122", "SPARK123", "SPARK124"],
            PassingPages);
    }

    [Theory]
    [MemberData(nameof(PagesWithAFailingCatalog))]
    public void FailingExample_ReportsExactlyWhatThePageShows(string id)
    {
        var section = Section(id, "Example that fails");
        var expected = TextBlock().Match(section).Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(expected, Reported(section));
        Assert.Contains(expected, line => line.Contains(" " + id + ": ", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PagesWithAPassingCatalog))]
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

    /// <summary>The catalog rule pages whose section <paramref name="heading"/> holds a CSV example, in ID order.</summary>
    private static IEnumerable<string> RulePagesWithCsvIn(string heading)
        => DiagnosticDescriptors.CatalogFaults.Select(static d => d.Id).Order(StringComparer.Ordinal)
            .Where(id => Page(id).Contains("## " + heading + "\n", StringComparison.Ordinal) && CsvBlock().IsMatch(Section(id, heading)));

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
