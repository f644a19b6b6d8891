using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.Csv;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// An in-memory consumer of the package: sources, catalogs as AdditionalFiles with the metadata the
/// package's targets give them, MSBuild/.editorconfig options and a target profile. Immutable; each
/// <c>With…</c> returns a new project. Compiled directly (<see cref="RunGenerator"/>) or handed to
/// Microsoft.CodeAnalysis.Testing as a test's state (<see cref="ApplyTo"/>).
/// </summary>
public sealed record TestProject
{
    public const string SourcePath = "/src/Test0.cs";
    public const string BuiltInCatalogPath = "/package/catalog/spark-ads-errors.csv";

    public ImmutableArray<(string Path, string Code)> Sources { get; init; } = [];

    public ImmutableArray<AdditionalText> AdditionalFiles { get; init; } = [];

    public TestOptionsProvider Options { get; init; } = TestOptionsProvider.Empty;

    public TargetProfile Target { get; init; } = TargetProfile.Net10Nullable;

    /// <summary>References besides the target framework's, e.g. another project of the solution.</summary>
    public ImmutableArray<MetadataReference> References { get; init; } = [];

    public string AssemblyName { get; init; } = "TestConsumer";

    /// <summary>Diagnostic IDs turned off, as <c>dotnet_diagnostic.ID.severity = none</c> would: a test of one rule of an analyzer that reports several.</summary>
    public ImmutableArray<string> DisabledDiagnostics { get; init; } = [];

    /// <summary>A consumer with the built-in catalog, as the package gives it by default.</summary>
    public static TestProject Create()
        => new TestProject().WithBuiltInCatalog();

    /// <summary>A consumer without the built-in catalog (<c>SparkAdsIncludeDefaultCatalog=false</c>).</summary>
    public static TestProject CreateWithoutBuiltInCatalog() => new();

    public TestProject WithBuiltInCatalog()
        => WithAdditionalFile(new TestAdditionalText(BuiltInCatalogPath, File.ReadAllText(TestPaths.BuiltInCatalog)), catalog: true, builtIn: true);

    public TestProject WithSource(string code, string? path = null)
        => this with { Sources = Sources.Add((path ?? (Sources.IsEmpty ? SourcePath : $"/src/Test{Sources.Length}.cs"), code)) };

    /// <summary>A team catalog, as a <c>SparkAdsCatalog</c> item gives it.</summary>
    public TestProject WithCatalog(string path, string? content)
        => WithAdditionalFile(new TestAdditionalText(path, content), catalog: true, builtIn: false);

    public TestProject WithAdditionalFile(AdditionalText file, bool catalog, bool builtIn = false)
    {
        var options = Options;
        if (catalog)
        {
            options = options.WithFile(file.Path, CatalogFiles.CatalogMetadata, "true");
        }

        if (builtIn)
        {
            options = options.WithFile(file.Path, CatalogFiles.BuiltInMetadata, "true");
        }

        return this with { AdditionalFiles = AdditionalFiles.Add(file), Options = options };
    }

    /// <summary>An MSBuild property made visible to the compiler, e.g. <c>WithProperty("SparkAdsNamespace", "Acme")</c>.</summary>
    public TestProject WithProperty(string name, string value) => this with { Options = Options.WithGlobal("build_property." + name, value) };

    /// <summary>An .editorconfig setting that applies to every source file.</summary>
    public TestProject WithEditorConfig(string key, string value) => this with { Options = Options.WithSourceFileOption(key, value) };

    public TestProject WithTarget(TargetProfile target) => this with { Target = target };

    public TestProject WithReference(MetadataReference reference) => this with { References = References.Add(reference) };

    public TestProject WithAssemblyName(string name) => this with { AssemblyName = name };

    public TestProject WithDisabledDiagnostics(params string[] ids) => this with { DisabledDiagnostics = DisabledDiagnostics.AddRange(ids) };

    /// <summary>The reference assemblies of <see cref="Target"/>, as the framework resolves them.</summary>
    public ReferenceAssemblies ReferenceAssemblies => TestReferences.Assemblies(Target);

    public CSharpParseOptions ParseOptions => new(Target == TargetProfile.NetStandard20CSharp73 ? LanguageVersion.CSharp7_3 : LanguageVersion.Preview);

    /// <summary>A library, nullable as <see cref="Target"/> says, every warning level, warnings as errors unless <paramref name="warningsAsErrors"/> is false.</summary>
    public CSharpCompilationOptions CompilationOptions(bool warningsAsErrors = true)
        => new(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: Target == TargetProfile.NetStandard20CSharp73 ? NullableContextOptions.Disable : NullableContextOptions.Enable,
            generalDiagnosticOption: warningsAsErrors ? ReportDiagnostic.Error : ReportDiagnostic.Default,
            warningLevel: 9999,
            deterministic: true,
            specificDiagnosticOptions: DisabledDiagnostics.Select(static id => KeyValuePair.Create(id, ReportDiagnostic.Suppress)));

