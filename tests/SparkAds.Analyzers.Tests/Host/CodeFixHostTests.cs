using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;
using SparkAds.Analyzers.CodeFixes.Switches;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Tests.Host;

/// <summary>
/// Every code fix of the package, found by reflection over the shipped assembly (so one added later is checked too),
/// on the consumer in which every analyzer reports (<see cref="CompilationLifetimeTests.Source"/>): for each diagnostic
/// it claims, it offers an action that applies without throwing, and it has a Fix All provider. The fix tests pin
/// each fix's text; this makes sure a new fix is reached at all.
/// </summary>
public sealed class CodeFixHostTests
{
    public static TheoryData<string> Fixes
        => [.. typeof(AddMissingSparkErrorCasesCodeFix).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t) && t.IsDefined(typeof(ExportCodeFixProviderAttribute)))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Fixes))]
    public async Task EveryDiagnosticAFixClaims_GetsAnActionThatApplies(string name)
    {
        var type = typeof(AddMissingSparkErrorCasesCodeFix).Assembly.GetTypes().Single(t => t.Name == name);
        var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;
        var project = TestProject.Create().WithSource(CompilationLifetimeTests.Source);
        var claimed = 0;
        Assert.NotNull(fixer.GetFixAllProvider());
        foreach (var analyzer in AnalyzerAssembly.CSharpAnalyzers(typeof(SparkAdsGenerator).Assembly).Where(a => a.SupportedDiagnostics.Any(d => fixer.FixableDiagnosticIds.Contains(d.Id))))
        {
            var (diagnostics, _, actionsFor, apply) = await new CodeFixVerifier.Test(analyzer, fixer, project, warningsAsErrors: false).AnalyzeAsync();
            foreach (var diagnostic in diagnostics.Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)))
            {
                var actions = await actionsFor(diagnostic);
                Assert.True(actions.Count > 0, $"{name} offers nothing for {ExpectedDiagnostic.Format(diagnostic)}");
                Assert.NotEqual(CompilationLifetimeTests.Source, await apply(actions[0]));
                claimed++;
            }
        }

        Assert.True(claimed > 0, $"{name} fixes none of the diagnostics of {nameof(CompilationLifetimeTests)}.{nameof(CompilationLifetimeTests.Source)}: make it report one.");
    }
}
