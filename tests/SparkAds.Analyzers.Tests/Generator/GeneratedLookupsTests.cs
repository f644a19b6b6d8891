using System.Collections;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>The generated lookups, compiled and executed: what a consumer's program sees at run time.</summary>
public sealed class GeneratedLookupsTests
{
    private const string TeamCatalog = "key,code,message,remedy,kind\nteam_only_error,4002,Team message.,Team remedy.,system\n";

    [Fact]
    public void FromCode_SharedCodeGivesEveryKeyInCatalogOrder_UnknownCodeGivesEmpty()
    {
        using var consumer = CompiledConsumer.Load(TestProject.Create().RunGenerator());

        Assert.Equal(["VideoUnavailable", "VideoDeleted"], Names(consumer.Invoke("SparkAdsErrors", "FromCode", 4002)));
        Assert.Equal(["CallRpcFail", "CallDbFail"], Names(consumer.Invoke("SparkAdsErrors", "FromCode", -500)));
        Assert.Equal(["MultiDuetStitchRefused", "DuetStitchRegionLimit"], Names(consumer.Invoke("SparkAdsErrors", "FromCode", 900003)));
        Assert.Empty(Names(consumer.Invoke("SparkAdsErrors", "FromCode", 12345)));
        Assert.Empty(Names(consumer.Invoke("SparkAdsErrors", "FromCode", 0)));
    }

