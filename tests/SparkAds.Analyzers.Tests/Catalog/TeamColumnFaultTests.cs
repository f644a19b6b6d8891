using System.Text.RegularExpressions;
using SparkAds.Analyzers.CatalogFaults;
using SparkAds.Analyzers.Tests.CatalogFaults;
using static SparkAds.Analyzers.Tests.Catalog.CatalogRun;

namespace SparkAds.Analyzers.Tests.Catalog;

/// <summary>
/// Typed team columns' faults (SPARK119–SPARK124, and SPARK111 for a team column named twice): exact ID, cell and
/// message, reported alike by the generator (where builds run no analyzer) and by the analyzer of the catalog file (an
/// IDE, and builds that run analyzers); what each fault leaves out of the generated lookups; every row kept.
/// </summary>
public sealed partial class TeamColumnFaultTests
{
    private const string BoolColumn = "key,message,remedy,retryable:bool\n";
    private const string IntColumn = "key,message,remedy,http_status:int\n";

    /// <summary>The extension methods of a catalog without team columns.</summary>
    private static readonly string[] PackageLookups = ["GetKey", "GetCode", "GetMessage", "GetRemedy", "IsSystemError", "IsRetired"];

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("t")]
    [InlineData("true ")]
    [InlineData(" TRUE")]
    [InlineData("\"tr\"\"ue\"")]
    public async Task BoolCellThatIsNotTrueOrFalse_ReportsSpark119AtTheCell_ReadsNull_AndKeepsTheRow(string cell)
    {
        var result = await AssertReportedAsync(
            Team(BoolColumn + "a_key,M.,R.," + cell + "\nb_key,M.,R.,false\n"),
            At(2, 13, "SPARK119", $"The 'retryable' cell '{Unquoted(cell)}' is not a bool: write true or false, in any case; it reads as empty"));

        Assert.Equal(["Unknown", "AKey", "BKey"], Members(result));
        using var consumer = CompiledConsumer.Load(result);
        Assert.Null(consumer.Invoke("SparkAdsErrorExtensions", "GetRetryable", consumer.Error("AKey")));
        Assert.Equal(false, consumer.Invoke("SparkAdsErrorExtensions", "GetRetryable", consumer.Error("BKey")));
    }

    [Theory]
    [InlineData("4xx")]
    [InlineData("\"1,000\"")]
    [InlineData("1.000")]
    [InlineData("+404")]
    [InlineData(" 404")]
    [InlineData("404 ")]
    [InlineData("4.0")]
    [InlineData("1E+03")]
    [InlineData("-")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("\uFF14\uFF10\uFF14")]
    public async Task IntCellThatIsNotA32BitIntegerInDigits_ReportsSpark119AtTheCell_ReadsNull_AndKeepsTheRow(string cell)
    {
        var result = await AssertReadsFault(IntColumn + "a_key,M.,R.," + cell + "\n", At(2, 13, "SPARK119", $"The 'http_status' cell '{Unquoted(cell)}' is not an int: write a 32-bit whole number in digits, such as 404 or -1, without spaces, '+', thousands separators or decimals; it reads as empty"));

        using var consumer = CompiledConsumer.Load(result);
        Assert.Null(consumer.Invoke("SparkAdsErrorExtensions", "GetHttpStatus", consumer.Error("AKey")));
    }

    [Theory]
    [InlineData("retryable:boolean", "retryable", "boolean")]
    [InlineData("Retryable : Yes/No", "Retryable", "Yes/No")]
    [InlineData("notes: see the wiki", "notes", "see the wiki")]
    [InlineData("retryable:", "retryable", "")]
    public async Task UnknownType_ReportsSpark120WarningAtTheHeaderCell_AndIgnoresTheColumn(string header, string name, string type)
    {
        var result = await AssertReadsFault(
            "key,message,remedy," + header + "\na_key,M.,R.,yes\n",
            At(1, 20, "SPARK120", $"The column '{name}' has the unknown type '{type}': use bool, int or text (any case), or take the ':' out of a column of notes; the column is ignored"));

        Assert.Equal(PackageLookups, Lookups(result));
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(result.GeneratorDiagnostics).DefaultSeverity);
    }

    [Fact]
    public async Task OneNameGivenTwoTypesInTwoCatalogs_ReportsSpark121AtTheLaterHeader_AndItsCellsReadNull()
    {
        var project = TestProject.CreateWithoutBuiltInCatalog()
            .WithCatalog("/team/a.csv", "key,message,remedy,retryable:bool\na_key,M.,R.,true\n")
            .WithCatalog("/team/b.csv", "key,Retryable:INT,message,remedy\nb_key,3,M.,R.\n");

        var result = await AssertReportedAsync(
            project,
            At(1, 5, "SPARK121", "The column 'Retryable' is int here but bool at a.csv(1,20): give it one type in every catalog; this file's 'Retryable' cells are not read", "/team/b.csv"));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.GeneratorDiagnostics).DefaultSeverity);
        Assert.Equal(["Unknown", "AKey", "BKey"], Members(result));
        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal(true, consumer.Invoke("SparkAdsErrorExtensions", "GetRetryable", consumer.Error("AKey")));
        Assert.Null(consumer.Invoke("SparkAdsErrorExtensions", "GetRetryable", consumer.Error("BKey")));
    }

    [Theory]
    [InlineData("2fa")]
    [InlineData("http-status")]
    [InlineData("retry able")]
    [InlineData("_private")]
    [InlineData("")]
    [InlineData("caf\u00E9\u0301")]
    public async Task NameThatCannotBecomeAMethodName_ReportsSpark122AtTheHeaderCell(string name)
    {
        var result = await AssertReadsFault(
            "key,message,remedy," + name + ":text\na_key,M.,R.,x\n",
            At(1, 20, "SPARK122", $"The column name '{name}' cannot become a method name: use letters, digits and '_', starting with a letter; the column is not read"));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.GeneratorDiagnostics).DefaultSeverity);
    }

    [Theory]
    [InlineData("key_:text", "key_", "GetKey", "the package already generates")]
    [InlineData("Remedy_:text", "Remedy_", "GetRemedy", "the package already generates")]
    [InlineData("type:text", "type", "GetType", "every SparkAdsError already has as object.GetType(), so it would never be called")]
    [InlineData("hash_code:int", "hash_code", "GetHashCode", "every SparkAdsError already has as object.GetHashCode(), so it would never be called")]
    [InlineData("type_code:int", "type_code", "GetTypeCode", "every SparkAdsError already has as Enum.GetTypeCode(), so it would never be called")]
    public async Task NameWhoseLookupTheEnumOrThePackageHas_ReportsSpark123AtTheHeaderCell(string header, string name, string method, string owner)
        => await AssertReadsFault(
            "key,message,remedy," + header + "\na_key,M.,R.,1\n",
            At(1, 20, "SPARK123", $"The column '{name}' would generate {method}(), which {owner}; the column is not read"));

    [Fact]
    public async Task TwoColumnsWithOneLookupName_ReportSpark123AtTheSecond_NamingTheFirst()
    {
        var result = await AssertReadsFault(
            "key,message,remedy,http_status:int,HttpStatus:int\na_key,M.,R.,404,500\n",
            At(1, 36, "SPARK123", "The column 'HttpStatus' would generate GetHttpStatus(), which the column 'http_status' at errors.csv(1,20) generates too; the column is not read"));

        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal(404, consumer.Invoke("SparkAdsErrorExtensions", "GetHttpStatus", consumer.Error("AKey")));
    }

    [Fact]
    public async Task OptionalSchemaColumnWithAType_ReportsSpark124_AndTheRowsHaveNoCode()
    {
        var result = await AssertReadsFault(
            "key,code:int,message,remedy\na_key,4002,M.,R.\n",
            At(1, 5, "SPARK124", "The column 'code:int' gives the schema column 'code' a type, which only team columns take: name it 'code'; its cells are not read"));

        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(result.GeneratorDiagnostics).DefaultSeverity);
        using var consumer = CompiledConsumer.Load(result);
        Assert.Null(consumer.Invoke("SparkAdsErrorExtensions", "GetCode", consumer.Error("AKey")));
    }

    [Fact]
    public async Task RequiredSchemaColumnWithAType_ReportsSpark124AloneForIt_AndGeneratesNoRowOfTheFile()
    {
        var result = await AssertReportedAsync(
            Team(" Key : Text ,message,remedy\na_key,M.,R.\n"),
            At(1, 1, "SPARK124", "The column 'Key : Text' gives the schema column 'Key' a type, which only team columns take: name it 'Key'; no row of this file is generated"));

        Assert.Equal(["Unknown"], Members(result));
    }

    [Fact]
    public async Task SchemaColumnWithATypeBesideTheSchemaColumn_ReportsSpark124_AndReadsTheSchemaColumn()
    {
        var result = await AssertReadsFault(
            "key,message,remedy,message:text\na_key,Kept.,R.,Not read.\n",
            At(1, 20, "SPARK124", "The column 'message:text' gives the schema column 'message' a type, which only team columns take: name it 'message'; its cells are not read"));

        using var consumer = CompiledConsumer.Load(result);
        Assert.Equal("Kept.", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", consumer.Error("AKey")));
    }

    [Fact]
    public async Task TeamColumnNamedTwiceInOneHeader_ReportsSpark111AtTheSecond_AndGeneratesNoRowOfTheFile()
    {
        var result = await AssertReportedAsync(
            Team("key,message,remedy,retryable:bool,Retryable:int\na_key,M.,R.,true,1\n"),
            At(1, 35, "SPARK111", "The catalog's header names the 'Retryable' column again (first at errors.csv(1,20)); no row of this file is generated"));

        Assert.Equal(["Unknown"], Members(result));
    }

    [Fact]
    public async Task SeveralFaults_AreEachReportedOnce_ByTheGeneratorAndTheAnalyzerAlike()
    {
        var project = TestProject.Create()
            .WithCatalog("/team/a.csv", "key,message,remedy,owner:text,retryable:bool,code:int\na_key,M.,R.,Ads,maybe,1\n")
            .WithCatalog("/team/b.csv", "key,message,remedy,owner:int,level:number,1st:bool\nb_key,M.,R.,7,x,true\n");

        await AssertReportedAsync(
            project,
            At(1, 46, "SPARK124", "The column 'code:int' gives the schema column 'code' a type, which only team columns take: name it 'code'; its cells are not read", "/team/a.csv"),
            At(2, 17, "SPARK119", "The 'retryable' cell 'maybe' is not a bool: write true or false, in any case; it reads as empty", "/team/a.csv"),
            At(1, 20, "SPARK121", "The column 'owner' is int here but text at a.csv(1,20): give it one type in every catalog; this file's 'owner' cells are not read", "/team/b.csv"),
            At(1, 30, "SPARK120", "The column 'level' has the unknown type 'number': use bool, int or text (any case), or take the ':' out of a column of notes; the column is ignored", "/team/b.csv"),
            At(1, 43, "SPARK122", "The column name '1st' cannot become a method name: use letters, digits and '_', starting with a letter; the column is not read", "/team/b.csv"));
    }

    private static TestProject Team(string csv) => TestProject.CreateWithoutBuiltInCatalog().WithCatalog(TeamPath, csv);

    /// <summary>One fault in a team catalog of one row, <c>a_key</c>, which is generated; the consumer compiles.</summary>
    private static async Task<GeneratorResult> AssertReadsFault(string csv, string fault)
    {
        var result = await AssertReportedAsync(Team(csv), fault);
        Assert.Equal(["Unknown", "AKey"], Members(result));
        return result;
    }

    /// <summary>
    /// Exactly <paramref name="faults"/> (made with <see cref="At"/>, in path and position order) from the generator, and
    /// the same from the analyzer of the catalog files where the package's props make it the reporter; the consumer compiles.
    /// </summary>
    private static async Task<GeneratorResult> AssertReportedAsync(TestProject project, params string[] faults)
    {
        var result = project.RunGenerator();
        Assert.Equal(faults, Faults(result));
        Assert.Empty(CompilerProblems(result));

        var reporting = project.WithAnalyzerSettings();
        Assert.Empty(Faults(reporting.RunGenerator()));
        var fromAnalyzer = await reporting.GetAnalyzerDiagnosticsAsync(new CatalogFaultAnalyzer());
        Assert.Equal(faults.Order(StringComparer.Ordinal), fromAnalyzer.Select(ExpectedDiagnostic.FormatStart).Order(StringComparer.Ordinal));
        return result;
    }

    /// <summary>The extension methods the generated code declares, in order.</summary>
    private static string[] Lookups(GeneratorResult result)
        => [.. LookupDeclaration().Matches(result.Sources["SparkAdsErrorExtensions.g.cs"]).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"public static \S+ (\w+)\(this SparkAdsError error\)")]
    private static partial Regex LookupDeclaration();

    /// <summary>A CSV field's value: without its quotes, doubled quotes single.</summary>
    private static string Unquoted(string field)
        => field.StartsWith('"') ? field[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal) : field;
}
