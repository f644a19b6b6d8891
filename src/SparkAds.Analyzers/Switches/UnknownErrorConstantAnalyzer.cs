using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Diagnostics;

namespace SparkAds.Analyzers.Switches;

/// <summary>
/// SPARK003: a constant that cannot be a Spark error where one is expected. A label in a key switch that
/// is a near miss of a catalog key (a typo would silently never match), and a constant key or code passed
/// to <c>SparkAdsErrors.TryParse</c> / <c>FromCode</c> that no catalog row has. Suggests the closest key.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnknownErrorConstantAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownErrorConstant);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var catalogs = CompilationCatalogs.Create(start.Compilation, start.Options, file => start.TryGetValue(file, CatalogRemedies.Parser, out var parsed) ? parsed : null, start.CancellationToken);
            var (symbols, catalog) = catalogs.Primary;
            if (!catalog.IsEmpty)
            {
                start.RegisterOperationAction(operation => AnalyzeSwitch(operation, symbols, catalog), OperationKind.Switch, OperationKind.SwitchExpression);
            }

            start.RegisterOperationAction(operation => AnalyzeLookup(operation, catalogs), OperationKind.Invocation);
        });
    }

    private static void AnalyzeSwitch(OperationAnalysisContext context, SparkAdsSymbols symbols, ErrorIndex catalog)
    {
        if (SwitchClassifier.Unwrap(SwitchShape.ValueOf(context.Operation)?.Type).Type?.SpecialType != SpecialType.System_String)
        {
            return;
        }

        var shape = SwitchShape.Rent();
        try
        {
            if (shape.Read(context.Operation, symbols, context.CancellationToken))
            {
                AnalyzeKeys(context, shape, symbols, catalog);
            }
        }
        finally
        {
            shape.Return();
        }
    }

    private static void AnalyzeKeys(OperationAnalysisContext context, SwitchShape shape, SparkAdsSymbols symbols, ErrorIndex catalog)
    {
        // Only how many distinct keys up to two matter; the near-miss list exists only once there is one (rare).
        string? firstKey = null;
        var knownKeys = 0;
        List<(IOperation Label, string Text, string Suggestion)>? nearMisses = null;
        for (var i = 0; i < shape.NodeCount; i++)
        {
            ref readonly var node = ref shape.Node(i);
            if (node is not { Kind: SwitchPatternKind.Text, Text: { } text, Operation: { } label })
            {
                continue;
            }

            if (catalog.IsKey(text))
            {
                if (firstKey is null)
                {
                    (firstKey, knownKeys) = (text, 1);
                }
                else if (knownKeys == 1 && !string.Equals(firstKey, text, StringComparison.Ordinal))
                {
                    knownKeys = 2;
                }
            }
            else if (NearMiss.Find(text, catalog.Keys) is { } suggestion)
            {
                (nearMisses ??= new()).Add((label, text, suggestion));
            }
        }

        if (nearMisses is null)
        {
            return;
        }

        // A key switch: at least one real key, and two or more labels that are keys or near misses of one
        // (or a generated key constant); a string switch that merely has one word like a key is left alone.
        var isKeySwitch = SwitchClassifier.Classify(shape, symbols, catalog) == SwitchKind.Key
                          || (knownKeys >= 1 && knownKeys + nearMisses.Count >= 2);
        if (!isKeySwitch)
        {
            return;
        }

        foreach (var (label, text, suggestion) in nearMisses)
        {
            context.ReportDiagnostic(Create(label.Syntax.GetLocation(), DescribeKey(text), suggestion));
        }
    }

    private static void AnalyzeLookup(OperationAnalysisContext context, CompilationCatalogs catalogs)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name is not ("TryParse" or "FromCode")
            || catalogs.ForLookupClass(invocation.TargetMethod.ContainingType) is not { Catalog: { IsEmpty: false } catalog })
        {
            return;
        }

        var keys = catalog.Keys;

        switch (invocation.TargetMethod.Name)
        {
            case "TryParse" when Argument(invocation, "key") is { } key && SwitchConstants.ValueOf(key) is { HasValue: true, Value: string text }:
                // A constant `false` (or no argument) compares ordinally; `true` or a value known only at run time
                // ignoring case: a key that would parse with some run-time value is not reported.
                var ignoreCase = Argument(invocation, "ignoreCase") is { } flag && SwitchConstants.ValueOf(flag) is not { HasValue: true, Value: false };
                var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                if (!keys.Contains(text, comparer))
                {
                    context.ReportDiagnostic(Create(key.Syntax.GetLocation(), DescribeKey(text), NearMiss.Find(text, keys)));
                }

                break;

            case "FromCode" when Argument(invocation, "code") is { } code && SwitchConstants.AsInteger(SwitchConstants.ValueOf(code).Value) is { } value:
                if (!catalog.IsCode(value))
                {
                    var codes = catalog.Errors.Where(static e => e.Code is not null).Select(static e => e.Code!.Value.ToString(CultureInfo.InvariantCulture)).Distinct();
                    var codeText = value.ToString(CultureInfo.InvariantCulture);
                    context.ReportDiagnostic(Create(code.Syntax.GetLocation(), "Code `" + codeText + "`", NearMiss.Find(codeText, codes, ignoreCase: false)));
                }

                break;
        }
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameter)
        => invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == parameter)?.Value;

    private static string DescribeKey(string text) => "Key `" + text + "`";

    private static Diagnostic Create(Location location, string subject, string? suggestion)
        => Diagnostic.Create(DiagnosticDescriptors.UnknownErrorConstant, location, subject, suggestion is null ? string.Empty : "; did you mean `" + suggestion + "`?");
}
