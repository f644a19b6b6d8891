using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.CatalogFaults;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// One package in every host: the design-time build an IDE runs hands the compiler the same options
/// (<c>*.GeneratedMSBuildEditorConfig.editorconfig</c>, which CoreCompile reads) as a build, so it never makes the next
/// build of an unchanged project recompile. The packed package in a restored consumer, under each setting that changes
/// where analyzers run: build, build again, the IDE's design-time build, build again. The compiler's output keeping its
/// timestamp is the witness that CoreCompile was skipped, first shown for two builds with nothing in between. The
/// options are also read as the compiler reads them, to show who reports catalog faults under each setting.
/// </summary>
public sealed class DesignTimeBuildEndToEndTests(RestoredConsumerFixture consumer) : IClassFixture<RestoredConsumerFixture>
{
    public static TheoryData<string, string, string> Settings => new()
    {
        // Where builds run analyzers the analyzer reports; where they do not, the generator too (an IDE that runs
        // analyzers live then shows both, as catalog/README.md says).
        { "", "", "analyzer" },
        { "RunAnalyzersDuringBuild", "false", "generator, analyzer" },
        { "RunAnalyzersDuringLiveAnalysis", "false", "analyzer" },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void DesignTimeBuildBetweenBuilds_HandsTheCompilerTheSameOptions_AndTheNextBuildSkipsCoreCompile(string property, string value, string reporters)
    {
        string[] setting = property.Length == 0 ? [] : ["-p:" + property + "=" + value];
        var options = Path.Combine(consumer.ConsumerDirectory, "obj", "Release", "net10.0", "Consumer.GeneratedMSBuildEditorConfig.editorconfig");
        var compiled = Path.Combine(consumer.ConsumerDirectory, "obj", "Release", "net10.0", "Consumer.dll");

        Build(setting);
        var built = File.ReadAllBytes(options);
        var builtAt = File.GetLastWriteTimeUtc(compiled);
        Assert.Equal(reporters, CatalogFaultReporters(options));

        Build(setting);
        Assert.True(builtAt == File.GetLastWriteTimeUtc(compiled), "A build of the unchanged project ran CoreCompile.");

        DotNetCli.RunOrFail(
            consumer.ConsumerDirectory,
            ["msbuild", "-t:Compile", "-p:DesignTimeBuild=true", "-p:BuildingProject=false", "-p:SkipCompilerExecution=true", "-p:ProvideCommandLineArgs=true", .. Common, .. setting]);
        AssertUnchanged(built, options, "the design-time build");

        Build(setting);
        AssertUnchanged(built, options, "the build after it");
        Assert.True(builtAt == File.GetLastWriteTimeUtc(compiled), "The build after the design-time build ran CoreCompile on the unchanged project.");
    }

    private string[] Common => ["-p:Configuration=Release", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:RestorePackagesPath=" + consumer.PackagesDirectory];

    private void Build(string[] setting) => DotNetCli.RunOrFail(consumer.ConsumerDirectory, ["build", "--no-restore", "-tl:off", .. Common, .. setting]);

    /// <summary>Who reports catalog faults with the options in <paramref name="path"/>, parsed as the compiler parses them.</summary>
    private static string CatalogFaultReporters(string path)
    {
        var parsed = AnalyzerConfigSet.Create(ImmutableArray.Create(AnalyzerConfig.Parse(File.ReadAllText(path), path))).GlobalConfigOptions.AnalyzerOptions;
        var options = parsed.Aggregate(TestOptionsProvider.Empty, (all, option) => all.WithGlobal(option.Key, option.Value)).GlobalOptions;
        return string.Join(", ", new[] { CatalogFaultReporter.GeneratorReports(options) ? "generator" : null, CatalogFaultReporter.AnalyzerReports(options) ? "analyzer" : null }.OfType<string>());
    }

    private static void AssertUnchanged(byte[] built, string options, string after)
    {
        var now = File.ReadAllBytes(options);
        Assert.True(
            built.AsSpan().SequenceEqual(now),
            $"The compiler's options after {after} differ from the build's.\nBuild:\n{System.Text.Encoding.UTF8.GetString(built)}\nAfter {after}:\n{System.Text.Encoding.UTF8.GetString(now)}");
    }
}
