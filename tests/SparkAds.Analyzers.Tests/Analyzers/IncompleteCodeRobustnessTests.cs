using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Analyzers;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.Analyzers;

/// <summary>
/// Code as it is typed: the analyzers run over every fourth token-boundary prefix (a few seconds) of a few sample files and must
/// never throw (the harness fails on AD0001). The generator runs once; each prefix replaces the source tree.
/// </summary>
public sealed class IncompleteCodeRobustnessTests
{
    private const string Switches = """
        using System;
        using SparkAds;

        public static class Handler
        {
            public static int Enum(SparkAdsError? error) => error switch
            {
                null => 0,
                SparkAdsError.AuthCodeExpired or (SparkAdsError.VideoDeleted) => 1,
                SparkAdsError e when e != SparkAdsError.Unknown => 2,
                > SparkAdsError.VideoDeleted and not SparkAdsError.NotPublicVideo => 3,
                _ => throw new ArgumentException("x"),
            };

            public static void Code(int code, string key)
            {
                switch (code)
                {
                    case 4025: case (int)4002L: break;
                    case SparkAdsErrorCodes.VideoDeleted when key.Length > 0: break;
                    default: Console.WriteLine(code); break;
                }

                switch (key)
                {
                    case "auth_code_expird" or "video_deleted": break;
                    case var k when k.StartsWith("x"): break;
                }

                SparkAdsErrors.TryParse("auth_code_expird", true, out var parsed);
                SparkAdsErrors.FromCode(4026);
            }
        }
        """;

    [Fact]
    public async Task EveryPrefixOfASampleFile_NoAnalyzerThrows()
    {
        var project = AnalyzerTestCatalog.Project(Switches);
        var compilation = project.RunGenerator().OutputCompilation;
        var original = compilation.SyntaxTrees.Single(t => t.FilePath == TestProject.SourcePath);
        var boundaries = CSharpSyntaxTree.ParseText(Switches).GetRoot().DescendantTokens().Select(t => t.Span.End).Distinct().Where((_, i) => i % 4 == 0).ToList();

        foreach (var end in boundaries)
        {
            var prefix = original.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(Switches[..end]));
            await project.GetAnalyzerDiagnosticsAsync(
                compilation.ReplaceSyntaxTree(original, prefix),
                new SwitchCoverageAnalyzer(),
                new UnknownErrorConstantAnalyzer());
        }

        Assert.True(boundaries.Count > 25, "The sample should give many prefixes.");
    }
}
