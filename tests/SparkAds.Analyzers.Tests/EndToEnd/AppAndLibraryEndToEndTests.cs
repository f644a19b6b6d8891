namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>
/// The recommended solution layout as <c>samples/</c> holds it, built from the packed package: a netstandard2.0 library
/// with the team catalog and a net10.0 app that references it, both referencing the package; beside them the same app
/// without a package reference of its own. One build, a run of the app, <c>dotnet format</c> over the app and a build of
/// the fixed app with warnings as errors.
/// </summary>
public sealed class AppAndLibraryEndToEndTests(AppAndLibraryEndToEndTests.Solution solution) : IClassFixture<AppAndLibraryEndToEndTests.Solution>
{
    private const string Library = "SparkAds.Sample.Library";
    private const string App = "SparkAds.Sample.App";
    private const string BareApp = "SparkAds.Sample.BareApp";

    [Fact]
    public void Build_Succeeds_WithNoCompilerOrHostDiagnostic()
    {
        Assert.True(solution.Build.ExitCode == 0, solution.Build.Output);
        Assert.DoesNotMatch(SolutionEndToEndTests.CompilerDiagnostic(), solution.Build.Output);
        foreach (var id in new[] { "CS8032", "CS9057", "CS8785", "AD0001", "SPARK1" })
        {
            Assert.DoesNotContain(id, solution.Build.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void App_GetsSpark001And005To007OnItsMarkedLines_AgainstTheLibraryCatalogWithItsTeamRows()
    {
        var expected = AnalyzerDiagnosticsEndToEndTests.ExpectedFrom("Mistakes.cs", Solution.Original(App, "Mistakes.cs"))
            .Concat(AnalyzerDiagnosticsEndToEndTests.ExpectedFrom("Program.cs", Solution.Original(App, "Program.cs")))
            .Select(line => App + "/" + line)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["SPARK001", "SPARK005", "SPARK006", "SPARK007"], expected.Select(line => line[(line.LastIndexOf(' ') + 1)..]).Order(StringComparer.Ordinal));
        Assert.Equal(expected, Reported().Select(d => $"{d.Project}/{d.Location}: {d.Id}").Order(StringComparer.Ordinal));
        // 16 errors unhandled: 14 built-in ones and the library's 2 team rows; SPARK007 names a team row's constant.
        Assert.Equal(
            [
                "SPARK001 This switch over Spark Ads errors does not handle video_unavailable (4002), video_deleted (4002), auth_code_format_error (4013) and 13 more",
                "SPARK007 `nameof(SparkAdsError.CreativeRejected)` is a SparkAdsError member name, but it is compared with a TikTok error key: use SparkAdsErrorKeys.CreativeRejected",
            ],
            Reported().Where(d => d.Id is "SPARK001" or "SPARK007").Select(d => d.Id + " " + d.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Library_GeneratesTheCatalog_TheAppGeneratesNone()
    {
        Assert.Contains("namespace SparkAds.Sample.Library\n", File.ReadAllText(solution.Generated(Library, "netstandard2.0")), StringComparison.Ordinal);
        Assert.False(File.Exists(solution.Generated(App, "net10.0")), "The app generated a second catalog beside the library's.");
    }

    [Fact]
    public void AppWithoutAPackageReferenceOfItsOwn_GetsNoAnalyzers_AndStillCompilesAgainstTheLibraryTypes()
    {
        Assert.True(File.Exists(Path.Combine(solution.Root, BareApp, "bin", "Release", "net10.0", BareApp + ".dll")), solution.Build.Output);
        Assert.DoesNotContain(Reported(), d => d.Project == BareApp);
        Assert.False(File.Exists(solution.Generated(BareApp, "net10.0")));
    }

    [Fact]
    public void App_ResolvesTheLibrarysTeamKey_WhenItRuns()
    {
        Assert.True(solution.Run.ExitCode == 0, solution.Run.Output);
        Assert.Contains("Resolve(\"creative_rejected\", 40010): CreativeRejected\n", solution.Run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains(
            "  -> SampleQuotaExceeded (key sample_quota_exceeded, code none, system)\n     message: Too many Spark Ads requests, in too short a time.\n     remedy:  Wait a minute, then retry.\n",
            solution.Run.Output.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    /// <summary>The library's typed team columns (retryable:bool, owner:text) are lookups of its compiled catalog: the app, which generates nothing, reads them; a built-in row has none.</summary>
    [Fact]
    public void App_ReadsTheLibrarysTypedTeamColumns_WhenItRuns()
    {
        var output = solution.Run.Output.ReplaceLineEndings("\n");

        Assert.True(solution.Run.ExitCode == 0, solution.Run.Output);
        Assert.Contains(
            "  -> CreativeRejected (key creative_rejected, code 40010)\n     message: The creative was rejected in review.\n     remedy:  Edit the creative to meet the ad policies and submit it again.\n     next:    show the remedy to the advertiser\n     team:    retryable False, owner Creative review team\n",
            output,
            StringComparison.Ordinal);
        Assert.Contains("     remedy:  Wait a minute, then retry.\n     next:    show the remedy to the advertiser\n     team:    retryable True, owner Ads platform team\n", output, StringComparison.Ordinal);
        Assert.Contains("  -> AuthCodeExpired (key auth_code_expired, code 4025)\n", output, StringComparison.Ordinal);
        Assert.Equal(4, output.Split("     team:    retryable not said, owner none\n").Length - 1); // the built-in rows printed: 4025, 4002 twice, and Unknown
    }

    [Fact]
    public void DotNetFormat_FixesTheAppSwitchWithTheTeamRowsRemedies_AndTheFixedAppBuildsWithWarningsAsErrors()
    {
        Assert.True(solution.Format.ExitCode == 0, solution.Format.Output);
        var program = solution.Current(App, "Program.cs").ReplaceLineEndings("\n");

        Assert.Contains(
            """
                    case SparkAdsError.CreativeRejected:
                        // Edit the creative to meet the ad policies and submit it again.
                        break;
                    case SparkAdsError.SampleQuotaExceeded:
                        // Wait a minute, then retry.
                        break;
                }

                return "show the remedy to the advertiser";
            """.ReplaceLineEndings("\n"),
            program,
            StringComparison.Ordinal);
        Assert.Equal(21, program.Split("case SparkAdsError.").Length - 1); // one case per error of the library's catalog (18 built-in, 2 team rows) and Unknown
        Assert.True(solution.FixedBuild.ExitCode == 0, "The fixed app does not build with warnings as errors:\n" + solution.FixedBuild.Output + "\n\n" + program);
        Assert.DoesNotContain(" SPARK", solution.FixedBuild.Output, StringComparison.Ordinal);
    }

    private IEnumerable<(string Project, string Location, string Id, string Message)> Reported()
        => SolutionEndToEndTests.SparkDiagnostic().Matches(solution.Build.Output)
            .Select(m => (m.Groups["project"].Value, $"{m.Groups["file"].Value}({m.Groups["line"].Value},{m.Groups["column"].Value})", m.Groups["id"].Value, m.Groups["message"].Value))
            .Distinct();

    /// <summary>
    /// Copies the sample solution to a temporary folder (its NuGet.Config replaced by one that takes the package from the
    /// packed nupkg only), adds the app without a package reference, then builds, runs the app, formats it and builds it again.
    /// </summary>
    public sealed class Solution : IDisposable
    {
        public Solution()
        {
            var samples = Path.Combine(TestPaths.RepositoryRoot, "samples");
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
            {
                File.Copy(Path.Combine(samples, file), Path.Combine(Root, file));
            }

            File.WriteAllText(Path.Combine(Root, "NuGet.Config"), NuGetConfig);
            foreach (var project in new[] { Library, App })
            {
                CopySources(Path.Combine(samples, project), Path.Combine(Root, project));
            }

            // The same app with no package reference of its own: NuGet passes no analyzer through the library's PrivateAssets="all".
            CopySources(Path.Combine(samples, App), Path.Combine(Root, BareApp));
            var appProject = Path.Combine(Root, BareApp, App + ".csproj");
            var withoutPackage = File.ReadAllText(appProject).Replace("""<PackageReference Include="SparkAds.Analyzers" Version="1.0.0" PrivateAssets="all" />""", string.Empty, StringComparison.Ordinal);
            Assert.NotEqual(File.ReadAllText(appProject), withoutPackage);
            File.WriteAllText(Path.Combine(Root, BareApp, BareApp + ".csproj"), withoutPackage);
            File.Delete(appProject);
            File.WriteAllText(Path.Combine(Root, "Solution.slnx"), "<Solution>\n" + string.Concat(new[] { Library, App, BareApp }.Select(p => $"  <Project Path=\"{p}/{p}.csproj\" />\n")) + "</Solution>\n");

            var packages = "-p:RestorePackagesPath=" + Path.Combine(Root, ".packages");
            Build = DotNetCli.Run(Root, "build", "Solution.slnx", "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:EmitCompilerGeneratedFiles=true", packages);
            if (Build.ExitCode != 0)
            {
                return;
            }

            Run = DotNetCli.Run(Root, Path.Combine(Root, App, "bin", "Release", "net10.0", App + ".dll"));
            Format = DotNetCli.Run(Root, "format", "analyzers", Path.Combine(App, App + ".csproj"), "--diagnostics", "SPARK001", "SPARK005", "SPARK006", "SPARK007", "--no-restore");
            FixedBuild = DotNetCli.Run(Root, "build", Path.Combine(App, App + ".csproj"), "-c", "Release", "-tl:off", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:TreatWarningsAsErrors=true", "--no-restore", packages);
        }

        public string Root { get; } = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "sparkads-app-library-" + Guid.NewGuid().ToString("N"))).FullName;

        public (int ExitCode, string Output) Build { get; }

        public (int ExitCode, string Output) Run { get; } = (-1, "not run: the build failed");

        public (int ExitCode, string Output) Format { get; } = (-1, "not run: the build failed");

        public (int ExitCode, string Output) FixedBuild { get; } = (-1, "not run: the build failed");

        /// <summary>A sample file as the repository holds it.</summary>
        public static string Original(string project, string file) => File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "samples", project, file));

        /// <summary>A file of the copy, after <c>dotnet format</c>.</summary>
        public string Current(string project, string file) => File.ReadAllText(Path.Combine(Root, project, file));

        /// <summary>Where the README says the generated enum of <paramref name="project"/> lands with <c>EmitCompilerGeneratedFiles</c>.</summary>
        public string Generated(string project, string targetFramework)
            => Path.Combine(Root, project, "obj", "Release", targetFramework, "generated", "SparkAds.Analyzers", "SparkAds.Analyzers.Generator.SparkAdsGenerator", "SparkAdsError.g.cs");

        public void Dispose() => PackedPackage.TryDelete(Root);

        /// <summary>
        /// SparkAds.Analyzers only from the packed package; NETStandard.Library, which the netstandard2.0 library needs,
        /// from the package folder this test project restored from: no network, and no other copy of ours.
        /// </summary>
        private static string NuGetConfig => $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="sparkads-local" value="{{PackedPackage.Feed}}" />
                <add key="restored" value="{{TestPaths.NuGetPackageRoot}}" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="sparkads-local">
                  <package pattern="SparkAds.Analyzers" />
                </packageSource>
                <packageSource key="restored">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """;

        private static void CopySources(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var file in Directory.GetFiles(from))
            {
                File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
            }
        }
    }
}
