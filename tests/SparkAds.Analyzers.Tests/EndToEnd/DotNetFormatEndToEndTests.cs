namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// The code fixes in a real host: <c>dotnet format analyzers</c> (shipped with the SDK, as a user's CI runs it) over a
/// project restored from the packed package, then a real build of the fixed code with warnings as errors.
/// </summary>
public sealed class DotNetFormatEndToEndTests : IDisposable
{
    private const string Before = """
        namespace Fmt;

        public static class Program
        {
            public static string Identity = "CUSTOMIZED_USER";

            public static int Handle(SparkAdsError error)
            {
                switch (error)
                {
                    case SparkAdsError.AuthCodeExpired:
                        return 1;
                }

                return 0;
            }

            public static void Main() => System.Console.WriteLine(Handle(SparkAdsError.VideoDeleted) + Identity);
        }
        """;

    private const string ConversionsBefore = """
        namespace Fmt;

        public static class Conversions
        {
            public static SparkAdsError ByCode(int errorCode) => (SparkAdsError)errorCode;

            public static SparkAdsError ByKey(string errorKey) => System.Enum.Parse<SparkAdsError>(errorKey);

            public static bool Is(SparkAdsError error, string errorKey) => error.ToString() == errorKey || errorKey == nameof(SparkAdsError.VideoDeleted);
        }
        """;

    private const string ConversionsAfter = """
        namespace Fmt;

        public static class Conversions
        {
            public static SparkAdsError ByCode(int errorCode) => SparkAdsErrors.Resolve(null, errorCode);

            public static SparkAdsError ByKey(string errorKey) => SparkAdsErrors.Resolve(errorKey, null);

            public static bool Is(SparkAdsError error, string errorKey) => error.GetKey() == errorKey || errorKey == SparkAdsErrorKeys.VideoDeleted;
        }
        """;

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sparkads-format-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void DotNetFormat_FixesSpark001Spark004AndSpark005To007_AndTheFixedProjectBuildsWithWarningsAsErrors()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "NuGet.Config"), PackedPackage.NuGetConfig);
        File.WriteAllText(Path.Combine(_root, "Fmt.csproj"), PackedPackage.ConsumerProject());
        var program = Path.Combine(_root, "Program.cs");
        File.WriteAllText(program, Before);
        var conversions = Path.Combine(_root, "Conversions.cs");
        File.WriteAllText(conversions, ConversionsBefore);
        var packages = "-p:RestorePackagesPath=" + Path.Combine(_root, ".packages");
        (int ExitCode, string Output) BuildWithWarningsAsErrors()
            => DotNetCli.Run(_root, "build", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:TreatWarningsAsErrors=true", packages, "--no-restore");

        DotNetCli.RunOrFail(_root, "restore", packages);
        var before = BuildWithWarningsAsErrors();
        Assert.True(before.ExitCode != 0, "The unfixed project should fail under warnings as errors:\n" + before.Output);
        Assert.Contains("error SPARK001", before.Output, StringComparison.Ordinal);
        Assert.Contains("error SPARK004", before.Output, StringComparison.Ordinal);
        Assert.Contains("error SPARK005", before.Output, StringComparison.Ordinal);
        Assert.Contains("error SPARK006", before.Output, StringComparison.Ordinal);
        Assert.Contains("error SPARK007", before.Output, StringComparison.Ordinal);

        DotNetCli.RunOrFail(_root, "format", "analyzers", "--diagnostics", "SPARK001", "SPARK004", "SPARK005", "SPARK006", "SPARK007", "--severity", "info", "--no-restore");
        var fixedText = File.ReadAllText(program);
        var after = BuildWithWarningsAsErrors();

        Assert.True(after.ExitCode == 0, "The fixed project does not build:\n" + after.Output + "\n\n" + fixedText);
        Assert.Contains("public static string Identity = \"TT_USER\";", fixedText, StringComparison.Ordinal);
        Assert.Equal(ConversionsAfter, File.ReadAllText(conversions).ReplaceLineEndings("\n"));
        Assert.Contains("            case SparkAdsError.VideoDeleted:\n                // Contact the creator or choose another post.\n                break;\n", fixedText.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(18, fixedText.Split("case SparkAdsError.").Length - 1); // one per built-in row
        Assert.DoesNotContain(after.Output.Split('\n'), line => line.Contains(" SPARK", StringComparison.Ordinal) && (line.Contains("warning", StringComparison.Ordinal) || line.Contains("error", StringComparison.Ordinal)));
    }

    public void Dispose() => PackedPackage.TryDelete(_root);
}
