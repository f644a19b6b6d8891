using System.IO;
using SparkAds.Analyzers.CustomIdentity;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.Analyzers;

/// <summary>SPARK004's descriptor links to its documentation page, which exists and covers the replacements.</summary>
public sealed class CustomIdentityDescriptorTests
{
    [Fact]
    public void HelpLink_PointsAtTheRulePage()
    {
        var descriptor = Assert.Single(new CustomIdentityAnalyzer().SupportedDiagnostics);
        var page = Path.Combine(TestPaths.RepositoryRoot, "docs", "rules", "SPARK004.md");

        Assert.Equal("https://github.com/SparkAds/SparkAds.Analyzers/blob/main/docs/rules/SPARK004.md", descriptor.HelpLinkUri);
        Assert.True(File.Exists(page), page);
        var text = File.ReadAllText(page);
        Assert.Contains("identity_authorized_bc_id", text, System.StringComparison.Ordinal);
        Assert.Contains("#pragma warning disable SPARK004", text, System.StringComparison.Ordinal);
    }
}
