using System.Text;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>
/// Approved-file snapshots of what the generator writes for a consumer. <see cref="MatchesAsync"/> checks everything
/// through Microsoft.CodeAnalysis.Testing (<see cref="Test"/>): <c>Snapshots/{name}.{hint name without .g.cs}.verified.cs</c>
/// holds the approved text of each file, and the generator must write exactly those files with exactly that text (and
/// encoding), and nothing else: no diagnostic, and a consumer that compiles. <see cref="Matches"/> pins one text of
/// several (<c>Snapshots/{name}.verified.cs</c>), which the framework, comparing a generator's whole output, cannot. On a
/// mismatch each text is written beside its snapshot as <c>.received.cs</c>; set <c>SPARKADS_ACCEPT_SNAPSHOTS=1</c> to
/// approve instead.
/// </summary>
public static class SnapshotAssert
{
    private static bool Accepting => Environment.GetEnvironmentVariable("SPARKADS_ACCEPT_SNAPSHOTS") == "1";

    public static async Task MatchesAsync(string name, TestProject project)
    {
        // In the order the generator writes them, so a changed file is compared with its own snapshot (the framework
        // pairs files by content, and falls back to their order).
        var generated = project.RunGenerator().Run.Results.SelectMany(r => r.GeneratedSources).Select(s => (Name: name + "." + s.HintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal), Text: s.SourceText.ToString())).ToList();
        if (Accepting)
        {
            generated.ForEach(g => File.WriteAllText(PathOf(g.Name, "verified"), g.Text));
            return;
        }

        // {name}.{type}.verified.cs: a type is a hint name, without dots (Matches' snapshots may extend the name).
        var approved = Directory.GetFiles(TestPaths.Snapshots, name + ".*.verified.cs")
            .Where(file => !Path.GetFileName(file)[(name.Length + 1)..^".verified.cs".Length].Contains('.', StringComparison.Ordinal))
            .OrderBy(file => generated.FindIndex(g => PathOf(g.Name, "verified") == file) is var i && i >= 0 ? i : int.MaxValue)
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
            generated.ForEach(g => File.WriteAllText(PathOf(g.Name, "received"), g.Text));
            throw;
        }

        generated.ForEach(g => File.Delete(PathOf(g.Name, "received")));
    }

    /// <summary><paramref name="actual"/> is the approved <c>Snapshots/{name}.verified.cs</c>, e.g. one generated file.</summary>
    public static void Matches(string name, string actual)
    {
        if (Accepting)
        {
            File.WriteAllText(PathOf(name, "verified"), actual);
            return;
        }

        var expected = File.Exists(PathOf(name, "verified")) ? File.ReadAllText(PathOf(name, "verified")) : null;
        if (expected != actual)
        {
            File.WriteAllText(PathOf(name, "received"), actual);
            Assert.Fail(expected is null
                ? $"No approved snapshot {PathOf(name, "verified")}. Review {PathOf(name, "received")} and rename it to approve it."
                : $"Generated text differs from {PathOf(name, "verified")}. Compare with {PathOf(name, "received")}.");
        }

        File.Delete(PathOf(name, "received"));
    }

    private static string PathOf(string name, string kind) => Path.Combine(TestPaths.Snapshots, $"{name}.{kind}.cs");

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
