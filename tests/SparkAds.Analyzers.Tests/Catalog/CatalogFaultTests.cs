using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// Every kind of catalog fault: exact ID, file, line, column and message; the faulty row is skipped, every
/// other row is generated, and the consumer still compiles (the generator never throws: no CS8785).
/// </summary>
public sealed class CatalogFaultTests
{
    private const string Header = "key,code,message,remedy,kind\n";
    private const string GoodFirst = "good_first,1,First.,Fix first.,user\n";
    private const string GoodLast = "good_last,2,Last.,Fix last.,system\n";

    [Fact]
    public void UnreadableFile_ReportsSpark100_AndKeepsTheBuiltInCatalog()
    {
        var result = Generate(null, TestProject.Create());

        Assert.Equal([At(1, 1, "SPARK100", "The Spark Ads catalog 'errors.csv' cannot be used: the file could not be read")], Faults(result));
        Assert.Contains("VideoUnavailable", Members(result));
        Assert.Empty(CompilerProblems(result));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n\t\n\n")]
    public void EmptyFile_ReportsSpark100(string csv)
        => AssertOutcome(
            Generate(csv),
            [At(1, 1, "SPARK100", "The Spark Ads catalog 'errors.csv' cannot be used: the file is empty; a catalog needs at least a header row")],
            ["Unknown"]);

    [Theory]
    [InlineData("bad_row,3,Say \"hi\" now,Fix.,user\n", 11)] // a quote inside an unquoted field
    [InlineData("bad_row,\"3\"4,Text.,Fix.,user\n", 9)] // text after the closing quote
    public void MisplacedQuote_ReportsSpark101AtTheCell_AndSkipsOnlyThatRow(string badRow, int column)
        => AssertOutcome(
            Generate(Header + GoodFirst + badRow + GoodLast),
            [At(3, column, "SPARK101", "Malformed CSV: a quote is misplaced in this field (RFC 4180: quote the whole field and double the quotes inside it); the row is skipped")],
            ["Unknown", "GoodFirst", "GoodLast"]);

    [Fact]
    public void UnterminatedQuote_ReportsSpark101WhereTheQuoteOpens_AndNamesTheLinesLost()
        => AssertOutcome(
            Generate(Header + GoodFirst + "bad_row,3,\"Never closed,Fix.,user\n" + GoodLast),
            [At(3, 11, "SPARK101", "Malformed CSV: the quote that opens this field is never closed, so the rest of the file is read as one field; the record runs from line 3 to line 4 and is skipped")],
            ["Unknown", "GoodFirst"]);

    [Fact]
    public void UnterminatedQuoteInLastLineWithoutLineBreak_ReportsSpark101()
        => AssertOutcome(
            Generate(Header + GoodFirst + "bad_row,3,Text.,\"Fix."),
            [At(3, 17, "SPARK101", "Malformed CSV: the quote that opens this field is never closed, so the rest of the file is read as one field; the row is skipped")],
            ["Unknown", "GoodFirst"]);

    [Fact]
    public void MalformedHeader_ReportsSpark101_AndGeneratesNoRowOfTheFile()
        => AssertOutcome(
            Generate("key,\"message\"x,remedy\n" + "a_key,Text.,Fix.\n"),
            [At(1, 5, "SPARK101", "Malformed CSV: a quote is misplaced in this field (RFC 4180: quote the whole field and double the quotes inside it); the header cannot be read, so no row of this file is generated")],
            ["Unknown"]);

    [Fact]
    public void QuotedFieldsWithCommasQuotesAndLineBreaks_AreValid()
        => AssertOutcome(
            Generate(Header + "multi_line,5,\"Line one,\nline \"\"two\"\".\",\"Fix, then retry.\",user\n" + GoodLast),
            [],
            ["Unknown", "MultiLine", "GoodLast"]);

    [Fact]
    public void MissingRequiredColumns_ReportSpark102OncePerColumn_AtTheHeader()
        => AssertOutcome(
            Generate("code,kind,Message\n1,user,Text.\n"),
            [
                At(1, 1, "SPARK102", "The catalog's header has no 'key' column; no row of this file is generated"),
                At(1, 1, "SPARK102", "The catalog's header has no 'remedy' column; no row of this file is generated"),
            ],
            ["Unknown"]);

    [Fact]
    public void ColumnsInAnyOrderAndCase_WithExtraColumns_AreValid()
        => AssertOutcome(
            Generate("\uFEFF Remedy ,notes,KEY,Message,notes\nFix.,x,some_key,Text.,y\n"),
            [],
            ["Unknown", "SomeKey"]);

    [Fact]
    public void DuplicateSchemaColumn_ReportsSpark111AtTheSecond_AndGeneratesNoRowOfTheFile()
        => AssertOutcome(
            Generate("key,message,remedy,Message\na_key,One.,Fix.,Two.\n"),
            [At(1, 20, "SPARK111", "The catalog's header names the 'Message' column again (first at errors.csv(1,5)); no row of this file is generated")],
            ["Unknown"]);

    [Fact]
    public void DuplicateKeyInOneFile_ReportsSpark103AtTheSecond_NamingTheFirst()
        => AssertOutcome(
            Generate(Header + GoodFirst + "dup_key,3,One.,Fix.,user\n" + "dup_key,4,Two.,Fix.,user\n" + GoodLast),
            [At(4, 1, "SPARK103", "Key 'dup_key' is already defined at errors.csv(3,1); this row is skipped")],
            ["Unknown", "GoodFirst", "DupKey", "GoodLast"]);

    [Fact]
    public void KeyOfTheBuiltInCatalog_ReportsSpark103InTheTeamCatalog_NamingTheBuiltInCatalogNotAFileInThePackage()
    {
        var result = Generate(Header + "video_unavailable,4002,Mine.,Fix.,user\n" + GoodLast, TestProject.Create());

        Assert.Equal([At(2, 1, "SPARK103", "Key 'video_unavailable' is already defined in the built-in catalog; this row is skipped")], Faults(result));
        Assert.Contains("GoodLast", Members(result));
        Assert.Single(Members(result), "VideoUnavailable");
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void MemberNameOfABuiltInKey_ReportsSpark105InTheTeamCatalog_NamingTheBuiltInKeyNotAFileInThePackage()
    {
        var result = Generate(Header + "Video_Unavailable,4002,Mine.,Fix.,user\n" + GoodLast, TestProject.Create());

        Assert.Equal(
            [At(2, 1, "SPARK105", "Key 'Video_Unavailable' gives the member name 'VideoUnavailable', which key 'video_unavailable' of the built-in catalog already has; this row is skipped")],
            Faults(result));
        Assert.Contains("GoodLast", Members(result));
        Assert.Empty(CompilerProblems(result));
    }

    [Fact]
    public void DuplicateKeyAcrossFilesOfOneName_NamesTheFullPath()
    {
        var project = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/a/errors.csv", Header + "shared_key,1,A.,Fix.,user\n");

        AssertOutcome(
            Generate(Header + GoodFirst + "shared_key,1,B.,Fix.,user\n", project),
            [At(3, 1, "SPARK103", "Key 'shared_key' is already defined at /a/errors.csv(2,1); this row is skipped")],
            ["Unknown", "SharedKey", "GoodFirst"]);
    }

    [Theory]
    [InlineData("1st_error")]
    [InlineData("has-dash")]
    [InlineData("with space")]
    [InlineData("_leading")]
    [InlineData("caf\u00E9\u0301")]
    public void KeyThatCannotBecomeAnIdentifier_ReportsSpark104(string key)
        => AssertOutcome(
            Generate(Header + GoodFirst + key + ",3,Text.,Fix.,user\n" + GoodLast),
            [At(3, 1, "SPARK104", $"Key '{key}' cannot become an enum member: use letters, digits and '_', starting with a letter; the row is skipped")],
            ["Unknown", "GoodFirst", "GoodLast"]);

    [Fact]
    public void TwoKeysWithOneMemberName_ReportSpark105AtTheSecond()
        => AssertOutcome(
            Generate(Header + "auth_code,1,A.,Fix.,user\n" + "auth__code_,2,B.,Fix.,user\n" + GoodLast),
            [At(3, 1, "SPARK105", "Key 'auth__code_' gives the member name 'AuthCode', which key 'auth_code' at errors.csv(2,1) already has; this row is skipped")],
            ["Unknown", "AuthCode", "GoodLast"]);

    [Theory]
    [InlineData("unknown", "Unknown", "the generated 'Unknown' member")]
    [InlineData("to_string", "ToString", "the inherited member 'object.ToString'")]
    [InlineData("get_hash_code", "GetHashCode", "the inherited member 'object.GetHashCode'")]
    [InlineData("reference_equals", "ReferenceEquals", "the inherited member 'object.ReferenceEquals'")]
    [InlineData("spark_ads_error_codes", "SparkAdsErrorCodes", "the generated class 'SparkAdsErrorCodes'")]
    [InlineData("spark_ads_error_keys", "SparkAdsErrorKeys", "the generated class 'SparkAdsErrorKeys'")]
    public void KeyWhoseMemberNameTheCompilerRejects_ReportsSpark105(string key, string member, string owner)
        => AssertOutcome(
            Generate(Header + GoodFirst + key + ",3,Text.,Fix.,user\n"),
            [At(3, 1, "SPARK105", $"Key '{key}' gives the member name '{member}', which {owner} already has; this row is skipped")],
            ["Unknown", "GoodFirst"]);

    [Theory]
    [InlineData("SparkAdsError")]
    [InlineData("Finalize")]
    [InlineData("HasFlag")]
    [InlineData("GetTypeCode")]
    [InlineData("TryParse")]
    public void KeyWhoseMemberNameTheCompilerAccepts_IsGenerated(string key)
        => AssertOutcome(
            Generate(Header + key + ",3,Text.,Fix.,user\n"),
            [],
            ["Unknown", key]);

    [Theory]
    [InlineData("12x")]
    [InlineData("4.5")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("\uFF14\uFF10")]
    public void CodeThatIsNotA32BitInteger_ReportsSpark106AtTheCodeCell(string code)
        => AssertOutcome(
            Generate(Header + GoodFirst + "bad_code," + code + ",Text.,Fix.,user\n" + GoodLast),
            [At(3, 10, "SPARK106", $"Code '{code}' is not a 32-bit integer; the row is skipped")],
            ["Unknown", "GoodFirst", "GoodLast"]);

    [Fact]
    public void CodesAtTheEndsOfTheRange_AreGenerated()
        => AssertOutcome(
            Generate(Header + "lowest,-2147483648,Text.,Fix.,user\n" + "highest,+2147483647,Text.,Fix.,user\n"),
            [],
            ["Unknown", "Lowest", "Highest"]);

    [Fact]
    public void EmptyKeyMessageOrRemedy_ReportsSpark107AtEachCell()
        => AssertOutcome(
            Generate(Header + GoodFirst + ",3,Text.,Fix.,user\n" + "no_message,4,  ,Fix.,user\n" + "no_remedy,5,Text.,\"\",user\n" + GoodLast),
            [
                At(3, 1, "SPARK107", "The 'key' field is empty; the row is skipped"),
                At(4, 14, "SPARK107", "The 'message' field is empty; the row is skipped"),
                At(5, 19, "SPARK107", "The 'remedy' field is empty; the row is skipped"),
            ],
            ["Unknown", "GoodFirst", "GoodLast"]);

    [Fact]
    public void ShortRow_ReportsSpark107AtTheEndOfTheRow()
        => AssertOutcome(
            Generate(Header + "short_row,5\n" + GoodLast),
            [
                At(2, 12, "SPARK107", "The 'message' field is empty; the row is skipped"),
                At(2, 12, "SPARK107", "The 'remedy' field is empty; the row is skipped"),
            ],
            ["Unknown", "GoodLast"]);

    [Fact]
    public void UnknownKind_ReportsSpark108Warning_AndKeepsTheRowAsUser()
    {
        var result = Generate(Header + "odd_kind,3,Text.,Fix.,fatal\n");

        Assert.Equal([At(2, 23, "SPARK108", "Unknown kind 'fatal': use 'user' or 'system'; the row is kept as 'user'")], Faults(result));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, Assert.Single(result.GeneratorDiagnostics).DefaultSeverity);
        Assert.Equal(["Unknown", "OddKind"], Members(result));
        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal(false, consumer.Invoke("SparkAdsErrorExtensions", "IsSystemError", consumer.Error("OddKind")));
    }

    [Fact]
    public void WhitespaceAroundKeyCodeAndKind_ReportsSpark109Warnings_AndKeepsTheTrimmedRow()
    {
        var result = Generate(Header + " padded_key ,  7 , Text kept. , Fix kept. , System \n");

        Assert.Equal(
            [
                At(2, 1, "SPARK109", "Whitespace around the key 'padded_key' was trimmed"),
                At(2, 14, "SPARK109", "Whitespace around the code '7' was trimmed"),
                At(2, 44, "SPARK109", "Whitespace around the kind 'System' was trimmed"),
            ],
            Faults(result));
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, d.DefaultSeverity));
        using var consumer = CompiledConsumer.Load(result);
        var error = consumer.Error("PaddedKey");
        Assert.Equal(7, consumer.Invoke("SparkAdsErrorExtensions", "GetCode", error));
        Assert.Equal(" Text kept. ", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", error));
        Assert.Equal(true, consumer.Invoke("SparkAdsErrorExtensions", "IsSystemError", error));
    }

