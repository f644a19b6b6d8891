using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Analysis;

namespace SparkAds.Analyzers.Tests.Analysis;

/// <summary>The source scan behind the analyzers' registration: every place a word can stand, and only source.</summary>
public sealed class SourceMentionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4_090)]
    [InlineData(4_093)]
    [InlineData(8_180)]
    [InlineData(20_000)]
    public void WordAnywhereInALongFile_IsFound(int at)
    {
        var text = new string(' ', at) + "SparkAdsErrors" + new string(' ', 5_000);

        Assert.True(new SourceMentions(["SparkAdsErrors"]).InAnyTree(Compilation(text), CancellationToken.None));
        Assert.False(new SourceMentions(["SparkAdsError."]).InAnyTree(Compilation(text), CancellationToken.None));
    }

    [Theory]
    [InlineData("CUSTOMIZED_USER", true)]
    [InlineData("CustomizedUser", true)]
    [InlineData("customized__user", true)]
    [InlineData("x = \"CUSTOMIZED_\" + \"USER\"", false)]
    [InlineData("a property name customized with an attribute", false)]
    public void LooseWord_MatchesAnyCaseAndUnderscores(string text, bool found)
    {
        Assert.Equal(found, new SourceMentions([], ["customizeduser"]).InAnyTree(Compilation(text), CancellationToken.None));
        Assert.Equal(found, new LooseSpelling("customizeduser").In(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void TreesThisPackageGenerated_AreNotScanned()
    {
        var generated = TestProject.Create().WithSource("class C { }").RunGenerator().OutputCompilation;

        Assert.Contains(generated.SyntaxTrees, t => t.FilePath.Contains(typeof(SparkAds.Analyzers.Generator.SparkAdsGenerator).FullName!, StringComparison.Ordinal) && t.ToString().Contains("SparkAdsErrors", StringComparison.Ordinal));
        Assert.False(new SourceMentions(["SparkAdsErrors"]).InAnyTree(generated, CancellationToken.None));
    }

    private static CSharpCompilation Compilation(string text) => CSharpCompilation.Create("Scan", [CSharpSyntaxTree.ParseText(text)]);
}
