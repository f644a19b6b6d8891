using SparkAds.Analyzers.CodeFixes.Switches;
using SparkAds.Analyzers.Lookups;
using SparkAds.Analyzers.Switches;

namespace SparkAds.Analyzers.Tests.GeneratedApi;

/// <summary>
/// Several projects in one solution, in memory: a library that generates the catalog (with a team row) and an app
/// that references it. One catalog for the solution: the app, with no catalog of its own and no other
/// <c>SparkAdsNamespace</c>, generates nothing and uses the library's types in whatever namespace they are, and its
/// analyzers and fixes use the library's catalog, team rows and remedies included; two such references get one
/// SPARK125; an app that adds catalogs where a referenced catalog is gets one SPARK112 instead of CS0436.
/// </summary>
public sealed class SolutionCatalogTests
{
    private const string TeamCsv = "key,code,message,remedy,retryable:bool,owner:text\nteam_quota_exceeded,4290,Quota hit.,Retry later.,true,Ads platform\n";

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

    /// <summary>
    /// The app in its own root namespace, referencing the library as a build does (its assembly, or its reference
    /// assembly) and as an IDE does (its compilation): it generates nothing, and its switch is owed the team row.
    /// </summary>
    [Theory]
    [InlineData(LibraryForm.Assembly)]
    [InlineData(LibraryForm.ReferenceAssembly)]
    [InlineData(LibraryForm.Compilation)]
    public async Task AppInItsOwnRootNamespace_UsesTheLibraryCatalog_GeneratesNothingAndChecksTheTeamRow(LibraryForm form)
    {
        var (markup, app) = AppSwitchingOverLibraryErrors("RootNamespace", "Ads.App", Library(form));

        var generated = app.RunGenerator();
        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(generated.OutputCompilation, new SwitchAnalyzer());

        Assert.Empty(generated.Sources);
        Assert.Empty(generated.Diagnostics);
        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Equal([TeamRowNotHandled(markup)], diagnostics.Select(ExpectedDiagnostic.Format));
    }

    /// <summary>
    /// The library's typed team columns are lookups of its compiled catalog: the app, generating nothing, calls
    /// <c>GetRetryable()</c> and <c>GetOwner()</c> and the compiler binds them to the library's extensions.
    /// </summary>
    [Theory]
    [InlineData(LibraryForm.Assembly)]
    [InlineData(LibraryForm.ReferenceAssembly)]
    [InlineData(LibraryForm.Compilation)]
    public void AppInItsOwnRootNamespace_CallsTheLibraryTypedColumnLookups_WhichBindToTheLibrary(LibraryForm form)
    {
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithAssemblyName("Ads.App").WithReference(Library(form)).WithSource("""
            using Ads.Core;

            namespace Ads.App
            {
                public static class Routing
                {
                    public static bool ShouldRetry(SparkAdsError error) => error.GetRetryable() ?? error.IsSystemError();

                    public static string Owner(SparkAdsError error) => error.GetOwner() ?? "nobody";
                }
            }
            """);

        var generated = app.RunGenerator();
        var tree = generated.OutputCompilation.SyntaxTrees.Single();
        var model = generated.OutputCompilation.GetSemanticModel(tree);
        var lookups = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.InvocationExpressionSyntax>()
            .Select(invocation => (IMethodSymbol)model.GetSymbolInfo(invocation).Symbol!)
            .Select(method => method.ContainingAssembly.Name + ": " + (method.ReducedFrom ?? method).ToDisplayString());

        Assert.Empty(generated.Sources);
        Assert.Empty(generated.Diagnostics);
        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Equal(
            [
                "Ads.Core: Ads.Core.SparkAdsErrorExtensions.GetRetryable(Ads.Core.SparkAdsError)",
                "Ads.Core: Ads.Core.SparkAdsErrorExtensions.IsSystemError(Ads.Core.SparkAdsError)",
                "Ads.Core: Ads.Core.SparkAdsErrorExtensions.GetOwner(Ads.Core.SparkAdsError)",
            ],
            lookups);
    }

