using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>The analyzers' catalog: merged once while the driver's cached parses are unchanged, never stale after an edit.</summary>
public sealed class AnalyzerCatalogTests
{
    private const string Path = "/src/team.csv";

    [Fact]
    public void SameCachedParses_ReuseOneMerge_AnEditedCatalogIsMergedAgain()
    {
        var options = TestOptionsProvider.Empty.WithFile(Path, CatalogFiles.CatalogMetadata, "true");
        var first = Parse("key,message,remedy\nteam_first,First.,Fix.\n");
        var edited = Parse("key,message,remedy\nteam_first,First.,Fix.\nteam_second,Second.,Fix.\n");
        var analyzerOptions = new AnalyzerOptions([new TestAdditionalText(Path, "ignored: parses come from the driver's cache")], options);

        var merged = AnalyzerCatalog.Load(analyzerOptions, _ => first);
        var again = AnalyzerCatalog.Load(analyzerOptions, _ => first);
        var afterEdit = AnalyzerCatalog.Load(analyzerOptions, _ => edited);

        Assert.Same(merged, again);
        Assert.Equal(["team_first"], merged.Errors.Select(e => e.Key));
        Assert.Equal(["team_first", "team_second"], afterEdit.Errors.Select(e => e.Key));
    }

    private static ParsedCatalog Parse(string csv)
        => CatalogParser.Parse(Path, Microsoft.CodeAnalysis.Text.SourceText.From(csv), isBuiltIn: false, CancellationToken.None);
}
