using static SparkAds.Analyzers.Tests.Conversions.ConversionTestClient;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>SPARK005: a TikTok error code converted to SparkAdsError by a cast or Enum.ToObject; quiet where values round-trip.</summary>
public sealed class CodeCastTests
{
    [Fact]
    public Task CastOfACodeByName_ReportsAtTheCastNamingTheCode()
        => VerifyAsync(InHandler("""
                public static SparkAdsError FromResponse(ApiResponse response, int errorCode, long statusCode, int ERROR_CODE, byte code2)
                {
                    var a = {|SPARK005:(SparkAdsError)response.Code|};
                    var b = {|SPARK005:(SparkAdsError)errorCode|};
                    var c = {|SPARK005:(SparkAdsError)response.Error.Code|};
                    var d = {|SPARK005:(SparkAdsError)statusCode|};
                    var e = {|SPARK005:(SparkAdsError)code2|};
                    return {|SPARK005:(SparkAdsError)ERROR_CODE|};
                }
            """),
            Marked(Spark005("response.Code")),
            Marked(Spark005("errorCode")),
            Marked(Spark005("response.Error.Code")),
            Marked(Spark005("statusCode")),
            Marked(Spark005("code2")),
            Marked(Spark005("ERROR_CODE")));

    [Fact]
    public Task CastOfACatalogCodeConstant_Reports()
        => VerifyAsync(InHandler("""
                public static SparkAdsError[] Known() => new[]
                {
                    {|SPARK005:(SparkAdsError)4025|},
                    {|SPARK005:(SparkAdsError)SparkAdsErrorCodes.VideoDeleted|},
                    {|SPARK005:(SparkAdsError)(4002)|},
                };
            """),
            Marked(Spark005("4025")),
            Marked(Spark005("SparkAdsErrorCodes.VideoDeleted")),
            Marked(Spark005("4002")));

    [Fact]
    public Task CastThroughOtherConversions_LooksThroughThem()
        => VerifyAsync(InHandler("""
                public static SparkAdsError?[] Convert(ApiResponse? response, ApiResponse known, object boxedCode, long? errorCode)
                {
                    return new SparkAdsError?[]
                    {
                        {|SPARK005:(SparkAdsError)(int)known.RequestCode|},
                        {|SPARK005:(SparkAdsError)checked((int)known.RequestCode)|},
                        {|SPARK005:(SparkAdsError?)response?.ErrorCode|},
                        {|SPARK005:(SparkAdsError?)errorCode|},
                        {|SPARK005:(SparkAdsError)boxedCode|},
                        {|SPARK005:(SparkAdsError)(object)known.Code|},
                    };
                }
            """),
            Marked(Spark005("known.RequestCode")),
            Marked(Spark005("known.RequestCode")),
            Marked(Spark005("response?.ErrorCode")),
            Marked(Spark005("errorCode")),
            Marked(Spark005("boxedCode")),
            Marked(Spark005("known.Code")));

    [Fact]
    public Task CastWrittenThroughAnAliasOrQualified_Reports()
        => VerifyAsync("""
            using E = SparkAds.SparkAdsError;
            using C = SparkAds.SparkAdsErrorCodes;

            public static class Handler
            {
                public static object[] Convert(int errorCode) => new object[]
                {
                    {|SPARK005:(E)errorCode|},
                    {|SPARK005:(E?)errorCode|},
                    {|SPARK005:(E)4025|},
                    {|SPARK005:(E)C.AuthCodeExpired|},
                    {|SPARK005:(SparkAds.SparkAdsError)errorCode|},
                    {|SPARK005:(global::SparkAds.SparkAdsError)errorCode|},
                };
            }
            """,
            Marked(Spark005("errorCode")),
            Marked(Spark005("errorCode")),
            Marked(Spark005("4025")),
            Marked(Spark005("C.AuthCodeExpired")),
            Marked(Spark005("errorCode")),
            Marked(Spark005("errorCode")));

