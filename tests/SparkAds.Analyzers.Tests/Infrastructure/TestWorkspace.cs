namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// A <see cref="TestProject"/> as a Workspace project for code fixes: its sources, the generator's output added as
/// ordinary documents (generated once), its references and options, and what its analyzer options hold (the
/// AdditionalFiles, and the build properties and file metadata as a global config), which the fixes read.
/// </summary>
public static class TestWorkspace
{
    /// <summary>
    /// Adds <paramref name="project"/> to <paramref name="workspace"/> and returns its first source document.
    /// <paramref name="warningsAsErrors"/> false keeps compiler warnings (e.g. CS8509 on a switch as written) warnings.
    /// </summary>
    public static Document AddProject(AdhocWorkspace workspace, TestProject project, bool warningsAsErrors = true)
    {
        var options = project.CreateCompilation().Options;
        var projectInfo = ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            project.AssemblyName,
            project.AssemblyName,
            LanguageNames.CSharp,
            compilationOptions: warningsAsErrors ? options : options.WithGeneralDiagnosticOption(ReportDiagnostic.Default),
            parseOptions: project.ParseOptions,
            metadataReferences: TestReferences.For(project.Target).AddRange(project.References));
        var solution = workspace.CurrentSolution.AddProject(projectInfo);
        DocumentId? first = null;
        foreach (var (path, code) in project.Sources)
        {
            var id = DocumentId.CreateNewId(projectInfo.Id);
            first ??= id;
            solution = solution.AddDocument(id, Path.GetFileName(path), SourceText.From(code), filePath: path);
        }

        foreach (var (hintName, source) in project.RunGenerator().Sources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectInfo.Id), hintName, SourceText.From(source), filePath: "/generated/" + hintName);
        }

        solution = WithAnalyzerOptions(solution, projectInfo.Id, project);
        Assert.True(workspace.TryApplyChanges(solution));
        return workspace.CurrentSolution.GetDocument(first!)!;
    }

    /// <summary>
    /// <paramref name="solution"/> with <paramref name="project"/>'s AdditionalFiles (those it can read) and options in the
    /// project <paramref name="id"/>, so its <c>Project.AnalyzerOptions</c> are those the analyzers were given.
    /// </summary>
    public static Solution WithAnalyzerOptions(Solution solution, ProjectId id, TestProject project)
    {
        foreach (var file in project.AdditionalFiles)
        {
            if (file.GetText() is { } text)
            {
                solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(id), Path.GetFileName(file.Path), text, filePath: file.Path);
            }
        }

        return solution.AddAnalyzerConfigDocument(DocumentId.CreateNewId(id), ".globalconfig", SourceText.From(project.Options.ToGlobalConfig()), filePath: "/.globalconfig");
    }
}
