using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog.Csv;

/// <summary>
/// Separators as spreadsheet programs save them: ',', ';' (Excel where the decimal mark is a comma) or a tab, told from
/// the header row, or named by Excel's <c>sep=</c> first line. Faults keep their exact line and column whatever the
/// separator; a header no separator makes sense of gets one SPARK118 saying what was found.
/// </summary>
public sealed class SeparatorTests
{
    private const string TooLate = "; no row of this file is generated";

    [Theory]
    [InlineData(",", false)]
    [InlineData(";", false)]
    [InlineData("\t", false)]
    [InlineData(",", true)]
    [InlineData(";", true)]
    [InlineData("\t", true)]
    [InlineData("|", true)]
    public void EverySeparator_FaultsAtTheSameLineAndColumn(string separator, bool sepLine)
    {
        string Row(params string[] cells) => string.Join(separator, cells) + "\n";
        var first = sepLine ? 2 : 1;
        var csv = (sepLine ? "sep=" + separator + "\n" : string.Empty)
            + Row("key", "code", "message", "remedy", "kind")
            + Row("good_first", "1", "\"First, with; both\tand a \"\"quote\"\".\"", "Fix.", "user")
            + Row("bad_code", "12x", "Text.", "Fix.", "user")
            + Row("no_message", "3", string.Empty, "Fix.", "user")
            + Row("bad_quote", "4", "Say \"hi\"", "Fix.", "user")
            + Row(" padded_key ", "5", "Text.", "Fix.", "user")
            + Row("good_last", "2", "Last.", "Fix.", "system");

        var result = Generate(csv);

        AssertOutcome(
            result,
            [
                At(first + 2, 10, "SPARK106", "Code '12x' is not a 32-bit integer; the row is skipped"),
                At(first + 3, 14, "SPARK107", "The 'message' field is empty; the row is skipped"),
                At(first + 4, 13, "SPARK101", "Malformed CSV: a quote is misplaced in this field (RFC 4180: quote the whole field and double the quotes inside it); the row is skipped"),
                At(first + 5, 1, "SPARK109", "Whitespace around the key 'padded_key' was trimmed"),
            ],
            ["Unknown", "GoodFirst", "PaddedKey", "GoodLast"]);
        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal("First, with; both\tand a \"quote\".", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", consumer.Error("GoodFirst")));
    }

    [Fact]
    public void SemicolonFile_EmptyMessage_ReportsSpark107AtTheCell_AndKeepsUnquotedCommasInTexts()
    {
        var result = Generate(
            "key;code;message;remedy;kind\n"
            + "good_first;1;First, with a comma.;Fix, then retry.;user\n"
            + "no_message;3;;Fix.;user\n"
            + "good_last;2;Last.;Fix last.;system\n");

        AssertOutcome(result, [At(3, 14, "SPARK107", "The 'message' field is empty; the row is skipped")], ["Unknown", "GoodFirst", "GoodLast"]);
        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal("First, with a comma.", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", consumer.Error("GoodFirst")));
        Assert.Equal("Fix, then retry.", consumer.Invoke("SparkAdsErrorExtensions", "GetRemedy", consumer.Error("GoodFirst")));
    }

    [Fact]
    public void TabFile_BadCode_ReportsSpark106AtTheCell()
        => AssertOutcome(
            Generate("key\tcode\tmessage\tremedy\n" + "good_first\t1\tFirst.\tFix.\n" + "bad_code\t12x\tText, with a comma; and a semicolon.\tFix.\n"),
            [At(3, 10, "SPARK106", "Code '12x' is not a 32-bit integer; the row is skipped")],
            ["Unknown", "GoodFirst"]);

    [Fact]
    public void SepLineFile_FaultOnLine3_IsReportedOnLine3()
        => AssertOutcome(
            Generate("sep=;\n" + "key;code;message;remedy\n" + "bad_code;x;Text, with a comma.;Fix.\n" + "good_last;2;Last.;Fix.\n"),
            [At(3, 10, "SPARK106", "Code 'x' is not a 32-bit integer; the row is skipped")],
            ["Unknown", "GoodLast"]);

    [Fact]
    public void ExcelSepLineWithCrlf_IsHonoured_AndRowsKeepTheirLines()
        => AssertOutcome(
            Generate("sep=,\r\n" + "key,code,message,remedy,kind\r\n" + "good_first,1,First.,Fix.,user\r\n" + "no_remedy,2,Text.,,user\r\n"),
            [At(4, 19, "SPARK107", "The 'remedy' field is empty; the row is skipped")],
            ["Unknown", "GoodFirst"]);

    [Fact]
    public void SepLineAfterAByteOrderMark_NamingAnyCharacter_OverridesTheHeader()
    {
        var result = Generate("\uFEFFSEP=|\n" + "key|code|message|remedy\n" + "pipe_row|7|Text, with; all\tthree.|Fix.\n");

        AssertOutcome(result, [], ["Unknown", "PipeRow"]);
        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal("Text, with; all\tthree.", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", consumer.Error("PipeRow")));
    }

    [Fact]
    public void QuotedHeaderAndCellsSeparatedBySemicolons_AreRead()
    {
        var result = Generate("\"key\";\"code\";\"message\";\"remedy\"\n" + "\"quoted_row\";4;\"Text, with a comma.\";\"Fix.\"\n");

        AssertOutcome(result, [], ["Unknown", "QuotedRow"]);
        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal("Text, with a comma.", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", consumer.Error("QuotedRow")));
    }

    [Fact]
    public void HeaderThatUsesASeparatorButLacksAColumn_KeepsSpark102_OnItsLine()
    {
        AssertOutcome(
            Generate("key;message\n" + "a_row;Text.\n"),
            [At(1, 1, "SPARK102", "The catalog's header has no 'remedy' column" + TooLate)],
            ["Unknown"]);
        AssertOutcome(
            Generate("sep=;\n" + "key;message\n" + "a_row;Text.\n"),
            [At(2, 1, "SPARK102", "The catalog's header has no 'remedy' column" + TooLate)],
            ["Unknown"]);
    }

    [Fact]
    public void HeaderSplitAtAnotherCharacter_ReportsOneSpark118_NamingWhatItSeemsToUse()
        => AssertOutcome(
            Generate("key|code|message|remedy\n" + "a_row|1|Text.|Fix.\n"),
            [At(1, 1, "SPARK118", "The catalog's header 'key|code|message|remedy' names no column of the schema when split at ',', ';' or a tab; it seems separated by '|': save it with ',', ';' or a tab as separator, or add the first line 'sep=|'" + TooLate)],
            ["Unknown"]);

    [Fact]
    public void HeaderWithoutAnySchemaColumn_ReportsOneSpark118_InsteadOfASpark102PerColumn()
        => AssertOutcome(
            Generate("Fehler,Nachricht,Abhilfe\n" + "x,y,z\n"),
            [At(1, 1, "SPARK118", "The catalog's header 'Fehler,Nachricht,Abhilfe' names no column of the schema when split at ',', ';' or a tab: name the columns key, message and remedy in the first row" + TooLate)],
            ["Unknown"]);

    [Fact]
    public void SepLineThatDoesNotFitTheHeader_ReportsSpark118_NamingTheSeparatorTheHeaderUses()
        => AssertOutcome(
            Generate("sep=;\n" + "key,code,message,remedy\n" + "a_row,1,Text.,Fix.\n"),
            [At(2, 1, "SPARK118", "The catalog's header 'key,code,message,remedy' names no column of the schema when split at ';' (its 'sep=;' line); it seems separated by ',': correct or remove the 'sep=;' line" + TooLate)],
            ["Unknown"]);

    [Fact]
    public void LongTabSeparatedHeaderOfNoSchemaColumn_IsShownOnOneLine_Shortened()
        => AssertOutcome(
            Generate("Fehlerschl\u00FCssel\tFehlercode\tMeldung des Systems\tWas der Werbetreibende tun kann\tArt des Fehlers\n" + "x\ty\tz\tw\tv\n"),
            [At(1, 1, "SPARK118", "The catalog's header 'Fehlerschl\u00FCssel\\tFehlercode\\tMeldung des Systems\\tWas der Werbetreibende tun kann\\t\u2026' names no column of the schema when split at ',', ';' or a tab: name the columns key, message and remedy in the first row" + TooLate)],
            ["Unknown"]);

    [Fact]
    public void SepLineWithoutHeader_ReportsSpark100()
        => AssertOutcome(
            Generate("sep=;\r\n"),
            [At(1, 1, "SPARK100", "The Spark Ads catalog 'errors.csv' cannot be used: the file has no header row")],
            ["Unknown"]);

    [Fact]
    public void FirstLineWithMoreThanOneCharacterAfterSep_IsReadAsTheHeader()
        => AssertOutcome(
            Generate("sep=;;\n" + "key;message;remedy\n"),
            [At(1, 1, "SPARK118", "The catalog's header 'sep=;;' names no column of the schema when split at ',', ';' or a tab: name the columns key, message and remedy in the first row" + TooLate)],
            ["Unknown"]);

    [Fact]
    public void FirstLineNamingAQuoteAsSeparator_IsReadAsTheHeader()
        => AssertOutcome(
            Generate("sep=\"\n" + "key,message,remedy\n"),
            [At(1, 1, "SPARK101", "Malformed CSV: a quote is misplaced in this field (RFC 4180: quote the whole field and double the quotes inside it); the header cannot be read, so no row of this file is generated")],
            ["Unknown"]);
}
