using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// Every rule about a switch over Spark errors, from one reading of each switch:
/// <list type="bullet">
/// <item>SPARK001 and SPARK002: a switch (statement or expression, over the enum, codes or keys) that leaves catalog
/// errors unhandled, or handles some only through a fallback (see <see cref="SwitchEvaluator"/>). Reported once per
/// switch, at the <c>switch</c> keyword, with nothing but the message: the "Add missing Spark error cases" fix reads
/// the switch again when it is asked (<see cref="SwitchFixPlan.For"/>);</item>
/// <item>SPARK003 for a label of a key switch that is a near miss of a catalog key: a typo would silently never match.</item>
/// </list>
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SwitchAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.UnhandledErrorsWithoutFallback,
        DiagnosticDescriptors.ErrorsHandledOnlyByFallback,
        DiagnosticDescriptors.UnknownErrorConstant);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeHandling.Flags);
        context.RegisterCompilationStartAction(static start =>
        {
            var catalogs = CompiledCatalogs.Create(start.Compilation, start.Options, start.CancellationToken);
            var reports = new ConcurrentDictionary<CompiledCatalog, SwitchReportCache>();
            start.RegisterOperationAction(
                operation => Analyze(operation, catalogs, reports),
                OperationKind.Switch,
                OperationKind.SwitchExpression);
        });
    }

    private static void Analyze(OperationAnalysisContext context, CompiledCatalogs catalogs, ConcurrentDictionary<CompiledCatalog, SwitchReportCache> reportCaches)
    {
        if (SwitchClassifier.CatalogOf(context.Operation, catalogs) is not { } catalog)
        {
            return;
        }

        var shape = SwitchShape.Rent();
        var coverage = SwitchCoverage.Rent();
        try
        {
            if (!shape.Read(context.Operation, catalog.Types, context.CancellationToken))
            {
                return;
            }

            var kind = SwitchClassifier.Classify(shape, catalog.Types, catalog.Errors, out var knownKeys);
            if (kind is { } switchKind && coverage.Compute(shape, switchKind, catalog.Errors))
            {
                var reports = reportCaches.GetOrAdd(catalog, static catalog => new SwitchReportCache(catalog));
                context.ReportDiagnostic(reports.Create(shape.SwitchKeyword.GetLocation(), coverage));
            }

            // Near misses only where some label is a catalog key: a string switch over anything else costs no distance.
            if (knownKeys > 0)
            {
                ReportNearMissKeys(context, shape, catalog.Errors, kind == SwitchKind.Key, knownKeys);
            }
        }
        finally
        {
            coverage.Return();
            shape.Return();
        }
    }

    /// <summary>
    /// SPARK003 for each label that is a near miss of a catalog key, in a key switch: one classified so, or one whose
    /// known key and near misses make two or more (a string switch with one word like a key is left alone).
    /// </summary>
    private static void ReportNearMissKeys(OperationAnalysisContext context, SwitchShape shape, ErrorIndex catalog, bool isKeySwitch, int knownKeys)
    {
        List<(IOperation Label, string Text, string Suggestion)>? nearMisses = null;
        for (var i = 0; i < shape.NodeCount; i++)
        {
            ref readonly var node = ref shape.Node(i);
            if (node is { Kind: SwitchPatternKind.Text, Text: { } text, Operation: { } label } && !catalog.IsKey(text)
                && NearMiss.Find(text, catalog.Keys) is { } suggestion)
            {
                (nearMisses ??= []).Add((label, text, suggestion));
            }
        }

        if (nearMisses is null || !(isKeySwitch || knownKeys + nearMisses.Count >= 2))
        {
            return;
        }

        foreach (var (label, text, suggestion) in nearMisses)
        {
            context.ReportDiagnostic(UnknownConstantReport.Create(label.Syntax.GetLocation(), UnknownConstantReport.DescribeKey(text), suggestion));
        }
    }
}