    [Fact]
    public async Task AppInItsOwnRootNamespace_UsesTheLibraryTypesUnqualified_AndItsCodeSwitchIsOwedTheLibraryCodes()
    {
        var markup = Markup.Parse("""
            using Billing.Errors;

            namespace Ads.App
            {
                public static class Handler
                {
                    public static SparkAdsError Low() => SparkAdsErrors.Resolve("billing_quota_low", 7002);

                    public static string Handle(int code)
                    {
                        [|switch|] (code)
                        {
                            case SparkAdsErrorCodes.BillingCardDeclined: return "card";
                            case SparkAdsErrorCodes.BillingAccountClosed: return "account";
                            default: throw new System.ArgumentOutOfRangeException(nameof(code));
                        }
                    }
                }
            }
            """);
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithReference(BillingLibrary()).WithSource(markup.Code);

        var generated = app.RunGenerator();
        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(generated.OutputCompilation, new SwitchAnalyzer());

        Assert.Empty(generated.Sources);
        Assert.Empty(generated.Diagnostics);
        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Equal(
            [ExpectedDiagnostic.At(0, "SPARK001", "This switch over Spark Ads errors does not handle billing_quota_low (7002)").Format(markup, TestProject.SourcePath)],
            diagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public void AppSettingAnotherSparkAdsNamespace_GeneratesItsOwnCatalogThere()
    {
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithProperty("SparkAdsNamespace", "Ads.App.Errors").WithReference(Library());

        var generated = app.RunGenerator();

        Assert.Contains("\nnamespace Ads.App.Errors\n", generated.Sources["SparkAdsError.g.cs"], StringComparison.Ordinal);
        Assert.Empty(generated.Diagnostics);
        Assert.Empty(generated.CompilationDiagnostics);
    }

    [Fact]
    public void AppAddingACatalogInItsOwnNamespace_GeneratesItsOwnCatalog_WithNoDiagnostic()
    {
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithCatalog("/app/app-errors.csv", "key,message,remedy\napp_only,App.,Fix.\n").WithReference(Library());

        var generated = app.RunGenerator();

        Assert.Contains("\nnamespace Ads.App\n", generated.Sources["SparkAdsError.g.cs"], StringComparison.Ordinal);
        Assert.Contains("AppOnly = ", generated.Sources["SparkAdsError.g.cs"], StringComparison.Ordinal);
        Assert.Empty(generated.Diagnostics);
        Assert.Empty(generated.CompilationDiagnostics);
    }

    [Fact]
    public async Task AppReferencingTwoCatalogs_ReportsOneSpark125AndGeneratesNothing_AndStillChecksASwitchOverEither()
    {
        var markup = Markup.Parse("""
            namespace Ads.App
            {
                public static class Handler
                {
                    public static string Handle(Billing.Errors.SparkAdsError error)
                    {
                        [|switch|] (error)
                        {
                            case Billing.Errors.SparkAdsError.BillingCardDeclined: return "card";
                            case Billing.Errors.SparkAdsError.BillingAccountClosed: return "account";
                        }

                        return "other";
                    }

                    public static string Code(int code)
                    {
                        switch (code)
                        {
                            case 4025: return "renew";
                            case 4002: return "other post";
                        }

                        return "other";
                    }
                }
            }
            """);
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithReference(Library()).WithReference(BillingLibrary()).WithSource(markup.Code);

        var generated = app.RunGenerator();
        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(generated.OutputCompilation, new SwitchAnalyzer());

        Assert.Empty(generated.Sources);
        Assert.Empty(generated.CompilationDiagnostics);
        Assert.Equal(
            ["SPARK125 : This project references several assemblies that expose the Spark Ads catalog types ('Ads.Core' (namespace 'Ads.Core'), 'Billing' (namespace 'Billing.Errors')), so it generates none and uses none of them as its own; set <SparkAdsNamespace> to the namespace of the catalog this project uses"],
            generated.Diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan().Path + ": " + d.GetMessage(CultureInfo.InvariantCulture)));
        // The switch over Billing's enum is checked against Billing's catalog; the code switch against none, so it is quiet.
        Assert.Equal(
            [ExpectedDiagnostic.At(0, "SPARK001", "This switch over Spark Ads errors does not handle billing_quota_low (7002)").Format(markup, TestProject.SourcePath)],
            diagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public async Task AppReferencingTwoCatalogs_StillChecksALookupAgainstItsClassCatalog()
    {
        var markup = Markup.Parse("""
            namespace Ads.App
            {
                public static class Handler
                {
                    public static bool Parse() => Billing.Errors.SparkAdsErrors.TryParse([|"billing_quota_lwo"|], out _);
                }
            }
            """);
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithReference(Library()).WithReference(BillingLibrary()).WithSource(markup.Code);

        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(app.RunGenerator().OutputCompilation, new LookupArgumentAnalyzer());

        Assert.Equal(
            [ExpectedDiagnostic.At(0, "SPARK003", "Key `billing_quota_lwo` is not a Spark Ads error; did you mean `billing_quota_low`?").Format(markup, TestProject.SourcePath)],
            diagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public async Task AppReferencingTwoCatalogs_SparkAdsNamespaceChoosesOne_ItsCodeSwitchIsOwedThatCatalogsCodes()
    {
        var markup = Markup.Parse("""
            namespace Ads.App
            {
                public static class Handler
                {
                    public static string Code(int code)
                    {
                        [|switch|] (code)
                        {
                            case 7001: return "card";
                            case 7003: return "account";
                        }

                        return "other";
                    }
                }
            }
            """);
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithProperty("SparkAdsNamespace", "Billing.Errors")
            .WithReference(Library()).WithReference(BillingLibrary()).WithSource(markup.Code);

        var generated = app.RunGenerator();
        var diagnostics = await app.GetAnalyzerDiagnosticsAsync(generated.OutputCompilation, new SwitchAnalyzer());

        Assert.Empty(generated.Sources);
        Assert.Empty(generated.Diagnostics);
        Assert.Equal(
            [ExpectedDiagnostic.At(0, "SPARK001", "This switch over Spark Ads errors does not handle billing_quota_low (7002)").Format(markup, TestProject.SourcePath)],
            diagnostics.Select(ExpectedDiagnostic.Format));
    }

    [Fact]
    public async Task AppInTheLibraryNamespace_ReusesTheLibraryTypes_GeneratesNothingAndChecksTheTeamRow()
    {
        var (markup, app) = AppSwitchingOverLibraryErrors("SparkAdsNamespace", "Ads.Core", Library());

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
    public async Task AppSwitchOverLibraryErrors_FixAddsTheTeamRowCaseWithItsRemedy_AndCompiles()
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

        // The library's team row carries its remedy in the library's compiled enum: this project reads no CSV.
        Assert.EndsWith("""
                        // Select a different post or ensure codes match.
                        Ads.Core.SparkAdsError.AuthCodeError => 0,
                        // Retry later.
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

    [Theory]
    [InlineData("SparkAdsNamespace", "Ads.Core")]
    [InlineData("RootNamespace", "Ads.App")]
    public void ReferencedTypeNamedSparkAdsErrorNotGeneratedByThePackage_IsNotReused(string property, string value)
    {
        var foreign = TestReferences.Image(TestProject.CreateWithoutBuiltInCatalog().WithAssemblyName("Foreign")
            .WithSource("namespace Ads.Core { [System.CodeDom.Compiler.GeneratedCode(\"SomeOtherTool\", \"1.0\")] public enum SparkAdsError { Unknown } }").CreateCompilation());
        var app = TestProject.Create().WithProperty(property, value).WithReference(foreign);

        var generated = app.RunGenerator();

        Assert.Contains("\nnamespace " + value + "\n", generated.Sources["SparkAdsError.g.cs"], StringComparison.Ordinal);
        Assert.Empty(generated.Diagnostics);
    }

    [Fact]
    public void LibraryReferencedUnderAnExternAlias_IsNotUsed_TheAppGeneratesItsOwn()
    {
        var app = TestProject.Create().WithProperty("RootNamespace", "Ads.App").WithReference(Library().WithAliases(["core"]));

        var generated = app.RunGenerator();

        Assert.Contains("\nnamespace Ads.App\n", generated.Sources["SparkAdsError.g.cs"], StringComparison.Ordinal);
        Assert.Empty(generated.Diagnostics);
        Assert.Empty(generated.CompilationDiagnostics);
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

    /// <summary>How the app is handed the library: as a build of the library, its reference assembly, or an IDE's project reference.</summary>
    public enum LibraryForm
    {
        Assembly,
        ReferenceAssembly,
        Compilation,
    }

    /// <summary>
    /// The app <c>Ads.App</c> (with <paramref name="property"/> set to <paramref name="value"/>) referencing <paramref name="library"/>
    /// (<see cref="Library"/>), with one switch over the library's errors that handles every built-in row but not the library's team row.
    /// </summary>
    private static (Markup Markup, TestProject App) AppSwitchingOverLibraryErrors(string property, string value, MetadataReference library)
    {
        var markup = Markup.Parse(BuiltInSwitch.Replace("{{CASES}}", BuiltInCases("Ads.Core.SparkAdsError")));
        var app = TestProject.Create().WithProperty(property, value).WithAssemblyName("Ads.App")
            .WithReference(library).WithSource(markup.Code);
        return (markup, app);
    }

    /// <summary>The SPARK001 that <see cref="BuiltInSwitch"/> gets for the library's team row, at its <c>switch</c> keyword.</summary>
    private static string TeamRowNotHandled(Markup markup)
        => ExpectedDiagnostic.At(0, "SPARK001", "This switch over Spark Ads errors does not handle team_quota_exceeded (4290)").Format(markup, TestProject.SourcePath);

    /// <summary>A class library <c>Ads.Core</c> with the built-in catalog and one team row (with the typed columns <c>retryable:bool</c> and <c>owner:text</c>), compiled to metadata as a build would (or as <paramref name="form"/> says).</summary>
    internal static MetadataReference Library(LibraryForm form = LibraryForm.Assembly)
        => CatalogLibrary("Ads.Core", "Ads.Core", TeamCsv, form);

    /// <summary>A second library, <c>Billing</c>, whose catalog (its own rows only) lives in <c>Billing.Errors</c>.</summary>
    private static MetadataReference BillingLibrary()
        => CatalogLibrary("Billing", "Billing.Errors", "key,code,message,remedy\nbilling_card_declined,7001,Declined.,Use another card.\nbilling_quota_low,7002,Low.,Raise the quota.\nbilling_account_closed,7003,Closed.,Open an account.\n", LibraryForm.Assembly, builtIn: false);

    private static MetadataReference CatalogLibrary(string name, string @namespace, string csv, LibraryForm form, bool builtIn = true)
    {
        var library = (builtIn ? TestProject.Create() : TestProject.CreateWithoutBuiltInCatalog()).WithProperty("RootNamespace", @namespace).WithAssemblyName(name)
            .WithCatalog("/" + name + "/team-errors.csv", csv)
            .WithSource("namespace " + @namespace + " { public static class Marker { } }");
        var generated = library.RunGenerator();
        Assert.Empty(generated.CompilationDiagnostics);
        return form == LibraryForm.Compilation ? generated.OutputCompilation.ToMetadataReference() : TestReferences.Image(generated.OutputCompilation, form == LibraryForm.ReferenceAssembly);
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
