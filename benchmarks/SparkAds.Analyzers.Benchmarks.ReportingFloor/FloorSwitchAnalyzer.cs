using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.Benchmarks.ReportingFloor;

/// <summary>
/// Reports at the <c>switch</c> keyword of the synthetic consumer's switches that SPARK001 (a warning) and SPARK002 (an
/// info) report, chosen by the method that holds them instead of by reading the switch: FLOOR001 for <c>Advise</c>,
/// FLOOR002 for <c>Describe</c>, <c>Score</c>, <c>FromCode</c> and <c>Priority</c> (<c>SyntheticConsumer</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorSwitchAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Unhandled = new(
        "FLOOR001", "Floor of SPARK001", "The switch leaves {0} unhandled", "Floor", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    private static readonly DiagnosticDescriptor OnlyByFallback = new(
        "FLOOR002", "Floor of SPARK002", "The switch handles {0} only by its fallback", "Floor", DiagnosticSeverity.Info, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Unhandled, OnlyByFallback);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(Analyze, OperationKind.Switch, OperationKind.SwitchExpression);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var descriptor = context.ContainingSymbol.Name switch
        {
            "Advise" => Unhandled,
            "Describe" or "Score" or "FromCode" or "Priority" => OnlyByFallback,
            _ => null,
        };
        if (descriptor is null)
        {
            return;
        }

        var keyword = context.Operation.Syntax switch
        {
            SwitchStatementSyntax statement => statement.SwitchKeyword,
            SwitchExpressionSyntax expression => expression.SwitchKeyword,
            _ => default,
        };
        context.ReportDiagnostic(Diagnostic.Create(descriptor, keyword.GetLocation(), "some Spark errors"));
    }
}
