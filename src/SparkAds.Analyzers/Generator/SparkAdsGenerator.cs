using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.Common;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;
using SparkAds.Analyzers.Generator.Emit;

namespace SparkAds.Analyzers.Generator;

/// <summary>
/// Generates <c>SparkAdsError</c> and its lookups from the catalog CSVs. The pipeline:
/// AdditionalFiles → catalog candidates → one parse per catalog file → merge → emit, with faults
/// reported beside the code. Every step after the file selection carries value-equal models only.
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
            .Select(static (candidate, cancellationToken) => CatalogParser.Parse(
                candidate.File.Path,
                candidate.File.GetText(cancellationToken),
                candidate.Kind == CatalogFileKind.BuiltIn,
                cancellationToken))
            .WithTrackingName(TrackingNames.ParsedCatalogs);

        var merged = parsedCatalogs
            .Collect()
            .Select(static (catalogs, cancellationToken) => CatalogMerger.Merge(catalogs, cancellationToken))
            .WithTrackingName(TrackingNames.MergedCatalog);

        var errors = merged.Select(static (catalog, _) => catalog.Errors).WithTrackingName(TrackingNames.Errors);
        var faults = merged.Select(static (catalog, _) => catalog.Faults).WithTrackingName(TrackingNames.Faults);

        // The first team catalog (not the built-in one): a project that adds none reuses a referenced catalog silently.
        var firstTeamCatalog = parsedCatalogs
            .Collect()
            .Select(static (catalogs, _) => catalogs.FirstOrDefault(static c => !c.IsBuiltIn)?.Path);

        var namespaceSetting = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => GeneratedNamespace.Read(options.GlobalOptions));
        var options = namespaceSetting
            .Combine(context.ParseOptionsProvider.Select(static (parseOptions, _) => SupportsNullableAnnotations(parseOptions)))
            .Select(static (pair, _) => new GeneratorOptions(pair.Left.Name, pair.Right))
            .WithTrackingName(TrackingNames.Options);

        // Runs on every compilation (one lookup per referenced assembly); its value-equal result keeps the rest cached.
        var referencedCatalog = context.CompilationProvider
            .Combine(namespaceSetting)
            .Select(static (pair, _) => ReferencedCatalogAssembly.Find(pair.Left, pair.Right.Name))
            .WithTrackingName(TrackingNames.ReferencedCatalog);

        // Spans and System.Text.Json in the consumer's compilation: three booleans, so edits leave the emit step cached.
        var capabilities = context.CompilationProvider
            .Select(static (compilation, _) => TargetCapabilities.Of(compilation))
            .WithTrackingName(TrackingNames.Capabilities);

        context.RegisterSourceOutput(errors.Combine(options).Combine(capabilities).Combine(referencedCatalog), static (production, input) =>
        {
            var (((catalogErrors, generatorOptions), target), referenced) = input;
            if (referenced is not null)
            {
                return;
            }

            foreach (var (hintName, source) in new CatalogEmitter(catalogErrors, generatorOptions, target, production.CancellationToken).EmitAll())
            {
                production.AddSource(hintName, SourceText.From(source, System.Text.Encoding.UTF8));
            }
        });

        var configuration = namespaceSetting.Combine(referencedCatalog).Combine(firstTeamCatalog);
        context.RegisterSourceOutput(faults.Combine(configuration), static (production, pair) =>
        {
            foreach (var fault in pair.Left)
            {
                production.ReportDiagnostic(fault.ToDiagnostic());
            }

            var ((setting, referenced), teamCatalog) = pair.Right;
            if (setting.Rejected is { } rejected)
            {
                production.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidNamespace, Location.None, rejected, setting.Name));
            }

            if (referenced is not null && teamCatalog is not null)
            {
                production.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.CatalogNamespaceTaken,
                    Location.Create(teamCatalog, default, default),
                    referenced.AssemblyName,
                    referenced.Namespace));
            }
        });
    }

    private static bool SupportsNullableAnnotations(ParseOptions options)
        => options is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8;
}