    public CSharpCompilation CreateCompilation()
    {
        var trees = Sources.Select(s => CSharpSyntaxTree.ParseText(s.Code, ParseOptions, s.Path));
        return CSharpCompilation.Create(AssemblyName, trees, TestReferences.For(Target).AddRange(References), CompilationOptions());
    }

    /// <summary>
    /// The options as files the compiler and a workspace read them from: global keys (<c>build_property.*</c>) and each
    /// AdditionalFile's metadata (<c>build_metadata.AdditionalFiles.*</c>) in an <c>is_global</c> <c>/.globalconfig</c>,
    /// as MSBuild hands them over; source file settings in a real <c>/.editorconfig</c> (where <c>;</c> starts a comment).
    /// </summary>
    public ImmutableArray<(string Path, string Text)> AnalyzerConfigFiles
        => Options.ToEditorConfig() is { } editorConfig
            ? [("/.globalconfig", Options.ToGlobalConfig()), ("/.editorconfig", editorConfig)]
            : [("/.globalconfig", Options.ToGlobalConfig())];

    /// <summary>
    /// Gives <paramref name="state"/> this project's sources (then <paramref name="extraSources"/>), as code (the
    /// verifiers read the markup), references, AdditionalFiles and <see cref="AnalyzerConfigFiles"/>. Documentation
    /// comments are parsed, as a project without GenerateDocumentationFile does; parse and compilation options are the test's.
    /// </summary>
    public void ApplyTo(SolutionState state, IEnumerable<(string Path, string Code)>? extraSources = null)
    {
        state.MarkupHandling = MarkupMode.None;
        state.DocumentationMode = ParseOptions.DocumentationMode;
        foreach (var (path, code) in Sources.Concat(extraSources ?? []))
        {
            state.Sources.Add((path, code));
        }

        foreach (var file in AdditionalFiles)
        {
            var text = file.GetText() ?? throw new NotSupportedException($"{file.Path}: Microsoft.CodeAnalysis.Testing has no unreadable AdditionalFile; test it with RunGenerator.");
            state.AdditionalFiles.Add((file.Path, text));
        }

        state.AdditionalReferences.AddRange(References);
        foreach (var (path, text) in AnalyzerConfigFiles)
        {
            state.AnalyzerConfigFiles.Add((path, text));
        }
    }

    public GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new SparkAdsGenerator().AsSourceGenerator()],
            AdditionalFiles,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public GeneratorResult RunGenerator()
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(CreateCompilation(), out var output, out var diagnostics);
        var run = driver.GetRunResult();
        var exceptions = run.Results.Where(r => r.Exception is not null).Select(r => r.Exception!).ToList();
        if (exceptions.Count > 0)
        {
            throw new InvalidOperationException("The generator threw (a consumer would see CS8785).", exceptions[0]);
        }

        return new GeneratorResult(run, output, diagnostics);
    }

    /// <summary>
    /// Runs the generator, then <paramref name="analyzers"/> over the result, and returns the analyzer
    /// diagnostics in source order. An analyzer exception (AD0001) fails the test.
    /// </summary>
    public async Task<ImmutableArray<Diagnostic>> GetAnalyzerDiagnosticsAsync(params DiagnosticAnalyzer[] analyzers)
    {
        var compilation = RunGenerator().OutputCompilation;
        return await GetAnalyzerDiagnosticsAsync(compilation, analyzers);
    }

    /// <summary>Runs <paramref name="analyzers"/> over a compilation with this project's files and options.</summary>
    public async Task<ImmutableArray<Diagnostic>> GetAnalyzerDiagnosticsAsync(Compilation compilation, params DiagnosticAnalyzer[] analyzers)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(AdditionalFiles, Options),
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false,
            reportSuppressedDiagnostics: false);
        var diagnostics = await compilation.WithAnalyzers([.. analyzers], options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
        if (exceptions.Count > 0 || crashes.Count > 0)
        {
            throw new InvalidOperationException(
                "An analyzer threw (a consumer would see AD0001): " + string.Join(Environment.NewLine, crashes.Select(ExpectedDiagnostic.Format)),
                exceptions.FirstOrDefault());
        }

        return [.. diagnostics.OrderBy(d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)];
    }
}

/// <summary>What one generator run produced.</summary>
public sealed record GeneratorResult(GeneratorDriverRunResult Run, Compilation OutputCompilation, ImmutableArray<Diagnostic> Diagnostics)
{
    public ImmutableDictionary<string, string> Sources { get; } =
        Run.Results.SelectMany(r => r.GeneratedSources).ToImmutableDictionary(s => s.HintName, s => s.SourceText.ToString());

    /// <summary>Compiler errors and warnings of the consumer with the generated code (warnings are errors here).</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics
        => [.. OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning)];

    /// <summary>The generator's own diagnostics (catalog faults), in file and position order.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics
        => [.. Diagnostics.OrderBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal).ThenBy(d => d.Location.SourceSpan.Start)];
}
