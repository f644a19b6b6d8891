using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.CustomIdentity;
using SparkAds.Analyzers.Lookups;
using SparkAds.Analyzers.Switches;
using SparkAds.Analyzers.Tests.CustomIdentity;
using SparkAds.Analyzers.Tests.Switches;

namespace SparkAds.Analyzers.Tests.Host;

/// <summary>
/// Code as it is typed: the analyzers run over every fourth token-boundary prefix (a few seconds) of a few sample files and must
/// never throw (the harness fails on AD0001). The generator runs once; each prefix replaces the source tree.
/// </summary>
public sealed class IncompleteCodeRobustnessTests
{
    // Every SPARK004 path: JSON in each string form, tuples, nameof/ToString, enums, endpoints, declarations that
    // only recognise, and a listed symbol (the sample's .editorconfig names CreateCustomIdentity).
    private const string CustomIdentityMarkup = """"
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Text.Json.Serialization;

        public enum AdAuthorType { TT_USER, AUTH_CODE, CUSTOMIZED_USER }

        public enum IdentityKind { [JsonStringEnumMemberName("CUSTOMIZED_USER")] Custom, Account }

        public sealed class Client
        {
            private const string Retired = "CUSTOMIZED_USER";
            private static readonly HashSet<string> Legacy = new() { "CUSTOMIZED_USER" };

            public static void CreateCustomIdentity(string name) { }

            public static object Bodies(string id, string type)
            {
                var json = new StringContent($"{{\"id\":\"{id}\",\"identity_type\": \"{|#0:CUSTOMIZED_USER|}\"}}");
                var single = "{ 'identity_type': '{|#1:CUSTOMIZED_USER|}' }" + @"{ ""identity_type"": ""{|#2:CUSTOMIZED_USER|}"" }";
                var raw = $$"""{ "identity_type": "{|#3:CUSTOMIZED_USER|}", "id": "{{id}}" }""";
                var bytes = "{\"identity_type\":\"{|#4:CUSTOMIZED_USER|}\"}"u8.ToArray();
                List<(string, string)> fields = [("identity_type", {|#5:"CUSTOMIZED_USER"|}), ("id", id)];
                var names = new[] { nameof({|#6:AdAuthorType.CUSTOMIZED_USER|}), {|#7:AdAuthorType.CUSTOMIZED_USER|}.ToString() };
                var kind = {|#8:IdentityKind.Custom|};
                {|#9:CreateCustomIdentity("identity/create/ " + names[0] + kind)|};
                Console.WriteLine("POST identity/create/ failed");
                return (json, single, raw, bytes, fields, type == Retired || Legacy.Contains(type), "identity/get/?identity_type=CUSTOMIZED_USER");
            }
        }
        """";

    private static readonly string CustomIdentity = Markup.Parse(CustomIdentityMarkup).Code;

    public static TheoryData<string> Samples => new() { nameof(SwitchSample), nameof(CustomIdentity) };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task EveryPrefixOfASampleFile_NoAnalyzerThrows(string sample)
    {
        var code = sample == nameof(SwitchSample) ? SwitchSample.Code : CustomIdentity;
        var project = AnalyzerTestCatalog.Project(code).WithEditorConfig("spark_ads.custom_identity_symbols", "M:Client.CreateCustomIdentity(System.String)");
        var compilation = project.RunGenerator().OutputCompilation;
        var original = compilation.SyntaxTrees.Single(t => t.FilePath == TestProject.SourcePath);
        var boundaries = CSharpSyntaxTree.ParseText(code).GetRoot().DescendantTokens().Select(t => t.Span.End).Distinct().Where((_, i) => i % 4 == 0).ToList();

        foreach (var end in boundaries)
        {
            var prefix = original.WithChangedText(Microsoft.CodeAnalysis.Text.SourceText.From(code[..end]));
            await project.GetAnalyzerDiagnosticsAsync(
                compilation.ReplaceSyntaxTree(original, prefix),
                new SwitchAnalyzer(),
                new LookupArgumentAnalyzer(),
                new CustomIdentityAnalyzer());
        }

        Assert.True(boundaries.Count > 25, "The sample should give many prefixes.");
    }

    [Fact]
    public async Task CustomIdentitySample_WholeFile_ReportsEveryPath()
    {
        var project = AnalyzerTestCatalog.Project(CustomIdentity).WithEditorConfig("spark_ads.custom_identity_symbols", "M:Client.CreateCustomIdentity(System.String)");
        var compilation = project.RunGenerator().OutputCompilation;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExpectedDiagnostic.Format));

        var diagnostics = await project.GetAnalyzerDiagnosticsAsync(compilation, new CustomIdentityAnalyzer());

        ExpectedDiagnostic[] expected =
        [
            CustomIdentityTestClient.At(0, CustomIdentityTestClient.Value),
            CustomIdentityTestClient.At(1, CustomIdentityTestClient.Value),
            CustomIdentityTestClient.At(2, CustomIdentityTestClient.Value),
            CustomIdentityTestClient.At(3, CustomIdentityTestClient.Value),
            CustomIdentityTestClient.At(4, CustomIdentityTestClient.Value),
            CustomIdentityTestClient.At(5, CustomIdentityTestClient.Value),
            CustomIdentityTestClient.At(6, "The enum member 'AdAuthorType.CUSTOMIZED_USER'"),
            CustomIdentityTestClient.At(7, "The enum member 'AdAuthorType.CUSTOMIZED_USER'"),
            CustomIdentityTestClient.At(8, "The enum member 'IdentityKind.Custom'"),
            CustomIdentityTestClient.At(9, "The call to 'Client.CreateCustomIdentity(string)'"),
        ];
        var markup = Markup.Parse(CustomIdentityMarkup);
        Assert.Equal(expected.Select(e => e.Format(markup, TestProject.SourcePath)).ToList(), diagnostics.Select(ExpectedDiagnostic.Format).ToList());
    }
}
