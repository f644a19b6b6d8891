using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Tests.Switches;

/// <summary>
/// The switch and lookup analyzers keep nothing of a compilation once its analysis is over: the per-thread shape they read
/// switches into is cleared when a callback returns. Compilations that produce SPARK001, SPARK002 and SPARK003 are
/// analysed on thread-pool threads (as hosts do), dropped and collected; every one must be released.
/// </summary>
public sealed class SwitchAnalyzerLeakTests
{
    [Theory]
    [InlineData(typeof(NoOp))]
    [InlineData(typeof(SwitchAnalyzer))]
    [InlineData(typeof(SparkAds.Analyzers.Lookups.LookupArgumentAnalyzer))]
    public async Task AnalysedCompilations_AreReleased(Type analyzerType)
    {
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(analyzerType)!;
        var references = new List<WeakReference>();
        for (var i = 0; i < 6; i++)
        {
            references.Add(await Task.Run(() => AnalyzeAndDropAsync(analyzer)));
        }

        // Roslyn's own caches keep the most recent compilation of a driver: one more run, not counted and without
        // a switch (so it reads none into the analyzers' per-thread state), moves them on.
        await Task.Run(() => AnalyzeAndDropAsync(analyzer, "public static class Empty { }"));
        for (var attempt = 0; attempt < 5 && references.Any(r => r.IsAlive); attempt++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true);
            GC.WaitForPendingFinalizers();
        }

        Assert.Equal(0, references.Count(r => r.IsAlive));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<WeakReference> AnalyzeAndDropAsync(DiagnosticAnalyzer analyzer, string code = SwitchSample.Code)
    {
        var project = AnalyzerTestCatalog.Project(code);
        var compilation = project.RunGenerator().OutputCompilation;
        var diagnostics = await project.GetAnalyzerDiagnosticsAsync(compilation, analyzer);
        if (analyzer is not NoOp && code == SwitchSample.Code)
        {
            // Each rule of the analyzer reports on the sample, so the state that must be released was filled.
            Assert.Equal(analyzer.SupportedDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal), diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        }

        // The driver analyses a clone of the compilation (with its event queue); the clone shares the syntax trees,
        // so the source tree is what stays alive as long as anything of that analysis does.
        return new WeakReference(compilation.SyntaxTrees.First(t => t.FilePath == TestProject.SourcePath));
    }

#pragma warning disable RS1036, RS1001 // A baseline inside the tests, never shipped.
    private sealed class NoOp : DiagnosticAnalyzer
    {
        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [DiagnosticDescriptors.UnknownErrorConstant];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, OperationKind.SwitchExpression);
        }
    }
#pragma warning restore RS1036, RS1001
}
