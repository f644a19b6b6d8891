using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>Two-run checks of the incremental pipeline: what an edit re-runs, and what it leaves cached.</summary>
public sealed class IncrementalCachingTests
{
    private const string TeamCatalogPath = "/src/team-errors.csv";
    private const string TeamCatalog = "key,code,message,remedy\nteam_error,777,Team message.,Team remedy.\n";

    private static readonly string[] TrackedSteps =
    [
        TrackingNames.CatalogFiles,
        TrackingNames.ParsedCatalogs,
        TrackingNames.MergedCatalog,
        TrackingNames.Settings,
        TrackingNames.Target,
        TrackingNames.EmitInput,
        TrackingNames.FaultInput,
    ];

    [Fact]
    public void EditingAnUnrelatedSourceFile_LeavesEveryStepCachedOrUnchanged()
    {
        var project = TestProject.Create().WithCatalog(TeamCatalogPath, TeamCatalog).WithSource("class A { }");
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("class A { void M() { } }", project.ParseOptions, TestProject.SourcePath));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in TrackedSteps)
        {
            Assert.All(Outputs(second, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"{step} was {reason} after an unrelated edit."));
        }

        var sourceOutputs = second.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ToList();
        Assert.NotEmpty(sourceOutputs);
        Assert.All(sourceOutputs, output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void EditingATeamCatalog_ReparsesOnlyThatCatalogAndRegenerates()
    {
        var project = TestProject.Create().WithCatalog(TeamCatalogPath, TeamCatalog).WithSource("class A { }");
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);

        var team = project.AdditionalFiles.Single(f => f.Path == TeamCatalogPath);
        var editedTeam = new TestAdditionalText(TeamCatalogPath, TeamCatalog + "team_error_two,,Second.,Remedy two.\n");
        var second = driver.ReplaceAdditionalText(team, editedTeam).RunGenerators(compilation).GetRunResult().Results.Single();

        // Which catalog each parse output belongs to: only the edited one may have been parsed again.
        var parses = second.TrackedSteps[TrackingNames.ParsedCatalogs]
            .SelectMany(s => s.Outputs)
            .Select(o => $"{System.IO.Path.GetFileName(((ParsedCatalogFile)o.Value).Path)} {o.Reason}")
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .ToList();
        Assert.Equal(["spark-ads-errors.csv Cached", "team-errors.csv Modified"], parses);
        Assert.Contains(IncrementalStepRunReason.Modified, Outputs(second, TrackingNames.EmitInput));
        Assert.Contains("TeamErrorTwo = 253848004,", second.GeneratedSources.Single(s => s.HintName == "SparkAdsError.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void MovingARowWithinTheCatalog_ChangesFaultLocationsButNotTheEmittedCodeInputs()
    {
        var project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog(TeamCatalogPath, TeamCatalog);
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);

        var team = project.AdditionalFiles.Single();
        var withBlankLine = new TestAdditionalText(TeamCatalogPath, "key,code,message,remedy\n\nteam_error,777,Team message.,Team remedy.\n");
        var second = driver.ReplaceAdditionalText(team, withBlankLine).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], Outputs(second, TrackingNames.ParsedCatalogs));
        Assert.All(Outputs(second, TrackingNames.EmitInput), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"EmitInput was {reason} though only a row's position changed."));
    }

    /// <summary>The reasons of every output of <paramref name="step"/>; a step the run did not track, or that ran with no output, fails the test (a check over nothing proves nothing).</summary>
    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step)
    {
        Assert.True(result.TrackedSteps.TryGetValue(step, out var runs), $"The step {step} was not tracked in the second run.");
        var reasons = runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList();
        Assert.True(reasons.Count > 0, $"The step {step} had no output in the second run.");
        return reasons;
    }
}