    [Fact]
    public void FromCode_ManySparseCodesAndExtremes_FindsEveryCodeAndNothingElse_EvenUnderCheckedArithmetic()
    {
        // FromCode is a generated hash table: every bucket must hold the right codes, extremes included, and
        // its multiply must not throw in a consumer that compiles with overflow checks on.
        var random = new Random(20261121);
        var codes = new List<int> { int.MinValue, int.MaxValue, 0, -1, 1, -500, 4002 };
        while (codes.Count < 300)
        {
            var code = random.Next(-1_000_000, 1_000_000);
            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        var csv = new System.Text.StringBuilder("key,code,message,remedy\n");
        var expected = new Dictionary<int, List<string>>();
        for (var i = 0; i < codes.Count; i++)
        {
            // Every tenth code is shared by a second key, as TikTok's table does.
            var keys = i % 10 == 0 ? new List<string> { "error_" + i, "error_" + i + "_twin" } : new List<string> { "error_" + i };
            expected[codes[i]] = [.. keys.Select(k => string.Concat(k.Split('_').Select(static part => char.ToUpperInvariant(part[0]) + part[1..])))];
            foreach (var key in keys)
            {
                csv.Append(key).Append(',').Append(codes[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(",Message.,Remedy.\n");
            }
        }

        var result = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/src/team.csv", csv.ToString()).RunGenerator();
        var checkedResult = result with { OutputCompilation = result.OutputCompilation.WithOptions(result.OutputCompilation.Options.WithOverflowChecks(true)) };
        using var consumer = CompiledConsumer.Load(checkedResult);

        foreach (var (code, members) in expected)
        {
            Assert.Equal(members, Names(consumer.Invoke("SparkAdsErrors", "FromCode", code)));
            foreach (var neighbour in new[] { unchecked(code + 1), unchecked(code - 1), unchecked(code + 65536) })
            {
                if (!expected.ContainsKey(neighbour))
                {
                    Assert.Empty(Names(consumer.Invoke("SparkAdsErrors", "FromCode", neighbour)));
                }
            }
        }
    }

    [Fact]
    public void FromCode_CatalogWithoutCodes_AlwaysGivesEmpty()
    {
        using var consumer = CompiledConsumer.Load(TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/src/team.csv", "key,message,remedy\nno_code,M.,R.\n").RunGenerator());

        Assert.Empty(Names(consumer.Invoke("SparkAdsErrors", "FromCode", 0)));
        Assert.Empty(Names(consumer.Invoke("SparkAdsErrors", "FromCode", int.MinValue)));
    }

    [Fact]
    public void TextTables_PackedWithASeparatorNoTextHolds_ComeBackExactly()
    {
        // Every visible separator candidate and the first control character occur in the texts: the tables must
        // pick another character, and every text must come back whole.
        var texts = new[] { "pipe | comma , tilde ~", "caret ^ backtick ` and \u0001", "\u0002 and an empty-looking \u0003" };
        var csv = "key,message,remedy\n" + string.Concat(texts.Select((t, i) => "k" + i + ",\"" + t + "\",\"" + texts[(i + 1) % 3] + "\"\n"));
        var result = TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/src/team.csv", csv).RunGenerator();
        using var consumer = CompiledConsumer.Load(result);

        Assert.Contains(".Split('\\u0004')", result.Sources["SparkAdsErrorExtensions.g.cs"], StringComparison.Ordinal);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.Equal(texts[i], consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", consumer.Error("K" + i)));
            Assert.Equal(texts[(i + 1) % 3], consumer.Invoke("SparkAdsErrorExtensions", "GetRemedy", consumer.Error("K" + i)));
        }
    }

    [Fact]
    public void TryParse_IsOrdinalUnlessAskedToIgnoreCase()
    {
        using var consumer = CompiledConsumer.Load(TestProject.Create().RunGenerator());

        Assert.Equal((true, consumer.Error("AuthCodeExpired")), consumer.TryParse("auth_code_expired"));
        Assert.Equal((false, consumer.Error("Unknown")), consumer.TryParse("Auth_Code_Expired"));
        Assert.Equal((true, consumer.Error("AuthCodeExpired")), consumer.TryParse("Auth_Code_Expired", ignoreCase: true));
        Assert.Equal((false, consumer.Error("Unknown")), consumer.TryParse("Auth_Code_Expired", ignoreCase: false));
        Assert.Equal((false, consumer.Error("Unknown")), consumer.TryParse(null));
        Assert.Equal((false, consumer.Error("Unknown")), consumer.TryParse(null, ignoreCase: true));
        Assert.Equal((false, consumer.Error("Unknown")), consumer.TryParse("unknown", ignoreCase: true));
        Assert.Equal((false, consumer.Error("Unknown")), consumer.TryParse(string.Empty));
    }

    [Fact]
    public void DefaultAndOutOfRangeValues_AreUnknownWithDocumentedTexts()
    {
        using var consumer = CompiledConsumer.Load(TestProject.Create().RunGenerator());
        var unknown = Activator.CreateInstance(consumer.ErrorEnum)!;
        var outOfRange = Enum.ToObject(consumer.ErrorEnum, 999);

        Assert.Equal("Unknown", unknown.ToString());
        foreach (var value in new[] { unknown, outOfRange })
        {
            Assert.Equal("unknown", consumer.Invoke("SparkAdsErrorExtensions", "GetKey", value));
            Assert.Null(consumer.Invoke("SparkAdsErrorExtensions", "GetCode", value));
            Assert.Equal("The Spark Ads API reported an error that the catalog does not know.", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", value));
            Assert.Equal("Read the code and message of the API response, and add the error to a SparkAdsCatalog CSV if it recurs.", consumer.Invoke("SparkAdsErrorExtensions", "GetRemedy", value));
            Assert.Equal(false, consumer.Invoke("SparkAdsErrorExtensions", "IsSystemError", value));
        }
    }

    [Fact]
    public void Extensions_ReturnEachRowsData()
    {
        using var consumer = CompiledConsumer.Load(TestProject.Create().RunGenerator());
        var rpc = consumer.Error("CallRpcFail");
        var notFound = consumer.Error("AuthCodeNotFound");

        Assert.Equal("call_rpc_fail", consumer.Invoke("SparkAdsErrorExtensions", "GetKey", rpc));
        Assert.Equal(-500, consumer.Invoke("SparkAdsErrorExtensions", "GetCode", rpc));
        Assert.Equal(true, consumer.Invoke("SparkAdsErrorExtensions", "IsSystemError", rpc));
        Assert.Null(consumer.Invoke("SparkAdsErrorExtensions", "GetCode", notFound));
        Assert.Equal(false, consumer.Invoke("SparkAdsErrorExtensions", "IsSystemError", notFound));
        Assert.Equal("The code has been deleted.", consumer.Invoke("SparkAdsErrorExtensions", "GetMessage", notFound));
        Assert.Equal("Contact the creator to generate a new code.", consumer.Invoke("SparkAdsErrorExtensions", "GetRemedy", notFound));
    }

    [Fact]
    public void All_IsTheCatalogInOrderAndCannotBeModified()
    {
        using var consumer = CompiledConsumer.Load(TestProject.Create().RunGenerator());
        var all = (IList)consumer.Type("SparkAdsErrors").GetProperty("All")!.GetValue(null)!;

        Assert.Equal(18, all.Count);
        Assert.Equal("VideoUnavailable", all[0]!.ToString());
        Assert.Equal("AuthCodeError", all[17]!.ToString());
        Assert.Throws<NotSupportedException>(() => all[0] = consumer.Error("Unknown"));
    }

    [Fact]
    public void TeamCatalog_RowsFollowTheBuiltInRowsAndShareCodes()
    {
        using var consumer = CompiledConsumer.Load(TestProject.Create().WithCatalog("/src/team.csv", TeamCatalog).RunGenerator());

        Assert.Equal(["VideoUnavailable", "VideoDeleted", "TeamOnlyError"], Names(consumer.Invoke("SparkAdsErrors", "FromCode", 4002)));
        var all = ((IEnumerable)consumer.Type("SparkAdsErrors").GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        Assert.Equal([19, 18], new[] { all.Count, all.IndexOf(consumer.Error("TeamOnlyError")) });
        Assert.Equal(754205730, (int)Convert.ChangeType(consumer.Error("TeamOnlyError"), typeof(int), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(true, consumer.Invoke("SparkAdsErrorExtensions", "IsSystemError", consumer.Error("TeamOnlyError")));
    }

    [Fact]
    public void WithoutTheBuiltInCatalog_OnlyTheTeamRowsAreGenerated()
    {
        using var consumer = CompiledConsumer.Load(TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/src/team.csv", TeamCatalog).RunGenerator());

        Assert.Equal(["Unknown", "TeamOnlyError"], Enum.GetNames(consumer.ErrorEnum));
    }

    [Fact]
    public void AnAdditionalFileNotMarkedAsACatalog_IsNeverRead()
    {
        var other = new TestAdditionalText("/src/other.csv", "key,message,remedy\nother_error,Other.,Other.\n");
        var result = TestProject.Create().WithAdditionalFile(other, catalog: false).RunGenerator();

        Assert.DoesNotContain("OtherError", result.Sources["SparkAdsError.g.cs"], StringComparison.Ordinal);
        Assert.Empty(result.GeneratorDiagnostics);
    }

    private static List<string> Names(object? list) => ((IEnumerable)list!).Cast<object>().Select(e => e.ToString()!).ToList();
}
