using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace SparkAds.Analyzers.Benchmarks.ReportingFloor;

/// <summary>
/// Reports FLOOR004 (a warning) where SPARK004 reports in the synthetic consumer: every <c>"CUSTOMIZED_USER"</c>
/// literal except the one compared with <c>==</c>, found by its constant alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class FloorValueAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Selected = new(
        "FLOOR004", "Floor of SPARK004", "{0} selects Custom Identity", "Floor", DiagnosticSeverity.Warning, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Selected);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterOperationAction(Analyze, OperationKind.Literal);
    }

    private static void Analyze(OperationAnalysisContext context)
    {
        var literal = context.Operation;
        if (literal.ConstantValue is { HasValue: true, Value: "CUSTOMIZED_USER" } && literal.Parent is not IBinaryOperation)
        {
            context.ReportDiagnostic(Diagnostic.Create(Selected, literal.Syntax.GetLocation(), "The value 'CUSTOMIZED_USER'"));
        }
    }
}
