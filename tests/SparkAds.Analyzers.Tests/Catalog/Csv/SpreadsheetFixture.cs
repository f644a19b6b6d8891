using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.VisualBasic.FileIO;

namespace SparkAds.Analyzers.Tests.Catalog.Csv;

/// <summary>
/// One catalog as a real spreadsheet program saved it: a file of <c>Spreadsheets/</c>, written by
/// <c>Spreadsheets/regenerate.py</c> with LibreOffice Calc. <c>fixtures.json</c> says how each file was made, its
/// encoding and separator and SHA-256, and holds its cells as Python's csv module read them when it was made.
/// </summary>
internal sealed record SpreadsheetFixture(string FileName, int CodePage, string Separator, bool SepLine, string Origin, string Sha256, string[][] PythonCells)
{
    public const string Source = "source.csv";

    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot, "tests", "SparkAds.Analyzers.Tests", "Catalog", "Csv", "Spreadsheets");

    public static IReadOnlyList<SpreadsheetFixture> All { get; } = Load();

    public static SpreadsheetFixture Named(string fileName) => All.Single(f => f.FileName == fileName);

    /// <summary>Whether the file's encoding holds every character of the spreadsheet (all but Windows-1252).</summary>
    public bool IsLossless => CodePage != 1252;

    public byte[] Bytes() => File.ReadAllBytes(Path.Combine(Folder, FileName));

    /// <summary>The file's encoding; for Windows-1252, '?' for a character it has none for, as LibreOffice and Excel write.</summary>
    public Encoding Encoding() => Encoding(CodePage);

    /// <summary>
    /// The cells as .NET's own CSV reader, <c>Microsoft.VisualBasic.FileIO.TextFieldParser</c>, reads the committed
    /// bytes, told the file's encoding and separator (and to skip its <c>sep=</c> line): an oracle independent of the
    /// analyzer's parser. Line breaks inside fields are given as the file writes them.
    /// </summary>
    public List<string[]> TextFieldParserCells() => TextFieldParserCells(Bytes(), Encoding(), Separator, SepLine);

    /// <summary>
    /// The spreadsheet's cells as <c>source.csv</c> holds them, read by TextFieldParser, as Calc reads them (below) and
    /// as this file's encoding can hold them.
    /// </summary>
    public List<string[]> SpreadsheetCellsAsSaved()
    {
        var cells = TextFieldParserCells(File.ReadAllBytes(Path.Combine(Folder, Source)), new UTF8Encoding(false), ",", sepLine: false);
        return [cells[0], .. cells.Skip(1).Select(row => row.Select(cell => AsSaved(AsCalcReads(cell))).ToArray())];
    }

    /// <summary>
    /// A data cell as Calc holds it once it has opened the CSV, or once a maintainer has typed it into a cell of the
    /// default format, and so as it saves it: <c>true</c> and <c>false</c> in any case become the truth values
    /// <c>TRUE</c> and <c>FALSE</c>, digits with leading zeros the number they spell (<c>0042</c> is saved as <c>42</c>).
    /// </summary>
    private static string AsCalcReads(string cell)
    {
        if (cell.Equals("true", StringComparison.OrdinalIgnoreCase) || cell.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return cell.ToUpperInvariant();
        }

        return cell.Length > 1 && cell[0] == '0' && cell.All(char.IsAsciiDigit) ? int.Parse(cell, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : cell;
    }

    /// <summary>
    /// Where a compiler that decodes the file as UTF-8 meets its first invalid byte: the 1-based line and column of
    /// that character in the decoded text (lines as Roslyn counts them); <see langword="null"/> when the bytes are valid UTF-8.
    /// </summary>
    public (int Line, int Column)? FirstInvalidUtf8()
    {
        var bytes = Bytes();
        var chars = new char[bytes.Length];
        if (Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.InvalidData)
        {
            return null;
        }

        var prefix = SourceText.From(new string(chars, 0, written));
        var position = prefix.Lines.GetLinePosition(written);
        return (position.Line + 1, position.Character + 1);
    }

    public static string LineFeeds(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>A cell as this file's encoding holds it: one '?' for each character it has none for (an emoji included).</summary>
    private string AsSaved(string cell)
    {
        var encoding = Encoding();
        var saved = new StringBuilder();
        foreach (var rune in cell.EnumerateRunes())
        {
            var text = rune.ToString();
            saved.Append(encoding.GetString(encoding.GetBytes(text)) == text ? text : "?");
        }

        return saved.ToString();
    }

    private static Encoding Encoding(int codePage) => codePage switch
    {
        65001 => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        1200 => System.Text.Encoding.Unicode,
        _ => CodePagesEncodingProvider.Instance.GetEncoding(codePage, new EncoderReplacementFallback("?"), DecoderFallback.ExceptionFallback)
             ?? throw new InvalidOperationException("No code page " + codePage.ToString(CultureInfo.InvariantCulture)),
    };

    private static List<string[]> TextFieldParserCells(byte[] bytes, Encoding encoding, string separator, bool sepLine)
    {
        using var parser = new TextFieldParser(new MemoryStream(bytes), encoding, detectEncoding: true)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(separator);
        if (sepLine)
        {
            Assert.Equal("sep=" + separator, parser.ReadLine());
        }

        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields() ?? []);
        }

        return rows;
    }

    private static List<SpreadsheetFixture> Load()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Folder, "fixtures.json")));
        return [.. manifest.RootElement.GetProperty("fixtures").EnumerateArray().Select(f => new SpreadsheetFixture(
            f.GetProperty("file").GetString()!,
            f.GetProperty("codePage").GetInt32(),
            f.GetProperty("separator").GetString()!,
            f.GetProperty("sepLine").GetBoolean(),
            f.GetProperty("origin").GetString()!,
            f.GetProperty("sha256").GetString()!,
            [.. f.GetProperty("cells").EnumerateArray().Select(row => row.EnumerateArray().Select(cell => cell.GetString()!).ToArray())]))];
    }
}