    [Fact]
    public Task EnumToObject_ReportsAtTheCastAroundItOrAtTheCall()
        => VerifyAsync(InHandler("""
                public static object[] Convert(ApiResponse response, long errorCode)
                {
                    SparkAdsError a = {|SPARK005:(SparkAdsError)Enum.ToObject(typeof(SparkAdsError), response.Code)|};
                    SparkAdsError? b = {|SPARK005:(SparkAdsError?)(Enum.ToObject(typeof(SparkAdsError), errorCode))|};
                    object c = {|SPARK005:Enum.ToObject(typeof(SparkAdsError), 4025)|};
                    return new object[] { a, b!, c, {|SPARK005:System.Enum.ToObject(typeof(SparkAds.SparkAdsError), (object)response.Error.Code)|} };
                }
            """),
            Marked(Spark005("response.Code")),
            Marked(Spark005("errorCode")),
            Marked(Spark005("4025")),
            Marked(Spark005("response.Error.Code")));

    [Fact]
    public Task ACastInsideAnother_IsReportedOnce()
        => VerifyAsync(InHandler("""
                public static SparkAdsError? Convert(int errorCode) => (SparkAdsError?){|SPARK005:(SparkAdsError)errorCode|};
            """),
            Marked(Spark005("errorCode")));

    [Fact]
    public Task LongExpressionOverLines_IsNamedOnOneLineAndShortened()
        => VerifyAsync(InHandler("""
                public static class Responses { public static class LastRequestOfTheDay { public static ApiResponse ResponseWithDetails = new ApiResponse(); } }

                public static SparkAdsError Convert() => {|SPARK005:(SparkAdsError)Responses
                    .LastRequestOfTheDay.ResponseWithDetails.Error.Code|};
            """),
            Marked(Spark005("Responses .LastRequestOfTheDay.ResponseWithDeta…")));

    [Fact]
    public Task ConstantWhoseValueIsACatalogCode_IsACode_HoweverItIsSpelled()
        => VerifyAsync(InHandler("""
                public static class TikTokErrors { public const int Expired = 4025; }

                public static object[] Convert()
                {
                    const int limit = 4002;
                    return new object[]
                    {
                        {|SPARK005:(SparkAdsError)limit|},
                        {|SPARK005:Enum.ToObject(typeof(SparkAdsError), limit)|},
                        {|SPARK005:(SparkAdsError)TikTokErrors.Expired|},
                        {|SPARK005:(SparkAdsError)(4000 + 25)|},
                    };
                }
            """),
            Marked(Spark005("limit")),
            Marked(Spark005("limit")),
            Marked(Spark005("TikTokErrors.Expired")),
            Marked(Spark005("4000 + 25")));

    [Fact]
    public Task NullableCodeReadThroughItsValueOrAFallback_IsACode()
        => VerifyAsync(InHandler("""
                public static object?[] Convert(ApiResponse response, ApiResponse? maybe, int? code)
                {
                    return new object?[]
                    {
                        {|SPARK005:(SparkAdsError?)maybe?.ErrorCode!.Value|},
                        {|SPARK005:(SparkAdsError)response.ErrorCode!.Value|},
                        {|SPARK005:(SparkAdsError)response.ErrorCode.Value|},
                        {|SPARK005:(SparkAdsError)response.ErrorCode.GetValueOrDefault()|},
                        {|SPARK005:(SparkAdsError)code.GetValueOrDefault(-1)|},
                        {|SPARK005:(SparkAdsError)(response.ErrorCode ?? 0)|},
                        {|SPARK005:(SparkAdsError)(code ?? throw new InvalidOperationException())|},
                    };
                }
            """),
            Marked(Spark005("maybe?.ErrorCode")),
            Marked(Spark005("response.ErrorCode")),
            Marked(Spark005("response.ErrorCode")),
            Marked(Spark005("response.ErrorCode")),
            Marked(Spark005("code")),
            Marked(Spark005("response.ErrorCode")),
            Marked(Spark005("code")));

