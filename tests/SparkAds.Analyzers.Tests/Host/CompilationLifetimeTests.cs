using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Generator;
using SparkAds.Analyzers.Switches;
using SparkAds.Analyzers.Tests.CatalogFaults;

namespace SparkAds.Analyzers.Tests.Host;

/// <summary>
/// What an IDE host needs: the generator and each analyzer, one instance living across many compilations (as in a
/// host that stays open for hours), keep none of them alive once analysed and dropped, and the analysis of projects
/// with different catalogs through one instance, concurrently, never mixes their catalogs.
/// </summary>
public sealed class CompilationLifetimeTests
{
    private const int Compilations = 6;

    /// <summary>A consumer that makes every analyzer report (SPARK001, SPARK002, SPARK003 in a lookup and a key switch, SPARK004, SPARK005–SPARK007) and a catalog fault.</summary>
    internal const string Source = """
        using SparkAds;

        public static class Usage
        {
            public static string IdentityType = "CUSTOMIZED_USER";

            public static int Missing(SparkAdsError error)
            {
                switch (error)
                {
                    case SparkAdsError.AuthCodeExpired: return 1;
                }

                return 0;
            }

            public static int Fallback(SparkAdsError error) => error switch
            {
                SparkAdsError.AuthCodeExpired => 1,
                _ => 0,
            };

            public static bool Typo() => SparkAdsErrors.TryParse("auth_code_expird", out _);

            public static SparkAdsError FromCode(int errorCode) => (SparkAdsError)errorCode;

            public static SparkAdsError ParseKey(System.ReadOnlySpan<char> errorKey) => System.Enum.Parse<SparkAdsError>(errorKey);

            public static bool SameKey(SparkAdsError error, string errorKey) => error.ToString() == errorKey;

            public static int Key(string key)
            {
                switch (key)
                {
                    case "auth_code_expired": return 1;
                    case "video_deleted": return 2;
                    case "video_delted": return 3;
                }

                return 0;
            }
        }
        """;

    /// <summary>Every analyzer and generator of the package by name, found by reflection so one added later is checked too.</summary>
    public static TheoryData<string> Subjects
        => [.. AnalyzerAssembly.CSharpAnalyzers(typeof(SparkAdsGenerator).Assembly).Select(a => a.GetType().Name),
            .. AnalyzerAssembly.Generators(typeof(SparkAdsGenerator).Assembly).Select(g => GeneratorExtensions.GetGeneratorType(g).Name)];

    [Theory]
    [MemberData(nameof(Subjects))]
    public async Task AnalysedAndDropped_EveryCompilationIsReleased(string subject)
    {
        var analyzer = AnalyzerAssembly.CSharpAnalyzers(typeof(SparkAdsGenerator).Assembly).SingleOrDefault(a => a.GetType().Name == subject);
        var generators = AnalyzerAssembly.Generators(typeof(SparkAdsGenerator).Assembly);

        // Thread-pool threads, concurrently, as hosts run analyses; the instances outlive every compilation.
        var references = (await Task.WhenAll(Enumerable.Range(0, Compilations).Select(i => Task.Run(() => AnalyseAndDrop(generators, analyzer, i))))).SelectMany(r => r).ToList();

        // The driver's own background work may still be finishing on other threads: give it a moment, not forever.
        for (var i = 0; i < 20 && references.Any(r => r.IsAlive); i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            if (references.Any(r => r.IsAlive))
            {
                await Task.Delay(50);
            }
        }

        Assert.True(references.All(r => !r.IsAlive), $"{references.Count(r => r.IsAlive)} of {references.Count} compilations analysed by {subject} are still alive.");
        GC.KeepAlive(analyzer);
        GC.KeepAlive(generators);
    }

