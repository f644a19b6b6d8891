using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Lookups;

/// <summary>
/// SPARK003 for the generated lookups: a constant key passed to <c>SparkAdsErrors.TryParse</c>, or a constant code
/// passed to <c>FromCode</c>, that no catalog row has (checked against the catalog of the <c>SparkAdsErrors</c> class
/// called). Suggests the closest key or code. A member name passed as the key (<c>nameof(SparkAdsError.X)</c>) is left
/// to SPARK007. A compilation whose source never spells <c>SparkAdsErrors</c> (a call, a <c>using static</c> and an
/// alias all spell it) registers nothing: on Newtonsoft.Json the invocation callback without this gate cost 20 ms cold
/// and 4 ms warm against 1 ms (docs/performance.md, registration gates). No gate on the project's own catalog: where two
/// referenced catalogs leave it undecided (SPARK125), each call is still checked against its class's catalog.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LookupArgumentAnalyzer : DiagnosticAnalyzer
{
    private static readonly SourceMentions LookupsInSource = new([GeneratedNames.ErrorsClass]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnknownErrorConstant);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeHandling.Flags);
        context.RegisterCompilationStartAction(static start =>
        {
            if (!LookupsInSource.InAnyTree(start.Compilation, start.CancellationToken))
            {
                return;
            }

            var catalogs = CompiledCatalogs.Create(start.Compilation, start.Options, start.CancellationToken);
            start.RegisterOperationAction(operation => Analyze(operation, catalogs), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, CompiledCatalogs catalogs)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (invocation.TargetMethod.Name is not (GeneratedNames.TryParseMethod or GeneratedNames.FromCodeMethod)
            || catalogs.ForLookupClass(invocation.TargetMethod.ContainingType) is not { Errors: { IsEmpty: false } catalog })
        {
            return;
        }

        switch (invocation.TargetMethod.Name)
        {
            case GeneratedNames.TryParseMethod when Argument(invocation, GeneratedNames.KeyParameter) is { } key && OperationConstants.ValueOf(key) is { HasValue: true, Value: string text }
                                                    && !IsMemberName(key):
                // A constant `false` (or no argument) compares ordinally; `true` or a value known only at run time
                // ignoring case: a key that would parse with some run-time value is not reported.
                var ignoreCase = Argument(invocation, GeneratedNames.IgnoreCaseParameter) is { } flag && OperationConstants.ValueOf(flag) is not { HasValue: true, Value: false };
                var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
                if (!catalog.Keys.Contains(text, comparer))
                {
                    context.ReportDiagnostic(UnknownConstantReport.Create(key.Syntax.GetLocation(), UnknownConstantReport.DescribeKey(text), NearMiss.Find(text, catalog.Keys)));
                }

                break;

            case GeneratedNames.FromCodeMethod when Argument(invocation, GeneratedNames.CodeParameter) is { } code && OperationConstants.AsInteger(OperationConstants.ValueOf(code).Value) is { } value:
                if (!catalog.IsCode(value))
                {
                    var codes = Enumerable.Range(0, catalog.Count).Select(catalog.CodeAt).Where(static c => c is not null)
                        .Select(static c => c!.Value.ToString(CultureInfo.InvariantCulture)).Distinct();
                    var codeText = value.ToString(CultureInfo.InvariantCulture);
                    context.ReportDiagnostic(UnknownConstantReport.Create(code.Syntax.GetLocation(), UnknownConstantReport.DescribeCode(codeText), NearMiss.Find(codeText, codes, ignoreCase: false)));
                }

                break;
        }
    }

    /// <summary>
    /// <c>nameof(SparkAdsError.X)</c>: a member name passed as a key is SPARK007's (one mistake, one diagnostic), which
    /// <c>ErrorConversionAnalyzer</c> reports with its fix.
    /// </summary>
    private static bool IsMemberName(IOperation key)
        => OperationConstants.WithoutConversions(key) is INameOfOperation { Argument: IFieldReferenceOperation { Field.ContainingType: { } type } } && GeneratedTypes.IsGeneratedErrorEnum(type);

    private static IOperation? Argument(IInvocationOperation invocation, string parameter)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameter)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
