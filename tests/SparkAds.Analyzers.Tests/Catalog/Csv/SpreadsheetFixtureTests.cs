using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog.Csv;

/// <summary>
/// Catalogs saved by LibreOffice Calc (and the variants Excel and Git make of them: a byte-order mark, a <c>sep=</c>
/// line, CRLF) come back through the generated API, compiled and run, exactly as saved: as .NET's TextFieldParser and
/// Python's csv module read the committed bytes, with line breaks inside fields as <c>\n</c>, typed team columns
/// included (their lookups read the saved cells as their types). A Windows-1252 file is
/// read correctly where the compiler decodes it as Windows-1252, and reported at its first unreadable character where
/// the compiler decodes it as UTF-8.
/// </summary>
public sealed class SpreadsheetFixtureTests
{
    private const string Path = "/team/spreadsheet.csv";

    public static TheoryData<string> Files => [.. SpreadsheetFixture.All.Select(f => f.FileName)];

    public static TheoryData<string> Windows1252Files => [.. SpreadsheetFixture.All.Where(f => !f.IsLossless).Select(f => f.FileName)];

    [Fact]
    public void Fixtures_CoverEverySeparatorEncodingAndLineEnd()
    {
        var all = SpreadsheetFixture.All;

        Assert.Equal([",", ";", "\t"], all.Select(f => f.Separator).Distinct());
        Assert.Equal([65001, 1200, 1252], all.Select(f => f.CodePage).Distinct());
        Assert.Contains(all, f => f.Bytes().AsSpan().StartsWith("\uFEFF"u8));
        Assert.Contains(all, f => f.Bytes().AsSpan().IndexOf("\r\n"u8) >= 0);
        Assert.Contains(all, f => f.SepLine);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_IsCheckedOutByteForByteAsLibreOfficeAndTheScriptWroteIt(string file)
    {
        var fixture = SpreadsheetFixture.Named(file);

        Assert.Equal(fixture.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(fixture.Bytes())));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_IsReadAlikeByTextFieldParserAndPython_AndHoldsTheSpreadsheetsCells(string file)
    {
        var fixture = SpreadsheetFixture.Named(file);
        var cells = LineFeeds(fixture.TextFieldParserCells());

        Assert.Equal(LineFeeds([.. fixture.PythonCells]), cells);
        Assert.Equal(LineFeeds(fixture.SpreadsheetCellsAsSaved()), cells);
        Assert.Equal(4, cells.Count);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_AsTheCompilerHandsItOver_ComesBackAsSaved_OrIsReportedAtItsFirstUnreadableCharacter(string file)
        => AssertReadAsSaved(SpreadsheetFixture.Named(file), CompilerText.AsTheCompilerReads(SpreadsheetFixture.Named(file).Bytes()));

    [Theory]
    [InlineData("comma-windows1252.csv", 33)]
    [InlineData("semicolon-windows1252.csv", 34)] // the message is quoted: it holds a ';'
    public void Windows1252Fixture_DecodedAsUtf8_ReportsSpark117AtTheFirstUnreadableCharacter_AndGeneratesTheOtherRows(string file, int column)
    {
        var fixture = SpreadsheetFixture.Named(file);
        var result = Run(fixture, CompilerText.AsUtf8(fixture.Bytes()));

        // "caption_locked,4101,Captions can’t …": the ’ is the byte 0x92 in Windows-1252, which is not UTF-8.
        Assert.Equal([At(2, column, "SPARK117", UnreadableTextTests.Spark117("the 2 rows holding such characters are skipped"), Path)], Faults(result));
        Assert.Equal(["Unknown", "MusicNotLicensed"], Members(result));
        AssertReadAsSaved(fixture, CompilerText.AsUtf8(fixture.Bytes()));
    }

    [Theory]
    [MemberData(nameof(Windows1252Files))]
    public void Windows1252Fixture_DecodedAsWindows1252_ComesBackAsSaved(string file)
    {
        var fixture = SpreadsheetFixture.Named(file);
        var result = Run(fixture, CompilerText.AsWindows1252(fixture.Bytes()));

        Assert.Empty(Faults(result));
        Assert.Equal(["Unknown", "CaptionLocked", "MusicNotLicensed", "CreatorReviewPending"], Members(result));
        AssertReadAsSaved(fixture, CompilerText.AsWindows1252(fixture.Bytes()));
    }

    [Fact]
    public void LosslessFixtures_GenerateByteIdenticalFiles_WhateverTheSeparatorEncodingLineEndsOrSepLine()
    {
        var reference = Run(SpreadsheetFixture.Named("comma-utf8.csv"), CompilerText.AsTheCompilerReads(SpreadsheetFixture.Named("comma-utf8.csv").Bytes()));

        Assert.Equal(6, GeneratedFiles.Bytes(reference).Count);
        foreach (var fixture in SpreadsheetFixture.All.Where(f => f.IsLossless))
        {
            GeneratedFiles.AssertIdentical(reference, Run(fixture, CompilerText.AsTheCompilerReads(fixture.Bytes())), fixture.FileName);
        }
    }

    /// <summary>
    /// The fixture's rows, as TextFieldParser reads its bytes, through GetKey/GetCode/GetMessage/GetRemedy/IsSystemError
    /// of the compiled generated code; where the compiler's text holds U+FFFD, exactly one SPARK117 at the first invalid
    /// UTF-8 byte and the rows that hold a character outside ASCII (each such is invalid UTF-8 in Windows-1252) skipped.
    /// </summary>
    private static void AssertReadAsSaved(SpreadsheetFixture fixture, SourceText text)
    {
        var result = Run(fixture, text);
        var cells = LineFeeds(fixture.TextFieldParserCells());
        var header = cells[0].ToList();
        var rows = cells.Skip(1).ToList();
        var unreadable = text.ToString().Contains('\uFFFD', StringComparison.Ordinal);
        bool Skipped(string[] row) => unreadable && row.Any(cell => cell.Any(c => c > '\u007F'));

        string[] faults = [];
        if (unreadable)
        {
            var (line, column) = fixture.FirstInvalidUtf8() ?? throw new InvalidOperationException(fixture.FileName + " is valid UTF-8 but reads with U+FFFD");
            var skipped = rows.Count(Skipped);
            faults = [At(line, column, "SPARK117", UnreadableTextTests.Spark117(skipped == 1 ? "the one row holding such characters is skipped" : $"the {skipped} rows holding such characters are skipped"), Path)];
        }

        Assert.Equal(faults, Faults(result));
        Assert.Empty(CompilerProblems(result));
        Assert.All(result.Sources, source => Assert.DoesNotContain("\uFFFD", source.Value, StringComparison.Ordinal));
        Assert.Equal(1 + rows.Count(row => !Skipped(row)), Members(result).Length);

        using var consumer = CompiledConsumer.Load(result);
        foreach (var row in rows)
        {
            string Cell(string column) => row[header.IndexOf(column)];
            var (found, error) = consumer.TryParse(Cell("key"));
            Assert.Equal(!Skipped(row), found);
            if (!found)
            {
                continue;
            }

            Assert.Equal(Cell("key"), consumer.Invoke("SparkAdsErrorExtensions", "GetKey", error));
            Assert.Equal(int.Parse(Cell("code"), CultureInfo.InvariantCulture), consumer.Invoke("SparkAdsErrorExtensions", "GetCode", error));
            Assert.Equal(Cell("message"), consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", error));
            Assert.Equal(Cell("remedy"), consumer.Invoke("SparkAdsErrorExtensions", "GetRemedy", error));
            Assert.Equal(Cell("kind") == "system", consumer.Invoke("SparkAdsErrorExtensions", "IsSystemError", error));
            Assert.Equal(Cell("retryable:bool") is { Length: > 0 } retryable ? bool.Parse(retryable) : null, consumer.Invoke("SparkAdsErrorExtensions", "GetRetryable", error));
            Assert.Equal(Cell("http_status:int") is { Length: > 0 } status ? int.Parse(status, CultureInfo.InvariantCulture) : null, consumer.Invoke("SparkAdsErrorExtensions", "GetHttpStatus", error));
            Assert.Equal(Cell("owner:text") is { Length: > 0 } owner ? owner : null, consumer.Invoke("SparkAdsErrorExtensions", "GetOwner", error));
        }
    }

    [Fact]
    public void TypedColumns_AsCalcSavesThem_ComeBackAsTheirValues()
    {
        // The spreadsheet's true/false are saved as TRUE/FALSE, the text 0042 as the number 42: both as typed lookups read them.
        var fixture = SpreadsheetFixture.Named("semicolon-utf8.csv");
        using var consumer = CompiledConsumer.Load(Run(fixture, CompilerText.AsTheCompilerReads(fixture.Bytes())));
        object?[] Row(string member) => [.. new[] { "GetRetryable", "GetHttpStatus", "GetOwner" }.Select(lookup => consumer.Invoke("SparkAdsErrorExtensions", lookup, consumer.Error(member)))];

        Assert.Equal(new object?[] { false, 409, "creator-success" }, Row("CaptionLocked"));
        Assert.Equal(new object?[] { false, 451, "Legal; music rights, EU" }, Row("MusicNotLicensed"));
        Assert.Equal(new object?[] { true, null, "42" }, Row("CreatorReviewPending"));
    }

    private static GeneratorResult Run(SpreadsheetFixture fixture, SourceText text)
        => TestProject.CreateWithoutBuiltInCatalog().WithAdditionalFile(new TestAdditionalText(Path, text), catalog: true).RunGenerator();

    private static List<string[]> LineFeeds(List<string[]> cells) => [.. cells.Select(row => row.Select(SpreadsheetFixture.LineFeeds).ToArray())];
}
