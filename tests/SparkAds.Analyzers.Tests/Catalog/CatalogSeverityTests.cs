namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// Backs the rule pages' advice: <c>NoWarn</c> and a <c>.globalconfig</c> severity reach the compiler as the
/// compilation's specific diagnostic options, and the catalog diagnostics (located in a CSV, not in C#) obey them.
/// </summary>
public sealed class CatalogSeverityTests
{
    private const string Catalog = "key,message,remedy,kind\nteam_error,Message.,Remedy.,sytem\n";

    [Theory]
    [InlineData(ReportDiagnostic.Suppress, null)]
    [InlineData(ReportDiagnostic.Error, DiagnosticSeverity.Error)]
    [InlineData(ReportDiagnostic.Default, DiagnosticSeverity.Warning)]
    public void CatalogDiagnostic_FollowsTheCompilationsSeverityForItsId(ReportDiagnostic configured, DiagnosticSeverity? expected)
    {
        var project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/src/team.csv", Catalog);
        var compilation = project.CreateCompilation();
        compilation = compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions([new("SPARK108", configured)]));

        project.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out _, out var diagnostics);

        Assert.Equal(expected is { } severity ? [$"SPARK108 {severity}"] : [], diagnostics.Select(d => $"{d.Id} {d.Severity}"));
    }
}
