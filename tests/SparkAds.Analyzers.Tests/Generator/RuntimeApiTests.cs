using System.Collections;
using System.Reflection;
using System.Text;

namespace SparkAds.Analyzers.Tests.Generator;

/// <summary>
/// Resolve, the span and UTF-8 lookups and the JSON converter, compiled into a net10.0 consumer and run:
/// answers compared with the string lookups, allocations counted on the consumer's thread.
/// </summary>
public sealed class RuntimeApiTests
{
    private const string NonAsciiCatalog = "key,code,message,remedy\ncafé_error,1,M.,R.\nstraße_fehler,2,M.,R.\nключ_ошибки,3,M.,R.\nplain_key,4,M.,R.\n";

    [Fact]
    public void Resolve_KnownKeyFirst_ThenCode_ThenUnknown()
    {
        using var consumer = Load(TestProject.Create());

        Assert.Equal(consumer.Error("AuthCodeExpired"), Resolve(consumer, "auth_code_expired", 4013));
        Assert.Equal(consumer.Error("AuthCodeFormatError"), Resolve(consumer, "not_in_the_catalog", 4013));
        Assert.Equal(consumer.Error("AuthCodeFormatError"), Resolve(consumer, null, 4013));
        Assert.Equal(consumer.Error("VideoUnavailable"), Resolve(consumer, "not_in_the_catalog", 4002));
        Assert.Equal(consumer.Error("CallRpcFail"), Resolve(consumer, null, -500));
        Assert.Equal(consumer.Error("Unknown"), Resolve(consumer, "not_in_the_catalog", 12345));
        Assert.Equal(consumer.Error("Unknown"), Resolve(consumer, null, null));
        Assert.Equal(consumer.Error("Unknown"), Resolve(consumer, "AUTH_CODE_EXPIRED", null));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void SpanAndUtf8TryParse_AgreeWithTheStringVersion_OnEveryKeyAndNearMiss(bool nonAsciiKeys)
    {
        var project = nonAsciiKeys ? TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", NonAsciiCatalog) : TestProject.Create();
        using var consumer = Load(project);
        var keys = Keys(consumer);
        var inputs = keys.SelectMany(NearMisses).Concat(["", "unknown", "UNKNOWN", "é", "\uD800", "ß"]).ToArray();

        Assert.Equal(string.Empty, Probe(consumer, "Disagreements", new object[] { inputs }));

        // The oracle agrees, not merely the three versions with one another.
        foreach (var key in keys)
        {
            Assert.True(consumer.TryParse(key).Found, key);
            Assert.True(consumer.TryParse(key.ToUpperInvariant(), ignoreCase: true).Found, key);
            Assert.False(consumer.TryParse(key + "x").Found, key);
        }
    }

    [Fact]
    public void NonAsciiKeys_MatchIgnoringCaseAsOrdinalIgnoreCaseDoes()
    {
        using var consumer = Load(TestProject.CreateWithoutBuiltInCatalog().WithCatalog("/team/errors.csv", NonAsciiCatalog));

        Assert.Equal((true, consumer.Error("CaféError")), consumer.TryParse("CAFÉ_ERROR", ignoreCase: true));
        Assert.Equal((true, consumer.Error("КлючОшибки")), consumer.TryParse("КЛЮЧ_ОШИБКИ", ignoreCase: true));
        Assert.Equal((false, consumer.Error("Unknown")), consumer.TryParse("CAFÉ_ERROR"));
    }

    [Fact]
    public void Lookups_AllocateNothing_ForEveryKeyAndCode()
    {
        using var consumer = Load(TestProject.Create());
        var keys = Keys(consumer);
        var codes = new[] { 4002, 4013, -500, 900003, 12345, 0, int.MinValue };

        Assert.Equal(0L, Probe(consumer, "AllocatedByLookups", new object[] { keys, codes }));
    }

    [Fact]
    public void JsonConverter_ReadsEveryKeyAllocatingNothing_EscapedOrNot_AndUnknownKeysAsUnknown()
    {
        using var consumer = Load(TestProject.Create());
        var keys = Keys(consumer);
        var documents = keys.Select(k => "\"" + k + "\"")
            .Concat(keys.Select(k => "\"\\u00" + ((int)k[0]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + k[1..] + "\""))
            .Concat(["\"not_a_key\"", "\"\\u0041uth_code_expired\"", "\"" + new string('a', 2000) + "\"", "\"\\u00e9\"", "\"unknown\""])
            .ToArray();
        var read = Array.CreateInstance(consumer.ErrorEnum, documents.Length);

        var allocated = Probe(consumer, "AllocatedByJsonReads", new object[] { documents.Select(Encoding.UTF8.GetBytes).ToArray(), read });

        Assert.Equal(0L, allocated);
        var expected = keys.Concat(keys).Select(k => consumer.TryParse(k).Error).Concat(Enumerable.Repeat(consumer.Error("Unknown"), 5)).ToArray();
        Assert.Equal(expected, read.Cast<object>().ToArray());
    }

    [Fact]
    public void JsonConverter_ReadsAValueSplitAcrossSegments()
    {
        using var consumer = Load(TestProject.Create());
        var document = Encoding.UTF8.GetBytes("\"auth_code_expired\"");

        for (var split = 2; split < document.Length - 1; split++)
        {
            Assert.Equal(consumer.Error("AuthCodeExpired"), Probe(consumer, "ReadSegmented", new object[] { document, split }));
        }

        Assert.Equal(consumer.Error("AuthCodeExpired"), Probe(consumer, "ReadSegmented", new object[] { Encoding.UTF8.GetBytes("\"auth\\u005fcode_expired\""), 8 }));
    }

    [Fact]
    public void JsonSerializer_RoundTripsEveryKeyThroughTheEnumsAttribute_AndMapsUnknownKeysToUnknown()
    {
        using var consumer = Load(TestProject.Create());

        foreach (var key in Keys(consumer))
        {
            var error = consumer.TryParse(key).Error;
            var json = (string)Probe(consumer, "Serialize", new[] { error })!;
            Assert.Equal("\"" + key + "\"", json);
            Assert.Equal(error, Probe(consumer, "Deserialize", new object[] { json }));
        }

        Assert.Equal("\"unknown\"", Probe(consumer, "Serialize", new[] { consumer.Error("Unknown") }));
        Assert.Equal(consumer.Error("Unknown"), Probe(consumer, "Deserialize", new object[] { "\"a_key_tiktok_added_later\"" }));
        var list = (IList)Probe(consumer, "DeserializeList", new object[] { "[\"video_deleted\",\"new_key\",\"call_db_fail\"]" })!;
        Assert.Equal([consumer.Error("VideoDeleted"), consumer.Error("Unknown"), consumer.Error("CallDbFail")], list.Cast<object>().ToArray());
        Assert.Equal(
            "AuthCodeExpired=1,Unknown=2|{\"auth_code_expired\":1,\"unknown\":2}",
            Probe(consumer, "DictionaryRoundTrip", new object[] { "{\"auth_code_expired\":1,\"from_the_future\":2}" }));
    }

    [Fact]
    public void JsonConverter_ReadsAnErrorsValue_ANumberTheCatalogDoesNotKnowAsUnknown_AndRejectsOtherTokens()
    {
        using var consumer = Load(TestProject.Create());
        var videoDeleted = consumer.Error("VideoDeleted");

        Assert.Equal(videoDeleted, Probe(consumer, "Deserialize", new object[] { Convert.ToInt32(videoDeleted, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) }));
        Assert.Equal(consumer.Error("Unknown"), Probe(consumer, "Deserialize", new object[] { "4002" }));
        Assert.Equal(consumer.Error("Unknown"), Probe(consumer, "Deserialize", new object[] { "0" }));
        Assert.Equal(consumer.Error("Unknown"), Probe(consumer, "Deserialize", new object[] { "-1" }));
        foreach (var json in new[] { "1.5", "4294967296", "true", "null", "{}" })
        {
            var thrown = Assert.Throws<TargetInvocationException>(() => Probe(consumer, "Deserialize", new object[] { json }));
            Assert.Equal("System.Text.Json.JsonException", thrown.InnerException!.GetType().FullName);
        }
    }

    [Fact]
    public void JsonConverter_ReadsTheNumbersALibraryWithoutSystemTextJsonWrote_AsTheSameErrors()
    {
        // A netstandard2.0 library without System.Text.Json gets no converter, so a serializer writes its errors as numbers.
        var library = TestProject.Create().WithTarget(TargetProfile.NetStandard20CSharp73).RunGenerator();
        Assert.DoesNotContain("SparkAdsErrorJsonConverter.g.cs", library.Sources.Keys);
        using var written = CompiledConsumer.Load(library);
        var all = ((IEnumerable)written.Type("SparkAdsErrors").GetProperty("All")!.GetValue(null)!).Cast<object>().ToArray();
        var errors = Array.CreateInstance(written.ErrorEnum, all.Length);
        Array.Copy(all, errors, all.Length);
        var json = System.Text.Json.JsonSerializer.Serialize(errors, errors.GetType());
        Assert.Matches(@"^\[[0-9]+(,[0-9]+)+\]$", json);

        // A net10.0 project of the same catalog, with the converter, reads them as the errors of the same keys.
        using var reader = Load(TestProject.Create());
        var read = (IList)Probe(reader, "DeserializeList", new object[] { json })!;

        Assert.Equal(all.Select(e => written.Invoke("SparkAdsErrorExtensions", "GetKey", e)), read.Cast<object>().Select(e => reader.Invoke("SparkAdsErrorExtensions", "GetKey", e)));
        Assert.Equal(Keys(reader), read.Cast<object>().Select(e => (string)reader.Invoke("SparkAdsErrorExtensions", "GetKey", e)!));
    }

    private static CompiledConsumer Load(TestProject project)
    {
        var result = project.WithSource(RuntimeApiProbe.Code, "/src/Probe.cs").RunGenerator();
        Assert.Empty(result.CompilationDiagnostics.Select(ExpectedDiagnostic.Format));
        return CompiledConsumer.Load(result);
    }

    private static object? Probe(CompiledConsumer consumer, string method, object?[] arguments)
        => consumer.Assembly.GetType("Probe.Checks", throwOnError: true)!.GetMethod(method)!.Invoke(null, arguments);

    private static object Resolve(CompiledConsumer consumer, string? key, int? code)
        => consumer.Invoke("SparkAdsErrors", "Resolve", key, code)!;

    private static string[] Keys(CompiledConsumer consumer)
        => [.. ((IEnumerable)consumer.Type("SparkAdsErrors").GetProperty("All")!.GetValue(null)!).Cast<object>().Select(e => (string)consumer.Invoke("SparkAdsErrorExtensions", "GetKey", e)!)];

    private static IEnumerable<string> NearMisses(string key)
    {
        yield return key;
        yield return key.ToUpperInvariant();
        yield return char.ToUpperInvariant(key[0]) + key[1..];
        yield return key + "x";
        yield return key[..^1];
        yield return "x" + key;
        yield return key.Replace('_', '-');
        yield return key.Replace('a', 'а'); // Cyrillic a
        yield return key.Replace('k', '\u212A'); // Kelvin sign
        yield return key.Replace('i', 'ı').Replace('s', 'ſ');
        yield return key.ToUpperInvariant().Replace('I', 'İ');
        yield return key + "\0";
    }
}
