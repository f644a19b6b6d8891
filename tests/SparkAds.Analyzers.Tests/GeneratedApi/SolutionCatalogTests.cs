using SparkAds.Analyzers.CodeFixes.Switches;
using SparkAds.Analyzers.Lookups;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Tests.GeneratedApi;

/// <summary>
/// Several projects in one solution, in memory: a library that generates the catalog (with a team row) and an app
/// that references it. The app reuses the library's types when it would generate the same namespace, reports one
/// SPARK112 instead of CS0436 when it also adds catalogs there, and its analyzers follow the enum a switch uses.
/// </summary>
public sealed class SolutionCatalogTests
{
    private const string TeamCsv = "key,code,message,remedy\nteam_quota_exceeded,4290,Quota hit.,Retry later.\n";

    private const string BuiltInSwitch = """
        namespace Ads.App
        {
            public static class Handler
            {
                public static string Handle(Ads.Core.SparkAdsError error)
                {
                    [|switch|] (error)
                    {
                        case Ads.Core.SparkAdsError.Unknown: return "unknown";
                        {{CASES}}
                    }

                    return "handled";
                }
            }
        }
        """;

    [Fact]
    public async Task AppInOwnNamespace_SwitchOverLibraryErrors_IsCheckedAgainstTheLibraryCatalog()
    {
        var (markup, app) = AppSwitchingOverLibraryErrors("RootNamespace", "Ads.App");

        var generated = app.RunGenerator();
        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(generated.OutputCompilation, new SwitchAnalyzer());

        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Equal([TeamRowNotHandled(markup)], diagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public async Task AppInTheLibraryNamespace_ReusesTheLibraryTypes_GeneratesNothingAndChecksTheTeamRow()
    {
        var (markup, app) = AppSwitchingOverLibraryErrors("SparkAdsNamespace", "Ads.Core");

        var generated = app.RunGenerator();
        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(generated.OutputCompilation, new SwitchAnalyzer(), new LookupArgumentAnalyzer());

        Assert.Empty(generated.Sources);
        Assert.Empty(generated.Diagnostics);
        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Equal([TeamRowNotHandled(markup)], diagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public async Task AppInTheLibraryNamespace_LookupOfALibraryTeamKey_IsNotReportedAsUnknown()
    {
        var markup = Markup.Parse("""
            namespace Ads.App
            {
                public static class Usage
                {
                    public static bool Known() => Ads.Core.SparkAdsErrors.TryParse("team_quota_exceeded", out _);

                    public static bool Typo() => Ads.Core.SparkAdsErrors.TryParse([|"team_quota_exceded"|], out _);
                }
            }
            """);
        var app = TestProject.Create().WithProperty("SparkAdsNamespace", "Ads.Core").WithReference(Library()).WithSource(markup.Code);

        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(new LookupArgumentAnalyzer());

        Assert.Equal(
            [ExpectedDiagnostic.At(0, "SPARK003", "Key `team_quota_exceded` is not a Spark Ads error; did you mean `team_quota_exceeded`?").Format(markup, TestProject.SourcePath)],
            diagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public async Task AppSwitchOverLibraryErrors_FixAddsTheTeamRowCase_AndCompiles()
    {
        const string Before = """
            namespace Ads.App
            {
                public static class Handler
                {
                    public static int Handle(Ads.Core.SparkAdsError error) => error switch
                    {
                        Ads.Core.SparkAdsError.AuthCodeExpired => 1,
                        _ => 0,
                    };
                }
            }
            """;
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithReference(Library()).WithSource(Before);

        var fixedText = await new CodeFixVerifier(app, new SwitchAnalyzer(), new AddMissingSparkErrorCasesCodeFix())
            .ApplyAsync(AddMissingSparkErrorCasesCodeFix.Title);

        // The library's team row has no remedy here (this project does not read the library's CSV): no empty comment.
        Assert.EndsWith("""
                        // Select a different post or ensure codes match.
                        Ads.Core.SparkAdsError.AuthCodeError => 0,
                        Ads.Core.SparkAdsError.TeamQuotaExceeded => 0,
                        _ => 0,
                    };
                }
            }
            """, fixedText, System.StringComparison.Ordinal);
    }

    [Fact]
    public void AppAddingACatalogInTheLibraryNamespace_ReportsOneSpark112AtItsCatalog_AndNoCompilerError()
    {
        var app = TestProject.Create().WithProperty("SparkAdsNamespace", "Ads.Core").WithAssemblyName("Ads.App")
            .WithCatalog("/app/app-errors.csv", "key,message,remedy\napp_only,App.,Fix.\n")
            .WithReference(Library())
            .WithSource("namespace Ads.App { public static class Usage { public static string Key(Ads.Core.SparkAdsError e) => Ads.Core.SparkAdsErrorExtensions.GetKey(e); } }");

        var generated = app.RunGenerator();

        Assert.Empty(generated.Sources);
        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Equal(
            ["SPARK112 /app/app-errors.csv(1,1)-(1,1): Referenced assembly 'Ads.Core' already exposes the Spark Ads catalog types in namespace 'Ads.Core', so this project's catalogs are not generated; set <SparkAdsNamespace> to another namespace to generate them here, or move their rows into the catalog of 'Ads.Core'"],
            generated.GeneratorDiagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public void ReferencedTypeNamedSparkAdsErrorNotGeneratedByThePackage_IsNotReused()
    {
        var foreign = Compile(TestProject.CreateWithoutBuiltInCatalog().WithAssemblyName("Foreign")
            .WithSource("namespace Ads.Core { public enum SparkAdsError { Unknown } }").CreateCompilation());
        var app = TestProject.Create().WithProperty("SparkAdsNamespace", "Ads.Core").WithReference(foreign);

        var generated = app.RunGenerator();

        Assert.Contains("SparkAdsError.g.cs", generated.Sources.Keys);
        Assert.Empty(generated.Diagnostics);
    }

    [Theory]
    [InlineData("My-App.Api", "My_App.Api")]
    [InlineData("2048.Tools", "_2048.Tools")]
    [InlineData("Acme.class.Ads", "Acme._class.Ads")]
    [InlineData("Acme..Ads ", "Acme.Ads")]
    [InlineData("TikTok.ApiClient", "TikTok.ApiClient")]
    [InlineData("", "SparkAds")]
    [InlineData("-", "_")]
    public void RootNamespace_MadeAValidNamespace_IsTheDefaultAndCompiles(string rootNamespace, string expected)
    {
        var generated = TestProject.Create().WithProperty("RootNamespace", rootNamespace).RunGenerator();

        Assert.Contains("\nnamespace " + expected + "\n", generated.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Empty(generated.Diagnostics);
    }

    [Fact]
    public void SparkAdsNamespace_WinsOverRootNamespace_AnInvalidOneFallsBackToIt()
    {
        var valid = TestProject.Create().WithProperty("RootNamespace", "Acme.App").WithProperty("SparkAdsNamespace", "Acme.TikTok").RunGenerator();
        var invalid = TestProject.Create().WithProperty("RootNamespace", "Acme.App").WithProperty("SparkAdsNamespace", "Acme.class").RunGenerator();

        Assert.Contains("\nnamespace Acme.TikTok\n", valid.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
        Assert.Contains("\nnamespace Acme.App\n", invalid.Sources["SparkAdsError.g.cs"], System.StringComparison.Ordinal);
        Assert.Equal(
            ["SPARK110 : SparkAdsNamespace 'Acme.class' is not a valid C# namespace; the generated code uses 'Acme.App'"],
            invalid.GeneratorDiagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan().Path + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ConsumerClassNamedSparkAds_UsedFromASiblingNamespace_StillCompiles()
    {
        var generated = TestProject.Create().WithProperty("RootNamespace", "TikTok.ApiClient").WithSource("""
            namespace TikTok.ApiClient.Entities
            {
                public class SparkAds { public string? AuthCode { get; set; } }
            }

            namespace TikTok.ApiClient.Services
            {
                using TikTok.ApiClient.Entities;

                public static class SparkAdsService
                {
                    public static SparkAds Create() => new SparkAds { AuthCode = SparkAdsErrorKeys.AuthCodeExpired };

                    public static string Explain(SparkAdsError error) => error.GetRemedy();
                }
            }
            """).RunGenerator();

        Assert.Empty(generated.CompilationDiagnostics);
    }

    /// <summary>
    /// The app <c>Ads.App</c> (with <paramref name="property"/> set to <paramref name="value"/>) referencing <see cref="Library"/>,
    /// with one switch over the library's errors that handles every built-in row but not the library's team row.
    /// </summary>
    private static (Markup Markup, TestProject App) AppSwitchingOverLibraryErrors(string property, string value)
    {
        var markup = Markup.Parse(BuiltInSwitch.Replace("{{CASES}}", BuiltInCases("Ads.Core.SparkAdsError")));
        var app = TestProject.Create().WithProperty(property, value).WithAssemblyName("Ads.App")
            .WithReference(Library()).WithSource(markup.Code);
        return (markup, app);
    }

    /// <summary>The SPARK001 that <see cref="BuiltInSwitch"/> gets for the library's team row, at its <c>switch</c> keyword.</summary>
    private static string TeamRowNotHandled(Markup markup)
        => ExpectedDiagnostic.At(0, "SPARK001", "This switch over Spark Ads errors does not handle team_quota_exceeded (4290)").Format(markup, TestProject.SourcePath);

    /// <summary>A class library <c>Ads.Core</c> with the built-in catalog and one team row, compiled to metadata as a build would.</summary>
    internal static MetadataReference Library()
    {
        var library = TestProject.Create().WithProperty("RootNamespace", "Ads.Core").WithAssemblyName("Ads.Core")
            .WithCatalog("/core/team-errors.csv", TeamCsv)
            .WithSource("namespace Ads.Core { public static class Marker { } }");
        var generated = library.RunGenerator();
        Assert.Empty(generated.CompilationDiagnostics);
        return Compile(generated.OutputCompilation);
    }

    private static PortableExecutableReference Compile(Compilation compilation)
    {
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>A <c>case</c> per built-in catalog member, qualified with <paramref name="enumName"/>.</summary>
    private static string BuiltInCases(string enumName)
        => string.Join("\n", BuiltInMembers().Select(m => $"case {enumName}.{m}: return \"{m}\";"));

    private static string[] BuiltInMembers()
    {
        var generated = TestProject.Create().RunGenerator();
        return generated.OutputCompilation.GetTypeByMetadataName("SparkAds.SparkAdsError")!.GetMembers()
            .OfType<IFieldSymbol>().Where(f => f.Name != "Unknown").Select(f => f.Name).ToArray();
    }
}
