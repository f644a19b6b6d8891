using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog.Csv;

/// <summary>
/// Line ends as a checkout gives them (LF, CRLF from Git's conversion, a lone CR from old Mac programs): a line break
/// inside a field reaches the generated code as <c>\n</c>, so the generated files are the same whichever the file uses.
/// </summary>
public sealed class LineBreakTests
{
    private const string Catalog =
        "key,code,message,remedy,kind\n"
        + "multi_line,1,\"Two\nlines.\",\"Line one\nline two\n\nline four\",user\n"
        + "one_line,2,One line.,\"Fix, then retry.\",system\n";

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void OneCatalogWithLfAndWithOtherLineEnds_GeneratesByteIdenticalFiles(string lineEnd)
    {
        var lf = Generate(Catalog);
        var other = Generate(Catalog.Replace("\n", lineEnd, StringComparison.Ordinal));

        AssertOutcome(lf, [], ["Unknown", "MultiLine", "OneLine"]);
        AssertOutcome(other, [], ["Unknown", "MultiLine", "OneLine"]);
        GeneratedFiles.AssertIdentical(lf, other, "line ends " + Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(lineEnd, quote: true));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LineBreakInsideAField_ReachesGetMessageAndGetRemedyAsLf(string lineEnd)
    {
        var result = Generate(Catalog.Replace("\n", lineEnd, StringComparison.Ordinal));

        using var consumer = CompiledConsumer.Load(result);
        var error = consumer.Error("MultiLine");
        Assert.Equal("Two\nlines.", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", error));
        Assert.Equal("Line one\nline two\n\nline four", consumer.Invoke("SparkAdsErrorExtensions", "GetRemedy", error));
    }

    [Fact]
    public void LoneCrLineEnds_FaultsAreLocatedOnTheirLines()
        => AssertOutcome(
            Generate("key,code,message,remedy\r" + "multi_line,1,\"One\rTwo\",Fix.\r" + "bad_code,x,Text.,Fix.\r" + "no_remedy,3,Text.,\r"),
            [
                At(4, 10, "SPARK106", "Code 'x' is not a 32-bit integer; the row is skipped"),
                At(5, 19, "SPARK107", "The 'remedy' field is empty; the row is skipped"),
            ],
            ["Unknown", "MultiLine"]);

    [Fact]
    public void MixedLineEndsInOneFile_GiveTheSameTextsAsLf()
    {
        var lf = Generate(Catalog);
        var mixed = Generate(
            "key,code,message,remedy,kind\r\n"
            + "multi_line,1,\"Two\rlines.\",\"Line one\r\nline two\n\r\nline four\",user\r"
            + "one_line,2,One line.,\"Fix, then retry.\",system\n");

        GeneratedFiles.AssertIdentical(lf, mixed, "mixed line ends");
    }
}
