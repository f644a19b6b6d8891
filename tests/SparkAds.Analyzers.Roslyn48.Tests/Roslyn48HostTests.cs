using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SparkAds.Analyzers.Generator;

namespace SparkAds.Analyzers.Roslyn48.Tests;

/// <summary>The generator and every analyzer load and run on Roslyn 4.8, the oldest host the package supports.</summary>
public sealed class Roslyn48HostTests
{
    private const string Catalog = "key,code,message,remedy,kind\nauth_code_expired,4014,The code has expired.,Ask for a new code.,user\nbad key,1,Text.,Fix.,user\nbackend_busy,,Try again.,Retry later.,system\n";

    private const string Consumer = """
        namespace Consumer
        {
            public static class Usage
            {
                public static string Describe(SparkAds.SparkAdsError error)
                {
                    switch (error)
                    {
                        case SparkAds.SparkAdsError.AuthCodeExpired: return SparkAds.SparkAdsErrorExtensions.GetRemedy(error);
                        default: return "CUSTOMIZED_USER";
                    }
                }
            }
        }
        """;

    [Fact]
    public void TheHostIsRoslyn48()
        => Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public async Task GeneratorAndAnalyzers_RunWithoutExceptions(LanguageVersion languageVersion)
    {
        var parseOptions = new CSharpParseOptions(languageVersion);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText(Consumer, parseOptions, "/src/Usage.cs")],
            InMemoryHost.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999));
        ImmutableArray<AdditionalText> catalogs = [new InMemoryHost.Catalog("/team/errors.csv", Catalog)];
        var options = new InMemoryHost.CatalogOptions();

        var driver = CSharpGeneratorDriver.Create([new SparkAdsGenerator().AsSourceGenerator()], catalogs, parseOptions, options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        var run = driver.GetRunResult();
        Assert.All(run.Results, r => Assert.Null(r.Exception));
        // Five files, and the JSON converter: these references have System.Text.Json (and spans).
        Assert.Equal(6, run.GeneratedTrees.Length);
        Assert.Equal(["SPARK104 /team/errors.csv(3,1)"], generatorDiagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan().Path + "(" + (d.Location.GetLineSpan().StartLinePosition.Line + 1) + "," + (d.Location.GetLineSpan().StartLinePosition.Character + 1) + ")"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()));

        if (InMemoryHost.Analyzers.IsEmpty)
        {
            return;
        }

        var exceptions = new List<Exception>();
        var withAnalyzers = output.WithAnalyzers(
            InMemoryHost.Analyzers,
            new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(catalogs, options),
                (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "CS8032" or "CS9057");
    }
}
