using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SparkAds.Analyzers.Benchmarks;

/// <summary>
/// What "Add missing Spark error cases" costs when a user asks for it: Fix All in one document holding the switches of
/// <c>handlers</c> synthetic handlers (<see cref="SyntheticConsumer"/>, seven switches over Spark errors each), in an
/// AdhocWorkspace whose project carries the catalog and its metadata as an IDE's does. Each run takes a fresh workspace,
/// lets the switch analyzer report there (the compilation is then built and bound, as it is when an IDE shows the light
/// bulb), and times only the fix: the Fix All provider's action, through the fixed text. Prints the median and range and
/// a hash of the fixed text, so two builds of the fix can be compared for time and for output.
/// </summary>
internal static class FixAllTime
{
    public const int DefaultHandlers = 40;

    private const int Warmups = 2;
    private const int Runs = 9;
    private const string SourcePath = "/consumer/src/Handlers.cs";

    public static async Task<int> RunAsync(int handlers)
    {
        Report.Heading($"Fix All of SPARK001/SPARK002 in one document ({handlers} handlers, median of {Runs} runs after {Warmups})");
        Report.Line("Machine: " + BenchmarkEnvironment.Machine);
        var catalog = new TestAdditionalText(AnalyzerRatio.CatalogPath, SourceText.From(File.ReadAllText(BenchmarkEnvironment.BuiltInCatalog)));
        var options = BenchmarkEnvironment.BuiltInCatalogOptions(AnalyzerRatio.CatalogPath);
        var compilation = AnalyzerRatio.Compile([(SourcePath, OneDocument(handlers))], catalog, options);
        var analyzer = SparkAdsAssembly.Analyzers().Single(static a => a.GetType().Name == "SwitchAnalyzer");
        var fixer = SparkAdsAssembly.CodeFix("AddMissingSparkErrorCasesCodeFix");
        var load = BenchmarkEnvironment.LoadAverage;

        var times = new List<TimeSpan>();
        var reported = 0;
        var fixedText = string.Empty;
        for (var round = 0; round < Warmups + Runs; round++)
        {
            using var workspace = new AdhocWorkspace();
            var document = Document(workspace, compilation, catalog, options);
            var analyzed = (await document.Project.GetCompilationAsync().ConfigureAwait(false))!.WithAnalyzers([analyzer], document.Project.AnalyzerOptions);
            var diagnostics = (await analyzed.GetAnalyzerDiagnosticsAsync(CancellationToken.None).ConfigureAwait(false))
                .Where(d => fixer.FixableDiagnosticIds.Contains(d.Id)).ToImmutableArray();
            reported = diagnostics.Length;
            GC.Collect();
            GC.WaitForPendingFinalizers();

            var stopwatch = Stopwatch.StartNew();
            var context = new FixAllContext(document, fixer, FixAllScope.Document, "Add missing Spark error cases", fixer.FixableDiagnosticIds, new GivenDiagnostics(diagnostics), CancellationToken.None);
            var action = await fixer.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
            var operations = await action!.GetOperationsAsync(CancellationToken.None).ConfigureAwait(false);
            var changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution.GetDocument(document.Id)!;
            fixedText = (await changed.GetTextAsync().ConfigureAwait(false)).ToString();
            stopwatch.Stop();
            if (round >= Warmups)
            {
                times.Add(stopwatch.Elapsed);
            }
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(fixedText)))[..16];
        Report.Line(string.Empty);
        Report.Line("| fixed diagnostics | Fix All, median (fastest–slowest) | cases added | fixed text (SHA-256) | load before |");
        Report.Line("|---:|---:|---:|---|---|");
        Report.Line($"| {reported} | {Report.MedianRange(times)} | {Regex.Count(fixedText, "case ") - Regex.Count(compilation.SyntaxTrees.First(static t => t.FilePath == SourcePath).ToString(), "case ")} | {hash} | {load} |");
        return 0;
    }

    /// <summary>The synthetic handlers in one file: each file's types are numbered, so they share one namespace.</summary>
    private static string OneDocument(int handlers)
    {
        var text = new StringBuilder("#nullable enable\nusing System;\nusing SparkAds;\n\nnamespace Consumer;\n");
        foreach (var (_, code) in SyntheticConsumer.Files(handlers))
        {
            text.Append(code.AsSpan(code.IndexOf(';', code.IndexOf("namespace ", StringComparison.Ordinal)) + 1));
        }

        return text.ToString();
    }

    /// <summary>The compilation's trees (the handlers and the generated code) as a project that holds the catalog and its metadata.</summary>
    private static Document Document(AdhocWorkspace workspace, Compilation compilation, AdditionalText catalog, TestOptionsProvider options)
    {
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution.AddProject(ProjectInfo.Create(
            projectId, VersionStamp.Default, "SyntheticConsumer", "SyntheticConsumer", LanguageNames.CSharp,
            compilationOptions: compilation.Options, parseOptions: compilation.SyntaxTrees.First().Options, metadataReferences: compilation.References));
        DocumentId? source = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            var id = DocumentId.CreateNewId(projectId);
            source ??= tree.FilePath == SourcePath ? id : null;
            solution = solution.AddDocument(id, Path.GetFileName(tree.FilePath), tree.GetText(), filePath: tree.FilePath);
        }

        solution = solution
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(catalog.Path), catalog.GetText()!, filePath: catalog.Path)
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(options.ToGlobalConfig()), filePath: "/.globalconfig");
        return workspace.TryApplyChanges(solution) ? workspace.CurrentSolution.GetDocument(source!)! : throw new InvalidOperationException("The workspace took no project.");
    }

    private sealed class GivenDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
