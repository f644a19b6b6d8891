using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using SparkAds.Analyzers.Catalog;
using SparkAds.Analyzers.Catalog.BuiltIn;
using SparkAds.Analyzers.Catalog.Csv;

namespace SparkAds.Analyzers.Tests.Catalog.BuiltIn;

/// <summary>
/// The built-in catalog compiled into the assembly (<see cref="BuiltInCatalog"/>) is exactly the parse of the shipped
/// file, and stands for no other text. Its rows are written here from that parse: after an edit of the catalog, run the
/// tests with <c>SPARKADS_ACCEPT_SNAPSHOTS=1</c> to rewrite <c>BuiltInCatalog.Rows.cs</c>.
/// </summary>
public sealed class CompiledBuiltInCatalogTests
{
    private const string PackagePath = "/package/catalog/spark-ads-errors.csv";

    private static readonly string RowsPath = Path.Combine(TestPaths.RepositoryRoot, "src", "SparkAds.Analyzers", "Catalog", "BuiltIn", "BuiltInCatalog.Rows.cs");

    [Fact]
    public void CompiledRows_AreWrittenFromTheShippedCatalog()
    {
        var expected = Rows(Parse(ShippedText()), ShippedText());
        if (Environment.GetEnvironmentVariable("SPARKADS_ACCEPT_SNAPSHOTS") == "1")
        {
            File.WriteAllText(RowsPath, expected);
        }

        Assert.True(
            File.ReadAllText(RowsPath) == expected,
            $"{RowsPath} was not written from catalog/spark-ads-errors.csv: run the tests with SPARKADS_ACCEPT_SNAPSHOTS=1 to rewrite it.");
    }

    [Fact]
    public void CompiledCatalog_EqualsTheParseOfTheShippedFile_EveryRowAndPosition()
    {
        var text = ShippedText();

        var compiled = BuiltInCatalog.TryGet(PackagePath, text);

        Assert.NotNull(compiled);
        Assert.Equal(18, compiled.Entries.Count);
        Assert.Equal(Parse(text), compiled);
    }

    [Theory]
    [InlineData("a character changed")]
    [InlineData("a row appended")]
    [InlineData("line ends as CRLF")]
    public void AnyOtherText_IsParsed(string edit)
    {
        var shipped = ShippedText().ToString();
        var edited = edit switch
        {
            "a character changed" => shipped.Replace("video_deleted", "video_delited", StringComparison.Ordinal),
            "a row appended" => shipped + "team_extra,,Extra.,Fix.,user\n",
            _ => shipped.Replace("\n", "\r\n", StringComparison.Ordinal),
        };
        var text = SourceText.From(edited);

        Assert.Null(BuiltInCatalog.TryGet(PackagePath, text));
        Assert.Equal(Parse(text), ParsedCatalogFiles.Get(new TestAdditionalText(PackagePath, edited), isBuiltIn: true, CancellationToken.None));
    }

    private static SourceText ShippedText() => SourceText.From(File.ReadAllText(TestPaths.BuiltInCatalog));

    private static ParsedCatalogFile Parse(SourceText text) => CatalogParser.Parse(PackagePath, text, isBuiltIn: true, CancellationToken.None);

    /// <summary>The source of <c>BuiltInCatalog.Rows.cs</c> for the parse of <paramref name="text"/> (which must have no fault).</summary>
    private static string Rows(ParsedCatalogFile parsed, SourceText text)
    {
        Assert.Empty(parsed.Faults);
        var rows = new StringBuilder();
        foreach (var entry in parsed.Entries)
        {
            rows.Append("        new(")
                .Append(Literal(entry.Key)).Append(", ")
                .Append(Literal(entry.MemberName)).Append(", ")
                .Append(entry.Code is { } code ? code.ToString(CultureInfo.InvariantCulture) : "null").Append(", ")
                .Append(Literal(entry.Message)).Append(", ")
                .Append(Literal(entry.Remedy)).Append(", ")
                .Append("CatalogErrorKind.").Append(entry.Kind).Append(", ")
                .Append(entry.IsRetired ? "true" : "false").Append(", ")
                .Append(entry.ReplacedBy is { } replacedBy ? Literal(replacedBy) : "null").Append(", ")
                .Append(Number(entry.KeyLocation.Span.Start)).Append(", ").Append(Number(entry.KeyLocation.Span.Length)).Append(", ")
                .Append(Number(entry.ReplacedByLocation?.Span.Start ?? 0)).Append(", ").Append(Number(entry.ReplacedByLocation?.Span.Length ?? 0))
                .Append("),\n");
        }

        return "// Written by CompiledBuiltInCatalogTests from catalog/spark-ads-errors.csv: do not edit. After editing the catalog, run\n"
               + "// the tests with SPARKADS_ACCEPT_SNAPSHOTS=1 to rewrite it.\n"
               + "namespace SparkAds.Analyzers.Catalog.BuiltIn;\n\n"
               + "internal static partial class BuiltInCatalog\n{\n"
               + "    private const int TextLength = " + Number(text.Length) + ";\n"
               + "    private const ulong TextHash = 0x" + BuiltInCatalog.Hash(text).ToString("X16", CultureInfo.InvariantCulture) + "UL;\n\n"
               + "    private static readonly Row[] Rows =\n    [\n" + rows + "    ];\n}\n";
    }

    private static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
