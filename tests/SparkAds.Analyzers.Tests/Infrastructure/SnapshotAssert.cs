using System.Text;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots of everything the generator writes for a consumer, checked by Microsoft.CodeAnalysis.Testing
/// (<see cref="Test"/>): <c>Snapshots/{name}.{hint name without .g.cs}.verified.cs</c> holds the approved text of each
/// file, and the generator must write exactly those files with exactly that text (and encoding), and nothing else: no
/// diagnostic, and a consumer that compiles. On a mismatch the framework's diff is the failure and each file is written
/// beside its snapshot as <c>.received.cs</c>; set <c>SPARKADS_ACCEPT_SNAPSHOTS=1</c> to approve instead.
/// </summary>
public static class SnapshotAssert
{
    public static async Task MatchesAsync(string name, TestProject project)
    {
        // In the order the generator writes them, so a changed file is compared with its own snapshot (the framework
        // pairs files by content, and falls back to their order).
        var generated = project.RunGenerator().Run.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, Text: s.SourceText.ToString())).ToList();
        string PathOf(string hintName, string kind) => Path.Combine(TestPaths.Snapshots, $"{name}.{hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal)}.{kind}.cs");
        if (Environment.GetEnvironmentVariable("SPARKADS_ACCEPT_SNAPSHOTS") == "1")
        {
            foreach (var (hintName, source) in generated)
            {
                File.WriteAllText(PathOf(hintName, "verified"), source);
            }

            return;
        }

        var approved = Directory.GetFiles(TestPaths.Snapshots, name + ".*.verified.cs")
            .OrderBy(file => generated.FindIndex(g => PathOf(g.HintName, "verified") == file) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(file => file, StringComparer.Ordinal)
            .ToList();
        Assert.True(approved.Count > 0, $"No approved snapshot {name}.*.verified.cs in {TestPaths.Snapshots}.");
        var test = new Test(project);
        foreach (var file in approved)
        {
            var hintName = Path.GetFileName(file)[(name.Length + 1)..^".verified.cs".Length] + ".g.cs";
            test.TestState.GeneratedSources.Add((typeof(SparkAdsGenerator), hintName, SourceText.From(File.ReadAllText(file), Encoding.UTF8)));
        }

        try
        {
            await test.RunAsync();
        }
        catch (InvalidOperationException)
        {
            foreach (var (hintName, source) in generated)
            {
                File.WriteAllText(PathOf(hintName, "received"), source);
            }

            throw;
        }

        foreach (var received in Directory.GetFiles(TestPaths.Snapshots, name + ".*.received.cs"))
        {
            File.Delete(received);
        }
    }

    /// <summary>A <see cref="CSharpSourceGeneratorTest{TSourceGenerator, TVerifier}"/> of the package's generator over a <see cref="TestProject"/>.</summary>
    public sealed class Test : CSharpSourceGeneratorTest<SparkAdsGenerator, DefaultVerifier>
    {
        private readonly TestProject _project;

        public Test(TestProject project)
        {
            _project = project;
            ReferenceAssemblies = project.ReferenceAssemblies;
            project.ApplyTo(TestState);
        }

        protected override ParseOptions CreateParseOptions() => _project.ParseOptions;

        protected override CompilationOptions CreateCompilationOptions() => _project.CompilationOptions();
    }
}
