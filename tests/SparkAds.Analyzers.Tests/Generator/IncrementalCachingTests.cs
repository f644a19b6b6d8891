using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>Two-run checks of the incremental pipeline: what an edit re-runs, and what it leaves cached.</summary>
public sealed class IncrementalCachingTests
{
    private const string TeamCatalogPath = "/src/team-errors.csv";
    private const string TeamCatalog = "notes,key,code,message,remedy,retryable:bool\nA note.,team_error,777,Team message.,Team remedy.,true\n";

    private static readonly string[] TrackedSteps =
    [
        TrackingNames.CatalogFiles,
        TrackingNames.ParsedCatalogs,
        TrackingNames.MergedCatalog,
        TrackingNames.Settings,
        TrackingNames.Target,
        TrackingNames.EmitInput,
        TrackingNames.FaultInput,
        TrackingNames.Plan,
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

        Assert.All(SourceOutputs(second), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void EditingATeamCatalog_ReparsesOnlyThatCatalogAndRegenerates()
    {
        var project = TestProject.Create().WithCatalog(TeamCatalogPath, TeamCatalog).WithSource("class A { }");
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);

        var team = project.AdditionalFiles.Single(f => f.Path == TeamCatalogPath);
        var editedTeam = new TestAdditionalText(TeamCatalogPath, TeamCatalog + ",team_error_two,,Second.,Remedy two.,\n");
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
        var second = RunEdited(TeamCatalog.Replace("\nA note.", "\n\nA note.", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], Outputs(second, TrackingNames.ParsedCatalogs));
        Assert.All(Outputs(second, TrackingNames.EmitInput), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"EmitInput was {reason} though only a row's position changed."));
    }

    [Fact]
    public void EditingACellOfAColumnWithoutAType_ReparsesTheCatalog_AndLeavesTheEmitterCached()
    {
        var second = RunEdited(TeamCatalog.Replace("A note.", "\"A longer note, \"\"rewritten\"\".\"", System.StringComparison.Ordinal));

        Assert.Equal([IncrementalStepRunReason.Modified], Outputs(second, TrackingNames.ParsedCatalogs));
        Assert.All(Outputs(second, TrackingNames.EmitInput), reason => Assert.True(
            reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
            $"EmitInput was {reason} though only a cell of a column without a type changed."));
        Assert.All(SourceOutputs(second), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"A source output was {reason}."));
    }

    [Theory]
    [InlineData("a typed column added", "owner:text", "public static string? GetOwner(this SparkAdsError error)")]
    [InlineData("a typed cell edited", "retryable:bool", "UnpackBools(\"-f\")")]
    [InlineData("a column given a type", "notes:text", "public static string? GetNotes(this SparkAdsError error)")]
    public void ATypedColumnChange_ReRunsTheEmitter(string edit, string header, string generated)
    {
        var edited = edit switch
        {
            "a typed column added" => TeamCatalog.Replace("bool\n", "bool," + header + "\n", System.StringComparison.Ordinal).Replace("true\n", "true,Ads\n", System.StringComparison.Ordinal),
            "a typed cell edited" => TeamCatalog.Replace(",true\n", ",false\n", System.StringComparison.Ordinal),
            _ => TeamCatalog.Replace("notes,", header + ",", System.StringComparison.Ordinal),
        };
        Assert.NotEqual(TeamCatalog, edited);

        var second = RunEdited(edited);

        Assert.Equal([IncrementalStepRunReason.Modified], Outputs(second, TrackingNames.EmitInput));
        Assert.Contains(generated, second.GeneratedSources.Single(s => s.HintName == "SparkAdsErrorExtensions.g.cs").SourceText.ToString(), System.StringComparison.Ordinal);
    }

    /// <summary>A run over the team catalog alone, then a second run after the catalog's text became <paramref name="edited"/>.</summary>
    private static GeneratorRunResult RunEdited(string edited)
    {
        var project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog(TeamCatalogPath, TeamCatalog);
        var compilation = project.CreateCompilation();
        var driver = project.CreateDriver().RunGenerators(compilation);
        var second = driver.ReplaceAdditionalText(project.AdditionalFiles.Single(), new TestAdditionalText(TeamCatalogPath, edited)).RunGenerators(compilation);
        return second.GetRunResult().Results.Single();
    }

    private static List<IncrementalStepRunReason> SourceOutputs(GeneratorRunResult result)
    {
        var reasons = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.NotEmpty(reasons);
        return reasons;
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
