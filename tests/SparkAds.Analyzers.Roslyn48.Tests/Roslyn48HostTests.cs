using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SparkAds.Analyzers.CatalogFaults;
using SparkAds.Analyzers.CodeFixes.Switches;
using SparkAds.Analyzers.Generator;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Roslyn48.Tests;

/// <summary>
/// The generator, every analyzer and the fixes load and run on Roslyn 4.8, the oldest host the package supports: through
/// Microsoft.CodeAnalysis.Testing on Workspaces 4.8 (<see cref="PackageTest"/>), and directly where the framework cannot
/// say it (the IDE's analysis of one AdditionalFile; a referenced project whose compilation holds generated code; the
/// switch fix asked for a diagnostic that carries nothing but its location).
/// </summary>
public sealed class Roslyn48HostTests
{
    private const string Catalog = "key,code,message,remedy,kind\nauth_code_expired,4014,The code has expired.,Ask for a new code.,user\nbad key,1,Text.,Fix.,user\nbackend_busy,,Try again.,Retry later.,system\n";

    private const string Consumer = """
        namespace Consumer
        {
            public static class Usage
            {
                public static string Describe(SparkAds.SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAds.SparkAdsError.AuthCodeExpired: return SparkAds.SparkAdsErrorExtensions.GetRemedy(error);
                        default: return "CUSTOMIZED_USER";
                    }
                }
            }
        }
        """;

    /// <summary>Every analyzer of the package, found by reflection so analyzers added later are loaded here too.</summary>
    private static readonly ImmutableArray<DiagnosticAnalyzer> s_analyzers = AnalyzerAssembly.CSharpAnalyzers(typeof(SparkAdsGenerator).Assembly);

    /// <summary>Marks the catalogs as team catalogs, as the package's targets do for SparkAdsCatalog items.</summary>
    private static readonly TestOptionsProvider s_teamCatalogs = TestOptionsProvider.Empty
        .WithFile("/team/errors.csv", "build_metadata.AdditionalFiles.SparkAdsCatalog", "true")
        .WithFile("/core/errors.csv", "build_metadata.AdditionalFiles.SparkAdsCatalog", "true");

