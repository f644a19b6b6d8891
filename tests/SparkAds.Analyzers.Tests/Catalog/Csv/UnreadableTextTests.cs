using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog.Csv;

/// <summary>
/// Replacement characters (U+FFFD), which is what bytes that are not UTF-8 become when the compiler decodes a catalog:
/// one SPARK117 per file at the first, and every row holding one skipped, so none reaches the generated code.
/// </summary>
public sealed class UnreadableTextTests
{
    [Fact]
    public void ReplacementCharactersInRows_ReportOneSpark117AtTheFirst_AndSkipOnlyThoseRows()
    {
        var result = Generate(
            "key,code,message,remedy\n"
            + "good_first,1,First.,Fix.\n"
            + "bad_one,2,Caf\uFFFD,Fix.\n"
            + "good_last,3,Last.,Fix.\n"
            + "bad_two,4,Text.,\uFFFD\uFFFD\n");

        AssertOutcome(
            result,
            [At(3, 14, "SPARK117", Spark117("the 2 rows holding such characters are skipped"))],
            ["Unknown", "GoodFirst", "GoodLast"]);
        Assert.All(result.Sources.Values, source => Assert.DoesNotContain("\uFFFD", source, StringComparison.Ordinal));
    }

    [Fact]
    public void ReplacementCharacterInOneRow_SaysThatRowIsSkipped_AndReportsNothingElseOfIt()
        => AssertOutcome(
            Generate("key,code,message,remedy\n" + "bad-key\uFFFD,x,,Fix.\n" + "good_last,3,Last.,Fix.\n"),
            [At(2, 8, "SPARK117", Spark117("the one row holding such characters is skipped"))],
            ["Unknown", "GoodLast"]);

    [Fact]
    public void ReplacementCharacterInAnIgnoredHeaderColumn_IsReported_AndNoRowIsSkipped()
        => AssertOutcome(
            Generate("key,message,remedy,not\uFFFDes\n" + "a_row,Text.,Fix.,x\n"),
            [At(1, 23, "SPARK117", Spark117("no row holds one, so none is skipped"))],
            ["Unknown", "ARow"]);

    [Fact]
    public void ReplacementCharacterInARequiredColumnName_IsReported_BesideTheMissingColumn()
        => AssertOutcome(
            Generate("key,message,rem\uFFFDdy\n" + "a_row,Text.,Fix.\n"),
            [
                At(1, 1, "SPARK102", "The catalog's header has no 'remedy' column; no row of this file is generated"),
                At(1, 16, "SPARK117", Spark117("no row of this file is generated")),
            ],
            ["Unknown"]);

    [Fact]
    public void ReplacementCharacterInAMisquotedRow_IsCountedAsSkipped_BesideItsSpark101()
        => AssertOutcome(
            Generate("key,code,message,remedy\n" + "bad_row,1,Say \"h\uFFFD\",Fix.\n" + "good_last,3,Last.,Fix.\n"),
            [
                At(2, 11, "SPARK101", "Malformed CSV: a quote is misplaced in this field (RFC 4180: quote the whole field and double the quotes inside it); the row is skipped"),
                At(2, 17, "SPARK117", Spark117("the one row holding such characters is skipped")),
            ],
            ["Unknown", "GoodLast"]);

    /// <summary>The message of SPARK117 with what it says was lost.</summary>
    internal static string Spark117(string consequence)
        => "This character is not valid UTF-8 (it reads as U+FFFD), so the file was saved in another encoding, such as Windows-1252 by Excel's 'CSV (Comma delimited)': save it as 'CSV UTF-8 (Comma delimited)' in Excel, or as 'Text CSV' with the character set 'Unicode (UTF-8)' in LibreOffice Calc; " + consequence;
}
