using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// SPARK001 and SPARK002: a switch over Spark errors (statement or expression, over the enum, codes or keys)
/// that leaves catalog errors unhandled, or handles some only through a fallback (see <see cref="SwitchEvaluator"/>). Reported once per switch,
/// at the <c>switch</c> keyword, with the missing errors in the properties for the "Add missing cases" fix.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwitchCoverageAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnhandledErrorsWithoutFallback, DiagnosticDescriptors.ErrorsHandledOnlyByFallback);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var catalogs = CompilationCatalogs.Create(start.Compilation, start.Options, file => start.TryGetValue(file, CatalogRemedies.Parser, out var parsed) ? parsed : null, start.CancellationToken);
            var reports = new ConcurrentDictionary<SparkCatalog, SwitchReportCache>();
            start.RegisterOperationAction(
                operation => Analyze(operation, catalogs, reports),
                OperationKind.Switch,
                OperationKind.SwitchExpression);
        });
    }

    private static void Analyze(OperationAnalysisContext context, CompilationCatalogs catalogs, ConcurrentDictionary<SparkCatalog, SwitchReportCache> reportCaches)
    {
        var valueType = SwitchShape.ValueOf(context.Operation)?.Type;
        if ((SwitchClassifier.Unwrap(valueType).Type is { TypeKind: TypeKind.Enum } enumType ? catalogs.ForEnum(enumType) : catalogs.Primary) is not { Catalog.IsEmpty: false } spark
            || !SwitchClassifier.CanBeSparkSwitch(valueType, spark.Symbols))
        {
            return;
        }

        var (symbols, catalog) = spark;
        var shape = SwitchShape.Rent();
        var coverage = SwitchCoverage.Rent();
        try
        {
            if (shape.Read(context.Operation, symbols, context.CancellationToken)
                && SwitchClassifier.Classify(shape, symbols, catalog) is { } kind
                && coverage.Compute(shape, kind, catalog))
            {
                var reports = reportCaches.GetOrAdd(spark, static spark => new SwitchReportCache(spark));
                context.ReportDiagnostic(reports.Create(shape.SwitchKeyword.GetLocation(), coverage));
            }
        }
        finally
        {
            coverage.Return();
            shape.Return();
        }
    }
}
