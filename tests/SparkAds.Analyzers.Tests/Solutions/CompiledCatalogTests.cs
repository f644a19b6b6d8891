using SparkAds.Analyzers.Analysis;

namespace SparkAds.Analyzers.Tests.Solutions;

/// <summary>The catalog read back from a compiled <c>SparkAdsError</c>: rows, keys, codes, retirement and cancellation.</summary>
public sealed class CompiledCatalogTests
{
    [Fact]
    public void CompiledEnum_ReadsEveryRowInCatalogOrderWithKeyCodeAndRemedy_AndHonoursCancellation()
    {
        var compilation = TestProject.CreateWithoutBuiltInCatalog()
            .WithCatalog("/team/errors.csv", "key,code,message,remedy,status,replaced_by\nteam_old,7001,Old.,Fix old.,retired,team_new\nteam_new,7001,New.,Fix new.,,\nteam_plain,,Plain.,Fix plain.,,\n")
            .RunGenerator().OutputCompilation;
        var errorEnum = compilation.GetTypeByMetadataName("SparkAds.SparkAdsError")!;
        var symbols = SparkAdsSymbols.Beside(errorEnum);
        var remedies = new Dictionary<string, string> { ["team_new"] = "Fix new." };

        var errors = CompiledCatalog.Read(symbols, remedies, CancellationToken.None);
        var index = new ErrorIndex(errors, errorEnum);

        Assert.Equal(["team_old:TeamOld:7001:", "team_new:TeamNew:7001:Fix new.", "team_plain:TeamPlain::"], errors.Select(e => $"{e.Key}:{e.MemberName}:{e.Code}:{e.Remedy}"));
        Assert.Equal([true, false, false], Enumerable.Range(0, errors.Count).Select(index.IsRetired));
        Assert.Throws<OperationCanceledException>(() => CompiledCatalog.Read(symbols, remedies, new CancellationToken(canceled: true)));
    }
}
