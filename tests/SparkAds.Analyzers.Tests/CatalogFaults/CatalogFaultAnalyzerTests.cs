using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.CatalogFaults;
using SparkAds.Analyzers.Generator;
using SparkAds.Analyzers.Tests.Catalog;
using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.CatalogFaults;

/// <summary>
/// Catalog faults live in the IDE: the analyzer of a catalog file reports the faults located in it, through the API an
/// IDE uses for an open additional file, exactly as the generator would report them; where builds run analyzers, the
/// generator reports none of them (one report per fault in a build; <see cref="CatalogFaultReporter"/>); and it reuses
/// the parse the generator made of the same file.
/// </summary>
public sealed class CatalogFaultAnalyzerTests
{
    private const string Broken = "key,code,message,remedy\nbad_code,12x,Text.,Fix.\nno_message,2,,Fix.\ngood,3,Text.,Fix.\n";

    /// <summary>Wherever analyzers run live (RunAnalyzers=false turns them off there too). Where builds run no analyzer
    /// (RunAnalyzersDuringBuild=false, unless RunAnalyzers says otherwise), the generator reports the same faults for the
    /// build, and an IDE shows both (catalog/README.md).</summary>
    [Theory]
    [InlineData("", "", false)]
    [InlineData("", "false", true)]
    [InlineData("true", "false", false)]
    public async Task BrokenCatalog_TheIdeAnalysisOfTheFile_ReportsEachFaultAtItsCell(string runAnalyzers, string runAnalyzersDuringBuild, bool generatorReportsToo)
    {
        var project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog(TeamPath, Broken).WithAnalyzerSettings(runAnalyzers, runAnalyzersDuringBuild);
        var run = project.RunGenerator();
        var file = project.AdditionalFiles.Single();

        var result = await run.OutputCompilation
            .WithAnalyzers([new CatalogFaultAnalyzer()], new AnalyzerOptions(project.AdditionalFiles, project.Options))
            .GetAnalysisResultAsync(file, CancellationToken.None);

        string[] faults =
        [
            At(2, 10, "SPARK106", "Code '12x' is not a 32-bit integer; the row is skipped"),
            At(3, 14, "SPARK107", "The 'message' field is empty; the row is skipped"),
        ];
        Assert.Equal(faults, result.GetAllDiagnostics().Select(ExpectedDiagnostic.FormatStart));
        Assert.Equal(generatorReportsToo ? faults : [], Faults(run));
    }

    [Fact]
    public async Task AnalyzerReports_TheGeneratorReportsNone_AndBothSidesReportTheSameFaults()
    {
        var generatorSide = TestProject.CreateWithoutBuiltInCatalog().WithCatalog(TeamPath, Broken).WithProperty("SparkAdsNamespace", "not a namespace");
        var analyzerSide = generatorSide.WithAnalyzerSettings();

        var fromGenerator = Faults(generatorSide.RunGenerator());
        var generatorWhenAnalyzerReports = Faults(analyzerSide.RunGenerator());
        var fromAnalyzer = (await analyzerSide.GetAnalyzerDiagnosticsAsync(new CatalogFaultAnalyzer())).Select(ExpectedDiagnostic.FormatStart);

        // SPARK110 concerns a property, not a file: the generator always reports it.
        var spark110 = fromGenerator.Where(f => f.Contains("SPARK110", StringComparison.Ordinal)).ToList();
        Assert.Single(spark110);
        Assert.Equal(spark110, generatorWhenAnalyzerReports);
        Assert.Equal(fromGenerator.Except(spark110), fromAnalyzer);
        Assert.Equal(2, fromAnalyzer.Count());
    }

    [Fact]
    public async Task WithoutThePackagesProps_TheGeneratorReports_AndTheAnalyzerReportsNothing()
    {
        var project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog(TeamPath, Broken);

        Assert.Equal(2, Faults(project.RunGenerator()).Length);
        Assert.Empty(await project.GetAnalyzerDiagnosticsAsync(new CatalogFaultAnalyzer()));
    }