    [Fact]
    public void TheHostIsRoslyn48()
        => Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);

    /// <summary>The consumer's references: the net10.0 targeting pack, as Microsoft.CodeAnalysis.Testing resolves it.</summary>
    private static readonly ReferenceAssemblies s_net10 = new(
        "net10.0",
        new PackageIdentity("Microsoft.NETCore.App.Ref", typeof(Roslyn48HostTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NetCoreAppRefVersion").Value!),
        System.IO.Path.Combine("ref", "net10.0"));


    private static Task<ImmutableArray<MetadataReference>> References() => s_net10.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public async Task GeneratorAndAnalyzers_RunWithoutExceptions(LanguageVersion languageVersion)
    {
        var test = new PackageTest(languageVersion)
        {
            TestState =
            {
                Sources = { ("/src/Usage.cs", Consumer) },
                AdditionalFiles = { ("/team/errors.csv", Catalog) },
                AnalyzerConfigFiles = { ("/.globalconfig", s_teamCatalogs.ToGlobalConfig()) },
                ExpectedDiagnostics =
                {
                    new DiagnosticResult("SPARK104", DiagnosticSeverity.Error).WithSpan("/team/errors.csv", 3, 1, 3, 8).WithMessage(BadKey),
                    new DiagnosticResult("SPARK002", DiagnosticSeverity.Info).WithSpan("/src/Usage.cs", 7, 13, 7, 19).WithMessage(Fallback),
                    new DiagnosticResult("SPARK004", DiagnosticSeverity.Warning).WithSpan("/src/Usage.cs", 10, 33, 10, 50).WithMessage(CustomIdentity),
                },
            },
        };

        await test.RunAsync();

        // Five files, and the JSON converter: these references have System.Text.Json (and spans).
        Assert.Equal(6, test.GeneratedFiles);
    }

    private const string BadKey = "Key 'bad key' cannot become an enum member: use letters, digits and '_', starting with a letter; the row is skipped";
    private const string Fallback = "This switch over Spark Ads errors handles backend_busy only through a fallback";
    private const string CustomIdentity = "The value \"CUSTOMIZED_USER\" selects Custom Identity (CUSTOMIZED_USER), which TikTok is retiring: use a TikTok account identity instead (TT_USER, AUTH_CODE, or BC_AUTH_TT with identity_authorized_bc_id)";

    /// <summary>
    /// Every analyzer and generator of the package (found by reflection, so ones added later run here too) over a
    /// net10.0 consumer at a language version, compiler warnings included in what is compared; the generated files
    /// are counted, their text is the main tests' subject.
    /// </summary>
    private sealed class PackageTest : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
    {
        private readonly LanguageVersion _languageVersion;

        public PackageTest(LanguageVersion languageVersion)
        {
            _languageVersion = languageVersion;
            ReferenceAssemblies = s_net10;
            CompilerDiagnostics = CompilerDiagnostics.Warnings;
            TestBehaviors = TestBehaviors.SkipGeneratedSourcesCheck;
            TestState.DocumentationMode = DocumentationMode.Parse;
        }

        public int GeneratedFiles { get; private set; }

        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => s_analyzers;

        protected override IEnumerable<Type> GetSourceGenerators() => AnalyzerAssembly.GeneratorTypes(typeof(SparkAdsGenerator).Assembly);

        protected override ParseOptions CreateParseOptions() => new CSharpParseOptions(_languageVersion);

        protected override CompilationOptions CreateCompilationOptions() => new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999);

        protected override async Task<(Compilation compilation, ImmutableArray<Diagnostic> generatorDiagnostics)> GetProjectCompilationAsync(Project project, IVerifier verifier, CancellationToken cancellationToken)
        {
            var result = await base.GetProjectCompilationAsync(project, verifier, cancellationToken);
            GeneratedFiles = result.compilation.SyntaxTrees.Count() - project.DocumentIds.Count;
            return result;
        }
    }

    [Fact]
    public async Task CatalogFaultAnalyzer_ReportsAtTheCellThroughTheIdeApi()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        ImmutableArray<AdditionalText> catalogs = [new TestAdditionalText("/team/errors.csv", Catalog)];
        var options = s_teamCatalogs.WithGlobal(CatalogFaultReporter.RunAnalyzersProperty, string.Empty).WithGlobal(CatalogFaultReporter.RunAnalyzersDuringBuildProperty, string.Empty);
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(Consumer, parseOptions, "/src/Usage.cs")], await References(), new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        CSharpGeneratorDriver.Create([new SparkAdsGenerator().AsSourceGenerator()], catalogs, parseOptions, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var result = await output.WithAnalyzers(s_analyzers, new AnalyzerOptions(catalogs, options)).GetAnalysisResultAsync(catalogs[0], CancellationToken.None);

        Assert.Empty(generatorDiagnostics);
        Assert.Equal(
            ["SPARK104 /team/errors.csv(3,1)"],
            result.GetAllDiagnostics().Select(d => d.Id + " " + d.Location.GetLineSpan().Path + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (d.Location.GetLineSpan().StartLinePosition.Character + 1) + ")"));
    }

    [Fact]
    public async Task ReferencedCompilationExposingTheCatalog_IsReused_AndItsTeamRowsAreOwed()
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999);
        ImmutableArray<AdditionalText> libraryCatalogs = [new TestAdditionalText("/core/errors.csv", "key,code,message,remedy\nauth_code_expired,4025,Expired.,Renew.\nteam_quota_exceeded,4290,Quota.,Retry later.\n")];
        var library = CSharpCompilation.Create("Ads.Core", [CSharpSyntaxTree.ParseText("namespace Ads.Core { }", parseOptions)], await References(), compilationOptions);
        CSharpGeneratorDriver.Create([new SparkAdsGenerator().AsSourceGenerator()], libraryCatalogs, parseOptions, s_teamCatalogs)
            .RunGeneratorsAndUpdateCompilation(library, out var generatedLibrary, out _);

        const string AppSource = """
            namespace Ads.App
            {
                public static class Handler
                {
                    public static int Handle(SparkAds.SparkAdsError error)
                    {
                        switch (error)
                        {
                            case SparkAds.SparkAdsError.AuthCodeExpired: return 1;
                            default: return 0;
                        }
                    }
                }
            }
            """;
        var app = CSharpCompilation.Create("Ads.App", [CSharpSyntaxTree.ParseText(AppSource, parseOptions, "/src/Handler.cs")], (await References()).Add(generatedLibrary.ToMetadataReference()), compilationOptions);
        var driver = CSharpGeneratorDriver.Create([new SparkAdsGenerator().AsSourceGenerator()], [], parseOptions, s_teamCatalogs)
            .RunGeneratorsAndUpdateCompilation(app, out var output, out var generatorDiagnostics);

        Assert.Empty(driver.GetRunResult().GeneratedTrees);
        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));
        var diagnostics = await output.WithAnalyzers(s_analyzers, new AnalyzerOptions([], s_teamCatalogs)).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.Equal(
            ["SPARK002 (7,13): This switch over Spark Ads errors handles team_quota_exceeded (4290) only through a fallback"],
            diagnostics.Select(d => d.Id + " (" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (d.Location.GetLineSpan().StartLinePosition.Character + 1) + "): " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task SwitchFix_OnWorkspaces48_ReadsTheSwitchAndTheProjectsCatalogWhenAsked()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(Workspace).Assembly.GetName().Version);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var references = await References();
        var compilation = CSharpCompilation.Create("Consumer", [CSharpSyntaxTree.ParseText(Consumer, parseOptions, "/src/Usage.cs")], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var run = CSharpGeneratorDriver.Create([new SparkAdsGenerator().AsSourceGenerator()], [new TestAdditionalText("/team/errors.csv", Catalog)], parseOptions, s_teamCatalogs)
            .RunGenerators(compilation).GetRunResult();

        // The project as an IDE holds it: sources, generated code, the catalog as an AdditionalFile, its metadata in a global
        // config. The remedy the new case carries comes from the compiled enum (its member's remedy attribute), not the CSV.
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(projectId, VersionStamp.Default, "Consumer", "Consumer", LanguageNames.CSharp, compilationOptions: compilation.Options, parseOptions: parseOptions, metadataReferences: references))
            .AddDocument(documentId, "Usage.cs", SourceText.From(Consumer), filePath: "/src/Usage.cs")
            .AddAdditionalDocument(DocumentId.CreateNewId(projectId), "errors.csv", SourceText.From(Catalog), filePath: "/team/errors.csv")
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), ".globalconfig", SourceText.From(s_teamCatalogs.ToGlobalConfig()), filePath: "/.globalconfig");
        foreach (var generated in run.Results.SelectMany(static r => r.GeneratedSources))
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), generated.HintName, generated.SourceText, filePath: "/generated/" + generated.HintName);
        }

        var document = solution.GetDocument(documentId)!;
        var project = document.Project;
        var analyzed = (await project.GetCompilationAsync())!.WithAnalyzers([new SwitchAnalyzer()], project.AnalyzerOptions);
        var diagnostic = Assert.Single(await analyzed.GetAnalyzerDiagnosticsAsync(CancellationToken.None));
        Assert.Empty(diagnostic.Properties);
        var actions = new List<CodeAction>();
        await new AddMissingSparkErrorCasesCodeFix().RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None));
        var changed = Assert.IsType<ApplyChangesOperation>(Assert.Single(await Assert.Single(actions).GetOperationsAsync(CancellationToken.None))).ChangedSolution;
        var fixedText = (await changed.GetDocument(documentId)!.GetTextAsync()).ToString();

        Assert.Contains(
            "                case SparkAds.SparkAdsError.BackendBusy:\n                    // Retry later.\n                    throw new System.NotImplementedException();\n                default: return \"CUSTOMIZED_USER\";",
            fixedText,
            StringComparison.Ordinal);
    }
}
