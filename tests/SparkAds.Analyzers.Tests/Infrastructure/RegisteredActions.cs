using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics.Telemetry;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// What an analyzer registered for a compilation, as the analyzer driver counts it (its own telemetry of the actions
/// it ran): the registration tests read it to check where an analyzer watches a compilation and where it does not.
/// </summary>
internal static class RegisteredActions
{
    /// <summary>
    /// Runs the generator (unless <paramref name="generate"/> is false: the project's source alone, as where no generator
    /// ran), then <paramref name="analyzer"/> alone over its output; its diagnostics, the driver's counts and the
    /// compilation analysed.
    /// </summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, AnalyzerTelemetryInfo Telemetry, Compilation Compilation)> RunAsync(TestProject project, DiagnosticAnalyzer analyzer, bool generate = true)
    {
        var compilation = generate ? project.RunGenerator().OutputCompilation : project.CreateCompilation();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(project.AdditionalFiles, project.Options), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        var withAnalyzers = compilation.WithAnalyzers([analyzer], options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);

        // The analyzer ran: its compilation-start action is where it decides what to register; and it did not throw
        // (an exception in a callback becomes an AD0001 diagnostic, not a failure).
        Assert.Equal(1, telemetry.CompilationStartActionsCount);
        Assert.DoesNotContain(diagnostics, static d => d.Id == "AD0001");
        return (diagnostics, telemetry, compilation);
    }
}
