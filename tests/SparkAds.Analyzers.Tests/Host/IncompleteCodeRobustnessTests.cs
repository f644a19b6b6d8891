using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Conversions;
using SparkAds.Analyzers.CustomIdentity;
using SparkAds.Analyzers.Lookups;
using SparkAds.Analyzers.Switches;
using SparkAds.Analyzers.Tests.Conversions;
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

    // Every SPARK005–SPARK007 path: casts (alias, nullable), Enum.ToObject, each Enum.Parse / TryParse form, a key by data
    // flow, ToString / GetName / nameof compared, passed, assigned and as a case label, and the quiet round trips.
    private const string ConversionsMarkup = """
        using System;
        using E = SparkAds.SparkAdsError;
        using SparkAds;

        public sealed class Notification { public string Key { get; set; } = ""; public int Code { get; set; } public long? ErrorCode { get; set; } }

        public static class Conversions
        {
            public static void Send(string errorKey) { }

            public static object?[] All(Notification n, SparkAdsError error, SparkAdsError? maybe, string storedName)
            {
                var text = n.Key.Trim();
                SparkAdsErrors.TryParse(text, out _);
                Send({|#0:error.ToString()|});
                n.Key = {|#1:maybe.ToString()|}!;
                switch (n.Key) { case {|#2:nameof(SparkAdsError.VideoDeleted)|}: break; }
                ReadOnlySpan<char> spanKey = n.Key.AsSpan();
                return new object?[]
                {
                    {|#3:(SparkAdsError)n.Code|},
                    {|#4:(E?)n.ErrorCode|},
                    {|#5:Enum.ToObject(typeof(SparkAdsError), 4025)|},
                    {|#6:Enum.Parse<SparkAdsError>(text)|},
                    {|#7:(SparkAdsError)Enum.Parse(typeof(SparkAdsError), n.Key, true)|},
                    {|#8:Enum.TryParse<SparkAdsError>(spanKey, out var parsed)|},
                    {|#9:Enum.TryParse(typeof(SparkAdsError), n.Key, out object? boxed)|},
                    {|#10:Enum.GetName(error)|} == n.Key,
                    {|#11:error.ToString()|} is "auth_code_expired" or SparkAdsErrorKeys.VideoDeleted,
                    string.Equals({|#12:maybe?.ToString()|}, n.Key, StringComparison.Ordinal),
                    (SparkAdsError)storedName.Length, Enum.Parse<SparkAdsError>(storedName), error.ToString() == storedName,
                    (SparkAdsError)(int)error, default(SparkAdsError), (SparkAdsError)0, parsed, boxed!,
                };
            }
        }
        """;

    private static readonly string Conversions = Markup.Parse(ConversionsMarkup).Code;

    public static TheoryData<string> Samples => new() { nameof(SwitchSample), nameof(CustomIdentity), nameof(Conversions) };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task EveryPrefixOfASampleFile_NoAnalyzerThrows(string sample)
    {
        var code = sample switch
        {
            nameof(SwitchSample) => SwitchSample.Code,
            nameof(CustomIdentity) => CustomIdentity,
            _ => Conversions,
        };
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
                new CustomIdentityAnalyzer(),
                new ErrorConversionAnalyzer());
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

    [Fact]
    public async Task ConversionsSample_WholeFile_ReportsEveryPath()
    {
        var project = AnalyzerTestCatalog.Project(Conversions);
        var compilation = project.RunGenerator().OutputCompilation;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(ExpectedDiagnostic.Format));

        var diagnostics = await project.GetAnalyzerDiagnosticsAsync(compilation, new ErrorConversionAnalyzer());

        ExpectedDiagnostic[] expected =
        [
            ExpectedDiagnostic.At(0, "SPARK007", ConversionTestClient.Spark007("error.ToString()", compared: false)),
            ExpectedDiagnostic.At(1, "SPARK007", ConversionTestClient.Spark007("maybe.ToString()", compared: false)),
            ExpectedDiagnostic.At(2, "SPARK007", ConversionTestClient.Spark007("nameof(SparkAdsError.VideoDeleted)", use: "SparkAdsErrorKeys.VideoDeleted")),
            ExpectedDiagnostic.At(3, "SPARK005", ConversionTestClient.Spark005("n.Code")),
            ExpectedDiagnostic.At(4, "SPARK005", ConversionTestClient.Spark005("n.ErrorCode")),
            ExpectedDiagnostic.At(5, "SPARK005", ConversionTestClient.Spark005("4025")),
            ExpectedDiagnostic.At(6, "SPARK006", ConversionTestClient.Spark006("text")),
            ExpectedDiagnostic.At(7, "SPARK006", ConversionTestClient.Spark006("n.Key")),
            ExpectedDiagnostic.At(8, "SPARK006", ConversionTestClient.Spark006("spanKey", tryParse: true)),
            ExpectedDiagnostic.At(9, "SPARK006", ConversionTestClient.Spark006("n.Key", tryParse: true)),
            ExpectedDiagnostic.At(10, "SPARK007", ConversionTestClient.Spark007("Enum.GetName(error)")),
            ExpectedDiagnostic.At(11, "SPARK007", ConversionTestClient.Spark007("error.ToString()")),
            ExpectedDiagnostic.At(12, "SPARK007", ConversionTestClient.Spark007("maybe?.ToString()")),
        ];
        var markup = Markup.Parse(ConversionsMarkup);
        Assert.Equal(expected.Select(e => e.Format(markup, TestProject.SourcePath)).ToList(), diagnostics.Select(ExpectedDiagnostic.Format).ToList());
    }
}
