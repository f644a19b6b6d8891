using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// What a fuzz test compiles each batch of generated cases as: one source file beside a test project's generated code
/// (generated once), nullable on, the newest language version. As a compilation for the verdicts, or as a workspace
/// document for the fixes. Also the seeds a CI run checks: the same on every run of a commit, others on request.
/// </summary>
internal sealed class FuzzProject
{
    private static readonly CSharpCompilationOptions Options = new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    private readonly TestProject _project;
    private readonly string _assemblyName;
    private readonly ImmutableArray<(string Name, string Source)> _generated;

    /// <summary>Runs the generator of <paramref name="project"/> once; each batch is compiled at <paramref name="sourcePath"/>.</summary>
    public FuzzProject(TestProject project, string assemblyName, string sourcePath)
    {
        _project = project;
        _assemblyName = assemblyName;
        SourcePath = sourcePath;
        _generated = [.. project.RunGenerator().Sources.Select(s => (s.Key, s.Value)).OrderBy(s => s.Key, StringComparer.Ordinal)];
    }

    /// <summary>Where a batch's source file is.</summary>
    public string SourcePath { get; }

    /// <summary>
    /// The seeds of a run: <paramref name="ciSeeds"/>, unless the environment variable <paramref name="variable"/> names
    /// others (a comma-separated list, or <c>random</c> for one drawn from the clock).
    /// </summary>
    public static TheoryData<int> Seeds(string variable, params int[] ciSeeds)
    {
        var configured = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(configured))
        {
            return [.. ciSeeds];
        }

        return [.. configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(text => text == "random" ? Environment.TickCount & 0x7FFFFFFF : int.Parse(text, CultureInfo.InvariantCulture))];
    }

    /// <summary>The generated code and <paramref name="source"/>, compiled.</summary>
    public CSharpCompilation Compile(string source)
        => CSharpCompilation.Create(
            _assemblyName,
            [.. _generated.Select(g => CSharpSyntaxTree.ParseText(g.Source, ParseOptions, "/generated/" + g.Name)), CSharpSyntaxTree.ParseText(source, ParseOptions, SourcePath)],
            TestReferences.Net10,
            Options);

    /// <summary>What <paramref name="analyzer"/> reports in <paramref name="document"/>, with the test project's analyzer options.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsInAsync(Document document, DiagnosticAnalyzer analyzer)
    {
        var compilation = await document.Project.GetCompilationAsync() ?? throw new InvalidOperationException("No compilation.");
        var diagnostics = await _project.GetAnalyzerDiagnosticsAsync(compilation, analyzer);
        return [.. diagnostics.Where(d => d.Location.SourceTree?.FilePath == document.FilePath)];
    }

    /// <summary>
    /// The generated code and <paramref name="source"/> as a project of <paramref name="workspace"/> that holds the test
    /// project's catalogs and options as a host's project does (the fixes read them from <c>Project.AnalyzerOptions</c>);
    /// returns the source's document.
    /// </summary>
    public Document CreateDocument(AdhocWorkspace workspace, string source)
    {
        var projectInfo = ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, _assemblyName, _assemblyName, LanguageNames.CSharp, compilationOptions: Options, parseOptions: ParseOptions, metadataReferences: TestReferences.Net10);
        var solution = workspace.CurrentSolution.AddProject(projectInfo);
        foreach (var (name, text) in _generated)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectInfo.Id), name, SourceText.From(text), filePath: "/generated/" + name);
        }

        var id = DocumentId.CreateNewId(projectInfo.Id);
        solution = solution.AddDocument(id, Path.GetFileName(SourcePath), SourceText.From(source), filePath: SourcePath);
        foreach (var file in _project.AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectInfo.Id), Path.GetFileName(file.Path), file.GetText()!, filePath: file.Path);
        }

        foreach (var (path, text) in _project.AnalyzerConfigFiles)
        {
            solution = solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectInfo.Id), Path.GetFileName(path), SourceText.From(text), filePath: path);
        }
        Assert.True(workspace.TryApplyChanges(solution));
        return workspace.CurrentSolution.GetDocument(id)!;
    }
}