    [Fact]
    public async Task TwoProjectsWithDifferentCatalogs_AlternatingConcurrentlyThroughOneInstance_EachSeesItsOwn()
    {
        var analyzer = new SwitchAnalyzer();
        var projects = new[] { ("first_error", "second_error"), ("third_error", "fourth_error") }
            .Select(keys => TestProject.CreateWithoutBuiltInCatalog()
                .WithCatalog("/team/errors.csv", $"key,message,remedy\n{keys.Item1},A.,Fix A.\n{keys.Item2},B.,Fix B.\n")
                .WithSource($$"""
                    using SparkAds;

                    public static class Usage
                    {
                        public static int Handle(SparkAdsError error) => error switch
                        {
                            SparkAdsError.{{SparkAds.Analyzers.Catalog.KeyNaming.ToMemberName(keys.Item1)}} => 1,
                            _ => 0,
                        };
                    }
                    """))
            .ToArray();
        var compilations = projects.Select(p => p.RunGenerator().OutputCompilation).ToArray();

        var runs = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(async () =>
        {
            var which = i % 2;
            var diagnostics = await projects[which].GetAnalyzerDiagnosticsAsync(compilations[which].Clone(), analyzer);
            return (which, Message: Assert.Single(diagnostics).GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        })));

        Assert.All(runs, run => Assert.Equal(
            "This switch over Spark Ads errors handles " + (run.which == 0 ? "second_error" : "fourth_error") + " only through a fallback",
            run.Message));
    }

    [Fact]
    public void AnalyzerAssembly_HasNoMutableStaticState()
    {
        var mutable = typeof(SparkAdsGenerator).Assembly.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.Name.Contains('<', StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Select(f => (Type: t, Field: f)))
            .Where(x => !x.Field.IsLiteral && !x.Field.IsInitOnly && !x.Field.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Select(x => x.Type.FullName + "." + x.Field.Name + (x.Field.IsDefined(typeof(ThreadStaticAttribute)) ? " [ThreadStatic]" : string.Empty))
            .ToList();

        // Thread-static pooled buffers are allowed only when they hold no Roslyn object after use: the lifetime test above proves it.
        Assert.All(mutable, field => Assert.EndsWith(" [ThreadStatic]", field, StringComparison.Ordinal));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] AnalyseAndDrop(ImmutableArray<ISourceGenerator> generators, DiagnosticAnalyzer? analyzer, int index)
    {
        // The catalog's SPARK104 comes from the analyzer where builds run analyzers, else from the generator.
        var faultsFromAnalyzer = analyzer?.SupportedDiagnostics.Any(d => d.Id == "SPARK104") == true;
        var project = TestProject.Create().WithAssemblyName("Consumer" + index).WithSource(Source)
            .WithCatalog("/team/errors.csv", "key,message,remedy\nteam_error,Team.,Fix.\nbad key,Bad.,Fix.\n")
            .WithAnalyzerSettings(runAnalyzersDuringBuild: faultsFromAnalyzer ? string.Empty : "false");
        var compilation = project.CreateCompilation();
        var driver = Microsoft.CodeAnalysis.CSharp.CSharpGeneratorDriver.Create(generators, project.AdditionalFiles, project.ParseOptions, project.Options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Equal(!faultsFromAnalyzer, generatorDiagnostics.Any(d => d.Id == "SPARK104"));
        GC.KeepAlive(driver);
        if (analyzer is null)
        {
            return [new WeakReference(output)];
        }

        // The driver analyses copies of the compilation (with their event queues): the probe records the very
        // compilation the analyzer is handed, which is what its operations and symbols point to.
        var probe = new CompilationProbe();
        var withAnalyzers = output.WithAnalyzers([analyzer, probe], new CompilationWithAnalyzersOptions(new AnalyzerOptions(project.AdditionalFiles, project.Options), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        Assert.Contains(diagnostics, d => analyzer.SupportedDiagnostics.Any(s => s.Id == d.Id));
        Assert.NotEmpty(probe.Seen);
        return [new WeakReference(output), .. probe.Seen];
    }

#pragma warning disable RS1012, RS2008, RS1036, RS1038, RS1041 // A test-only analyzer, loaded by no compiler, that only watches.
    /// <summary>Records, weakly, every compilation the analyzer driver hands to analyzers.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class CompilationProbe : DiagnosticAnalyzer
    {
        private readonly List<WeakReference> _seen = [];

        public WeakReference[] Seen
        {
            get
            {
                lock (_seen)
                {
                    return [.. _seen];
                }
            }
        }

        // The driver skips an analyzer that supports no diagnostic; this one is never reported.
        private static readonly DiagnosticDescriptor Never = new("PROBE001", "Probe", "Probe", "Test", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override System.Collections.Immutable.ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Never];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                lock (_seen)
                {
                    _seen.Add(new WeakReference(start.Compilation));
                }
            });
        }
    }
#pragma warning restore RS1012, RS2008, RS1036, RS1038, RS1041
}
