using Microsoft.CodeAnalysis.Emit;
using SparkAds.Analyzers.Analysis;
using SparkAds.Analyzers.GeneratedApi;

namespace SparkAds.Analyzers.Tests.Analysis;

/// <summary>The catalog read back from a compiled <c>SparkAdsError</c>: rows in catalog order, keys, codes, retirement, remedies and cancellation.</summary>
public sealed class ErrorIndexTests
{
    // The three keys' values descend (they are hashes of the keys), so an index ordered by value would reverse them.
    private const string Catalog = "key,code,message,remedy,status,replaced_by\nteam_old,7001,Old.,Fix old.,retired,team_new\nteam_new,7001,New.,Fix new.,,\nteam_plain,,Plain.,Fix plain.,,\n";

    private static readonly string[] s_rows = ["team_old:TeamOld:7001:2071955514:retired:Fix old.", "team_new:TeamNew:7001:1184734773:active:Fix new.", "team_plain:TeamPlain::674146707:active:Fix plain."];

    [Fact]
    public void CompiledEnum_ReadsEveryRowInDeclarationOrderWithKeyCodeValueRetirementAndRemedy_AndHonoursCancellation()
    {
        var compilation = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", Catalog).RunGenerator().OutputCompilation;
        var types = GeneratedTypes.Beside(compilation.GetTypeByMetadataName("SparkAds.SparkAdsError")!);

        var index = ErrorIndex.Read(types, CancellationToken.None);

        Assert.Equal(s_rows, Rows(index));
        Assert.True(index.IsCode(7001) && index.IsKey("team_plain") && index.IsEnumValue(674146707));
        Assert.False(index.IsCode(7002) || index.IsKey("Team_Plain") || index.IsEnumValue(0) || index.IsEnumValue(3));
        Assert.Equal([2, 0, -1, -1], new long[] { 674146707, 2071955514, 0, 3 }.Select(index.PositionOfEnumValue));
        Assert.Throws<OperationCanceledException>(() => ErrorIndex.Read(types, new CancellationToken(canceled: true)));
    }

    /// <summary>
    /// The assembly a project reference hands the compiler, and the reference assembly a build hands it instead
    /// (<c>ProduceReferenceAssembly</c>, the SDK's default: no method bodies, no private members): the remedies travel in
    /// both, though the attribute that carries them is internal.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EnumOfAReferencedAssembly_ReadsTheSameRowsInTheSameOrder(bool referenceAssembly)
    {
        var library = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", Catalog).RunGenerator().OutputCompilation;
        var app = TestProject.CreateWithoutBuiltInCatalog().WithReference(TestReferences.Image(library, referenceAssembly)).RunGenerator().OutputCompilation;
        var referenced = app.GetTypeByMetadataName("SparkAds.SparkAdsError")!;

        Assert.Equal(TypeKind.Enum, referenced.TypeKind);
        Assert.Empty(referenced.DeclaringSyntaxReferences);
        Assert.Equal(s_rows, Rows(ErrorIndex.Read(GeneratedTypes.Beside(referenced), CancellationToken.None)));
    }

    private static IEnumerable<string> Rows(ErrorIndex index)
        => Enumerable.Range(0, index.Count).Select(i => $"{index.KeyAt(i)}:{index.MemberNameAt(i)}:{index.CodeAt(i)}:{index.EnumValueAt(i)}:{(index.IsRetired(i) ? "retired" : "active")}:{index.RemedyAt(i)}");
}
