using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.Generator;
using SparkAds.Analyzers.Tests.Shared;

namespace SparkAds.Analyzers.Tests.Diagnostics;

/// <summary>
/// Every analyzer of the package declares <see cref="GeneratedCodeHandling.Flags"/>: generated code is not analyzed
/// (so nothing is reported in it: the verifier's variants check that on every analyzer test), and the driver does not
/// re-check each reported diagnostic's location. Read from what each analyzer's <c>Initialize</c> tells its context.
/// </summary>
public sealed class GeneratedCodeHandlingTests
{
    public static TheoryData<string> Analyzers() => [.. AnalyzerAssembly.CSharpAnalyzers(typeof(SparkAdsGenerator).Assembly).Select(a => a.GetType().Name)];

    [Fact]
    public void Flags_SkipGeneratedCode_AndLeaveOutTheReportTimeCheck()
        => Assert.Equal(GeneratedCodeAnalysisFlags.ReportDiagnostics, GeneratedCodeHandling.Flags);

    [Theory]
    [MemberData(nameof(Analyzers))]
    public void Analyzer_ConfiguresTheSharedHandling_AndConcurrentExecution(string name)
    {
        var analyzer = AnalyzerAssembly.CSharpAnalyzers(typeof(SparkAdsGenerator).Assembly).Single(a => a.GetType().Name == name);
        var context = new RecordingContext();

        analyzer.Initialize(context);

        Assert.Equal([GeneratedCodeHandling.Flags], context.GeneratedCode);
        Assert.True(context.Concurrent, $"{name} does not enable concurrent execution.");
    }

    /// <summary>Records the configuration calls of <c>Initialize</c>; registrations are ignored.</summary>
    private sealed class RecordingContext : AnalysisContext
    {
        public List<GeneratedCodeAnalysisFlags> GeneratedCode { get; } = [];

        public bool Concurrent { get; private set; }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode.Add(analysisMode);

        public override void EnableConcurrentExecution() => Concurrent = true;

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action)
        {
        }

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        {
        }

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        {
        }

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        {
        }

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        {
        }

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        {
        }

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        {
        }

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        {
        }

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        {
        }
    }
}