    [Fact]
    public Task JsonReadOfAPropertyNamedAsACode_IsACode()
        => VerifyAsync(InHandler("""
                public static SparkAdsError[] Convert(System.Text.Json.JsonElement root, System.Text.Json.Nodes.JsonNode node)
                {
                    return new[]
                    {
                        {|SPARK005:(SparkAdsError)root.GetProperty("code").GetInt32()|},
                        {|SPARK005:(SparkAdsError)root.GetProperty("error_code").GetInt64()|},
                        {|SPARK005:(SparkAdsError)node["errorCode"]!.GetValue<int>()|},
                    };
                }
            """),
            Marked(Spark005("root.GetProperty(\"code\").GetInt32()")),
            Marked(Spark005("root.GetProperty(\"error_code\").GetInt64()")),
            Marked(Spark005("node[\"errorCode\"]!.GetValue<int>()")));

    [Fact]
    public Task OtherConstantsReadsAndValues_AreQuiet()
        => VerifyAsync(InHandler("""
                public sealed class CodeBox { public int Value { get; set; } public int GetValueOrDefault() => Value; }

                public sealed class Lookalike { public Lookalike GetProperty(string name) => this; public int GetInt32() => 4025; }

                public static object[] Quiet(ApiResponse response, StoredError stored, CodeBox errorCode, int? storedValue, int fallback,
                    System.Text.Json.JsonElement root, Lookalike look, System.Collections.Generic.Dictionary<string, int> values)
                {
                    const int firstValue = 3;
                    const int zeroCode = 0;
                    return new object[]
                    {
                        (SparkAdsError)firstValue,
                        (SparkAdsError)zeroCode,
                        (SparkAdsError)errorCode.Value,
                        (SparkAdsError)errorCode.GetValueOrDefault(),
                        (SparkAdsError)storedValue!.Value,
                        (SparkAdsError)(stored.Value + 1),
                        (SparkAdsError)(response.ErrorCode ?? fallback),
                        (SparkAdsError)root.GetProperty("value").GetInt32(),
                        (SparkAdsError)root.GetProperty("codes").GetInt32(),
                        (SparkAdsError)root.GetArrayLength(),
                        (SparkAdsError)look.GetProperty("code").GetInt32(),
                        (SparkAdsError)values["code"],
                    };
                }
            """));

    [Fact]
    public Task ValuesThatRoundTripAndOtherNumbers_AreQuiet()
        => VerifyAsync(InHandler("""
                private const int zeroCode = 0;
                private const int FirstValue = 3;

                public static object[] Quiet(StoredError stored, int storedValue, int barcode, int codes, int codeValue, SparkAdsError error, SparkAdsError errorCode, int[] codeList, ApiResponse response)
                {
                    return new object[]
                    {
                        (SparkAdsError)storedValue,
                        (SparkAdsError)stored.Value,
                        (SparkAdsError)stored.Position,
                        (SparkAdsError)0,
                        (SparkAdsError)zeroCode,
                        (SparkAdsError)FirstValue,
                        default(SparkAdsError),
                        (SparkAdsError)3,
                        (SparkAdsError)4026,
                        (SparkAdsError)barcode,
                        (SparkAdsError)codes,
                        (SparkAdsError)codeValue,
                        (SparkAdsError)(int)error,
                        (SparkAdsError?)errorCode,
                        (int)error,
                        (ResultStatus)response.Code,
                        (ResultStatus)4025,
                        (SparkAdsError)codeList[0],
                        (SparkAdsError)GetCode(),
                        Enum.ToObject(typeof(ResultStatus), response.Code),
                        Enum.ToObject(typeof(SparkAdsError), stored.Value),
                    };
                }

                private static int GetCode() => 4025;
            """));

    [Fact]
    public Task ErrorTypedOperand_IsQuiet()
        => VerifyAsync(InHandler("""
                public static SparkAdsError Broken() => (SparkAdsError){|CS0103:missingCode|};
            """),
            Marked("The name 'missingCode' does not exist in the current context"));
}