    [Fact]
    public async Task FaultsOfTheMerge_AreReportedInTheFileThatHoldsTheCell()
    {
        var first = "key,message,remedy\nshared,A.,Fix.\n";
        var second = "key,message,remedy\nshared,B.,Fix.\nvideo_deleted,C.,Fix.\n";
        var project = TestProject.Create().WithCatalog("/team/a.csv", first).WithCatalog("/team/b.csv", second).WithAnalyzerSettings();
        var compilation = project.RunGenerator().OutputCompilation;
        var analysis = compilation.WithAnalyzers([new CatalogFaultAnalyzer()], new AnalyzerOptions(project.AdditionalFiles, project.Options));

        var inA = await analysis.GetAnalysisResultAsync(project.AdditionalFiles.Single(f => f.Path == "/team/a.csv"), CancellationToken.None);
        var inB = await analysis.GetAnalysisResultAsync(project.AdditionalFiles.Single(f => f.Path == "/team/b.csv"), CancellationToken.None);

        Assert.Empty(inA.GetAllDiagnostics());
        Assert.Equal(
            [
                At(2, 1, "SPARK103", "Key 'shared' is already defined at a.csv(2,1); this row is skipped", "/team/b.csv"),
                At(3, 1, "SPARK103", "Key 'video_deleted' is already defined in the built-in catalog; this row is skipped", "/team/b.csv"),
            ],
            inB.GetAllDiagnostics().Select(ExpectedDiagnostic.FormatStart));
    }

    [Fact]
    public async Task RandomCatalogs_TheAnalyzerReportsExactlyWhatTheGeneratorWould()
    {
        // Two team files from the catalog fuzzer beside the built-in catalog: parse faults in each, merge faults between them.
        var fuzzer = new CatalogFuzzer(20_261_203);
        var compared = 0;
        var faults = 0;
        for (var i = 0; i < 60; i++)
        {
            var project = TestProject.Create().WithCatalog("/team/a.csv", fuzzer.Next()).WithCatalog("/team/b.csv", fuzzer.Next());
            var expected = Faults(project.RunGenerator()).Order(StringComparer.Ordinal).ToList();
            var reporting = project.WithAnalyzerSettings();
            var actual = (await reporting.GetAnalyzerDiagnosticsAsync(reporting.RunGenerator().OutputCompilation, new CatalogFaultAnalyzer()))
                .Select(ExpectedDiagnostic.FormatStart).Order(StringComparer.Ordinal).ToList();

            Assert.True(expected.SequenceEqual(actual), $"Catalogs #{i}:\ngenerator:\n{string.Join("\n", expected)}\nanalyzer:\n{string.Join("\n", actual)}");
            compared++;
            faults += expected.Count;
        }

        Assert.True(faults > 60, $"Only {faults} faults in {compared} pairs of catalogs: the comparison proves little.");
    }

    [Fact]
    public void TheGeneratorsParse_IsTheOneTheAnalyzersGet()
    {
        var project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog(TeamPath, Broken);
        var run = project.RunGenerator().Run.Results.Single();
        var generatorParse = run.TrackedSteps[TrackingNames.ParsedCatalogs].SelectMany(s => s.Outputs).Select(o => o.Value).Single();

        var analyzerParse = ParsedCatalogFiles.Get(project.AdditionalFiles.Single(), isBuiltIn: false, CancellationToken.None);

        Assert.Same(generatorParse, analyzerParse);
        Assert.NotSame(analyzerParse, ParsedCatalogFiles.Get(new TestAdditionalText(TeamPath, Broken), isBuiltIn: false, CancellationToken.None));
    }

    [Fact]
    public async Task ReferencedAssemblyWithTheCatalog_Spark112IsReportedAtTheTeamCatalogByTheAnalyzer()
    {
        var library = TestProject.Create().WithAssemblyName("Ads.Core").WithProperty("RootNamespace", "Ads.Core").WithSource("namespace Ads.Core { public static class Marker { } }");
        var reference = library.RunGenerator().OutputCompilation.ToMetadataReference();
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.Core").WithReference(reference).WithCatalog(TeamPath, "key,message,remedy\nteam_only,T.,Fix.\n");

        var fromGenerator = Faults(app.RunGenerator());
        var fromAnalyzer = (await app.WithAnalyzerSettings().GetAnalyzerDiagnosticsAsync(new CatalogFaultAnalyzer())).Select(ExpectedDiagnostic.FormatStart).ToList();

        Assert.Single(fromGenerator);
        Assert.Contains("SPARK112", fromGenerator[0], StringComparison.Ordinal);
        Assert.Equal(fromGenerator, fromAnalyzer);
    }
}
