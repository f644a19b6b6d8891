using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.CatalogFaults;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;
using SparkAds.Analyzers.Generator.Emit;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// Generates <c>SparkAdsError</c> and its lookups from the catalog CSVs. The pipeline: AdditionalFiles → catalog
/// candidates → one parse per catalog file → merge → emit, and the faults beside it. Every step after the file
/// selection carries value-equal models only, and every step's value is a class: the incremental nodes Roslyn
/// instantiates over reference types share code it has compiled already, where nodes over value types (nested tuples,
/// structs) would be compiled for us on every cold build.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SparkAdsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var parsedCatalogs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => new CatalogFileCandidate(pair.Left, CatalogFiles.Classify(pair.Left, pair.Right)))
            .Where(static candidate => candidate.Kind != CatalogFileKind.NotACatalog)
            .WithTrackingName(TrackingNames.CatalogFiles)
            .Select(static (candidate, cancellationToken) => ParsedCatalogFiles.Get(candidate.File, candidate.Kind == CatalogFileKind.BuiltIn, cancellationToken))
            .WithTrackingName(TrackingNames.ParsedCatalogs);

        var merged = parsedCatalogs
            .Collect()
            .Select(static (catalogs, cancellationToken) => CatalogMerger.Merge(catalogs, cancellationToken))
            .WithTrackingName(TrackingNames.MergedCatalog);

        var settings = context.AnalyzerConfigOptionsProvider
            .Combine(context.ParseOptionsProvider)
            .Select(static (pair, _) => new GenerationSettings(
                GeneratedNamespace.Read(pair.Left.GlobalOptions),
                pair.Right is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp8 },
                CatalogFaultReporter.GeneratorReports(pair.Left.GlobalOptions)))
            .WithTrackingName(TrackingNames.Settings);

        // Runs on every compilation; its value-equal result keeps the outputs cached while the code is edited.
        var target = context.CompilationProvider
            .Select(static (compilation, _) => new GenerationTarget(TargetCapabilities.Of(compilation), ReferencedCatalogAssembly.FindAll(compilation)))
            .WithTrackingName(TrackingNames.Target);

        var emitInput = merged
            .Combine(settings)
            .Select(static (pair, _) => new EmitInput(pair.Left.Errors, pair.Left.Columns, pair.Right.EmitOptions))
            .WithTrackingName(TrackingNames.EmitInput);

        var faultInput = merged
            .Combine(settings)
            .Select(static (pair, _) => new FaultInput(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.FaultInput);

        // Generate, or use a referenced catalog: from the namespace, whether the project adds catalogs, and the references.
        var plan = faultInput
            .Combine(target)
            .Select(static (pair, _) => new GenerationPlan(
                CatalogSelection.Choose(pair.Left.Settings.Namespace, pair.Left.Catalog.FirstTeamCatalogPath is not null, pair.Right.ReferencedCatalogs),
                pair.Right.Capabilities))
            .WithTrackingName(TrackingNames.Plan);

        context.RegisterSourceOutput(emitInput.Combine(plan), static (production, pair) =>
        {
            var (input, generation) = pair;
            if (!generation.Selection.Generates)
            {
                return;
            }

            foreach (var (hintName, source) in new CatalogEmitter(input.Errors, input.Columns, input.Options, generation.Capabilities, production.CancellationToken).EmitAll())
            {
                production.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        });

        context.RegisterSourceOutput(faultInput.Combine(plan), static (production, pair) =>
        {
            var (input, generation) = pair;
            var ns = input.Settings.Namespace;
            if (ns.Rejected is { } rejected)
            {
                production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidNamespace, Location.None, rejected, ns.Name));
            }

            // Like SPARK110, about the project rather than a catalog file: the generator always reports it.
            if (generation.Selection.Candidates.Count > 0)
            {
                production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SeveralReferencedCatalogs, Location.None, Describe(generation.Selection.Candidates)));
            }

            // Where builds run analyzers, the catalog faults are the analyzer's to report (CatalogFaultReporter): once per build.
            if (!input.Settings.ReportFaults)
            {
                return;
            }

            foreach (var fault in BuildCatalogFaults.Of(input.Catalog, generation.Selection))
            {
                production.ReportDiagnostic(fault.ToDiagnostic());
            }
        });
    }

    /// <summary>The referenced catalogs as SPARK125 names them: <c>'Ads.Core' (namespace 'Ads.Core'), 'Billing' (namespace 'Billing.Errors')</c>.</summary>
    private static string Describe(EquatableArray<ReferencedCatalogAssembly> catalogs)
        => string.Join(", ", catalogs.Select(static c => $"'{c.AssemblyName}' (namespace '{c.Namespace}')"));
}
