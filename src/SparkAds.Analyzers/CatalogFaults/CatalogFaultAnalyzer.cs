using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.Diagnostics;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.CatalogFaults;

/// <summary>
/// SPARK1xx for the catalog file an IDE or a build analyses, at the CSV cell: the faults of that file's own rows and
/// header, and the faults the merge of every catalog places in it (a key or member name already taken, a replacement
/// chain, SPARK112). IDEs run an analyzer of an additional file live, as the maintainer types, where they do not show a
/// generator's diagnostics in a non-code file. The faults are computed once per compilation from the parses the
/// generator already made (<see cref="ParsedCatalogFiles"/>), wherever the package's props make this analyzer a reporter
/// (<see cref="CatalogFaultReporter"/>): a build reports each fault once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CatalogFaultAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.CatalogFaults;

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeHandling.Flags);
        context.RegisterCompilationStartAction(static start =>
        {
            var options = start.Options.AnalyzerConfigOptionsProvider;
            if (!CatalogFaultReporter.AnalyzerReports(options.GlobalOptions))
            {
                return;
            }

            var compilation = start.Compilation;
            var files = start.Options.AdditionalFiles;
            var faults = new Lazy<ImmutableArray<CatalogFault>>(() => Compute(compilation, files, options, start.CancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);
            start.RegisterAdditionalFileAction(file => Report(file, faults));
        });
    }

    private static void Report(AdditionalFileAnalysisContext context, Lazy<ImmutableArray<CatalogFault>> faults)
    {
        if (CatalogFiles.Classify(context.AdditionalFile, context.Options.AnalyzerConfigOptionsProvider) == CatalogFileKind.NotACatalog)
        {
            return;
        }

        var path = context.AdditionalFile.Path;
        foreach (var fault in faults.Value)
        {
            if (fault.Location is { } location && string.Equals(location.Path, path, StringComparison.Ordinal))
            {
                context.ReportDiagnostic(fault.ToDiagnostic());
            }
        }
    }

    private static ImmutableArray<CatalogFault> Compute(Compilation compilation, ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var parsed = new List<ParsedCatalogFile>();
        foreach (var file in files)
        {
            var kind = CatalogFiles.Classify(file, options);
            if (kind != CatalogFileKind.NotACatalog)
            {
                parsed.Add(ParsedCatalogFiles.Get(file, kind == CatalogFileKind.BuiltIn, cancellationToken));
            }
        }

        if (parsed.Count == 0)
        {
            return ImmutableArray<CatalogFault>.Empty;
        }

        var merged = CatalogMerger.Merge(parsed, cancellationToken);
        // Without a team catalog there is nothing for SPARK112 to report, and the references need not be read.
        var selection = merged.FirstTeamCatalogPath is null ? null : CatalogSelection.Choose(GeneratedNamespace.Read(options.GlobalOptions), addsCatalogs: true, ReferencedCatalogAssembly.FindAll(compilation));
        return BuildCatalogFaults.Of(merged, selection);
    }
}