    [Fact]
    public void BlankAndEmptyCellRows_AreSkippedSilently()
        => AssertOutcome(
            Generate(Header + "\n" + GoodFirst + ",,,,\n   \n\r\n" + GoodLast),
            [],
            ["Unknown", "GoodFirst", "GoodLast"]);

    [Fact]
    public void CrLfLineEndings_GiveTheSameLocations()
    {
        var result = Generate((Header + GoodFirst + "dup_key,3,One.,Fix.,user\n" + "dup_key,4,Two.,Fix.,user\n").Replace("\n", "\r\n", System.StringComparison.Ordinal));

        Assert.Equal([At(4, 1, "SPARK103", "Key 'dup_key' is already defined at errors.csv(3,1); this row is skipped")], Faults(result));
    }

    [Fact]
    public void FaultsAfterAMultiLineField_AreLocatedOnTheirOwnLine()
    {
        var result = Generate(Header + "multi_line,5,\"One\nTwo\nThree\",Fix.,user\n" + "bad_code,x,Text.,Fix.,user\n");

        Assert.Equal([At(5, 10, "SPARK106", "Code 'x' is not a 32-bit integer; the row is skipped")], Faults(result));
    }

    [Fact]
    public void SeveralFaultsInOneRow_AreAllReported()
        => AssertOutcome(
            Generate(Header + "bad-key,x,,Fix.,user\n" + GoodLast),
            [
                At(2, 1, "SPARK104", "Key 'bad-key' cannot become an enum member: use letters, digits and '_', starting with a letter; the row is skipped"),
                At(2, 9, "SPARK106", "Code 'x' is not a 32-bit integer; the row is skipped"),
                At(2, 11, "SPARK107", "The 'message' field is empty; the row is skipped"),
            ],
            ["Unknown", "GoodLast"]);
}
