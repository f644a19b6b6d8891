using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Tests.Analysis;

/// <summary>The catalog read back from a compiled <c>SparkAdsError</c>: rows in catalog order, keys, codes, retirement and cancellation.</summary>
public sealed class ErrorIndexTests
{
    [Fact]
    public void CompiledEnum_ReadsEveryRowInCatalogOrderWithKeyCodeAndRetirement_AndHonoursCancellation()
    {
        var compilation = TestProject.CreateWithoutBuiltInCatalog()
            .WithCatalog("/team/errors.csv", "key,code,message,remedy,status,replaced_by\nteam_old,7001,Old.,Fix old.,retired,team_new\nteam_new,7001,New.,Fix new.,,\nteam_plain,,Plain.,Fix plain.,,\n")
            .RunGenerator().OutputCompilation;
        var types = GeneratedTypes.Beside(compilation.GetTypeByMetadataName("SparkAds.SparkAdsError")!);

        var index = ErrorIndex.Read(types, CancellationToken.None);

        Assert.Equal(
            ["team_old:TeamOld:7001:1:retired", "team_new:TeamNew:7001:2:active", "team_plain:TeamPlain::3:active"],
            Enumerable.Range(0, index.Count).Select(i => $"{index.KeyAt(i)}:{index.MemberNameAt(i)}:{index.CodeAt(i)}:{index.EnumValueAt(i)}:{(index.IsRetired(i) ? "retired" : "active")}"));
        Assert.True(index.IsCode(7001) && index.IsKey("team_plain") && index.IsEnumValue(3));
        Assert.False(index.IsCode(7002) || index.IsKey("Team_Plain") || index.IsEnumValue(0));
        Assert.Throws<OperationCanceledException>(() => ErrorIndex.Read(types, new CancellationToken(canceled: true)));
    }
}
