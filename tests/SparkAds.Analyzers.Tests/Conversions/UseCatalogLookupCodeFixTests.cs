using SparkAds.Analyzers.CodeFixes.Conversions;
using SparkAds.Analyzers.Conversions;
using static SparkAds.Analyzers.Tests.Conversions.ConversionTestClient;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>
/// The fixes of SPARK005–SPARK007: exact fixed text that compiles with no SPARK005–SPARK007 left, and fixing one
/// diagnostic at a time gives the Fix All text (<see cref="CodeFixVerifier"/>).
/// </summary>
public sealed class UseCatalogLookupCodeFixTests
{
    private const string Resolve = "Use SparkAdsErrors.Resolve";
    private const string TryParse = "Use SparkAdsErrors.TryParse";
    private const string GetKey = "Use GetKey()";
    private const string KeyConstant = "Use SparkAdsErrorKeys";

    private static CodeFixVerifier Verifier { get; } = new(Project, new ErrorConversionAnalyzer(), new UseCatalogLookupCodeFix());

    /// <summary>Every diagnostic of <paramref name="diff"/> (inside <see cref="InHandler"/>) fixed with <paramref name="action"/>.</summary>
    private static Task VerifyEveryAsync(string diff, string action, params ExpectedDiagnostic[] remaining)
    {
        var (before, after) = FixDiff.Split(InHandler(diff));
        return Verifier.VerifyEveryAsync(before, action, after, remaining: remaining);
    }

    [Fact]
    public Task CodeCasts_BecomeResolveWithTheCastTheCodeNeeds()
        => VerifyEveryAsync("""
                public static object[] Convert(ApiResponse response, long statusCode, int? errorCode, long? longCode, object boxedCode, short shortCode)
                {
            -        SparkAdsError? nullable = (SparkAdsError?)errorCode;
            +        SparkAdsError? nullable = (SparkAdsError?)SparkAdsErrors.Resolve(null, errorCode);
            -        var nullableLong = (SparkAdsError?)longCode;
            +        var nullableLong = (SparkAdsError?)SparkAdsErrors.Resolve(null, (int?)longCode);
                    return new object[]
                    {
            -            (SparkAdsError)response.Code,
            +            SparkAdsErrors.Resolve(null, response.Code),
            -            (SparkAdsError)statusCode,
            +            SparkAdsErrors.Resolve(null, (int)statusCode),
            -            (SparkAdsError)boxedCode,
            +            SparkAdsErrors.Resolve(null, (int)boxedCode),
            -            (SparkAdsError)shortCode,
            +            SparkAdsErrors.Resolve(null, shortCode),
            -            (SparkAdsError)(int)response.RequestCode,
            +            SparkAdsErrors.Resolve(null, (int)response.RequestCode),
            -            (SparkAdsError)(4025),
            +            SparkAdsErrors.Resolve(null, 4025),
            -            (SparkAdsError)SparkAdsErrorCodes.VideoDeleted,
            +            SparkAdsErrors.Resolve(null, SparkAdsErrorCodes.VideoDeleted),
            -            ((SparkAdsError)response.Error.Code).GetMessage(),
            +            SparkAdsErrors.Resolve(null, response.Error.Code).GetMessage(),
                        nullable!,
                        nullableLong!,
                    };
                }
            """,
            Resolve);

    [Fact]
    public Task EnumToObject_BecomesResolve_KeepingObjectWhereTheCallWasNotCast()
        => VerifyEveryAsync("""
                public static object[] Convert(ApiResponse response, long errorCode)
                {
            -        var a = (SparkAdsError)Enum.ToObject(typeof(SparkAdsError), response.Code);
            +        var a = SparkAdsErrors.Resolve(null, response.Code);
            -        var b = (SparkAdsError?)(Enum.ToObject(typeof(SparkAdsError), errorCode));
            +        var b = (SparkAdsError?)SparkAdsErrors.Resolve(null, (int)errorCode);
            -        var c = Enum.ToObject(typeof(SparkAdsError), 4025);
            +        var c = (object)SparkAdsErrors.Resolve(null, 4025);
            -        var d = Enum.ToObject(typeof(SparkAdsError), errorCode).ToString();
            +        var d = ((object)SparkAdsErrors.Resolve(null, (int)errorCode)).ToString();
                    c = "the variable stays an object";
                    return new object[] { a, b!, c, d! };
                }
            """,
            Resolve);

    [Fact]
    public async Task CodeCast_OneDiagnostic_OffersResolveOnly()
    {
        var (before, after) = FixDiff.Split(InHandler("""
                public static SparkAdsError Convert(ApiResponse response)
            -        => {|SPARK005:(SparkAdsError)response.Code|};
            +        => SparkAdsErrors.Resolve(null, response.Code);
            """));
        await Verifier.VerifyAsync(before, Resolve, after, [Marked(Spark005("response.Code"))], offered: [Resolve]);
    }

    [Fact]
    public Task ParseForms_BecomeResolve()
        => VerifyEveryAsync("""
                public static object[] Parse(Notification notification, string errorKey, ReadOnlySpan<char> spanKey)
                {
                    return new object[]
                    {
            -            Enum.Parse<SparkAdsError>(notification.Key),
            +            SparkAdsErrors.Resolve(notification.Key, null),
            -            Enum.Parse<SparkAdsError>(errorKey, ignoreCase: true),
            +            SparkAdsErrors.Resolve(errorKey, null),
            -            (SparkAdsError)Enum.Parse(typeof(SparkAdsError), errorKey),
            +            SparkAdsErrors.Resolve(errorKey, null),
            -            (SparkAdsError?)Enum.Parse(typeof(SparkAdsError), errorKey, true),
            +            (SparkAdsError?)SparkAdsErrors.Resolve(errorKey, null),
            -            Enum.Parse(typeof(SparkAdsError), "auth_code_expired"),
            +            (object)SparkAdsErrors.Resolve("auth_code_expired", null),
            -            Enum.Parse<SparkAdsError>(spanKey),
            +            SparkAdsErrors.Resolve(spanKey.ToString(), null),
                    };
                }
            """,
            Resolve);

    [Fact]
    public Task ConstantsJsonReadsAndFallbacks_BecomeResolve_KeepingTheExpressionAsWritten()
        => VerifyEveryAsync("""
                public static class TikTokErrors { public const int Expired = 4025; public const string Deleted = "video_deleted"; }

                public static object[] Convert(ApiResponse response, System.Text.Json.JsonElement root, System.Text.Json.Nodes.JsonNode node)
                {
                    const int limit = 4002;
                    return new object[]
                    {
            -            (SparkAdsError)limit,
            +            SparkAdsErrors.Resolve(null, limit),
            -            (SparkAdsError)TikTokErrors.Expired,
            +            SparkAdsErrors.Resolve(null, TikTokErrors.Expired),
            -            (SparkAdsError)response.ErrorCode!.Value,
            +            SparkAdsErrors.Resolve(null, response.ErrorCode!.Value),
            -            (SparkAdsError)response.ErrorCode.GetValueOrDefault(),
            +            SparkAdsErrors.Resolve(null, response.ErrorCode.GetValueOrDefault()),
            -            (SparkAdsError)(response.ErrorCode ?? 0),
            +            SparkAdsErrors.Resolve(null, response.ErrorCode ?? 0),
            -            (SparkAdsError)root.GetProperty("code").GetInt64(),
            +            SparkAdsErrors.Resolve(null, (int)root.GetProperty("code").GetInt64()),
            -            (SparkAdsError)node["code"]!.GetValue<int>(),
            +            SparkAdsErrors.Resolve(null, node["code"]!.GetValue<int>()),
            -            Enum.Parse<SparkAdsError>(TikTokErrors.Deleted),
            +            SparkAdsErrors.Resolve(TikTokErrors.Deleted, null),
            -            Enum.Parse<SparkAdsError>(root.GetProperty("key").GetString() ?? ""),
            +            SparkAdsErrors.Resolve(root.GetProperty("key").GetString() ?? "", null),
                    };
                }
            """,
            Resolve);

    [Fact]
    public Task TryParseForms_BecomeTheLookupsTryParse()
        => VerifyEveryAsync("""
                public static bool TryParse(Notification notification, string errorKey, ReadOnlySpan<char> spanKey, out SparkAdsError result)
                {
            -        return Enum.TryParse<SparkAdsError>(notification.Key, out var a)
            +        return SparkAdsErrors.TryParse(notification.Key, out var a)
            -            & Enum.TryParse(errorKey, out SparkAdsError b)
            +            & SparkAdsErrors.TryParse(errorKey, out SparkAdsError b)
            -            & Enum.TryParse<SparkAdsError>(errorKey, true, out var c)
            +            & SparkAdsErrors.TryParse(errorKey, true, out var c)
            -            & System.Enum.TryParse(value: errorKey, ignoreCase: true, result: out result)
            +            & SparkAdsErrors.TryParse(key: errorKey, ignoreCase: true, error: out result)
            -            & Enum.TryParse<SparkAdsError>(spanKey, out _);
            +            & SparkAdsErrors.TryParse(spanKey, out _);
                }
            """,
            TryParse);

    [Fact]
    public async Task TryParseIntoAnObject_IsReportedWithoutAFix()
    {
        var source = InHandler("""
                public static bool TryParse(string errorKey) => {|SPARK006:Enum.TryParse(typeof(SparkAdsError), errorKey, out object? parsed)|} && parsed is SparkAdsError;
            """);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Verifier.VerifyAsync(source, TryParse, source, [Marked(Spark006("errorKey", tryParse: true))]));
        Assert.Equal($"No action '{TryParse}'; offered: .", error.Message);
    }

    [Fact]
    public Task ToStringAndGetName_BecomeGetKey()
        => VerifyEveryAsync("""
                public static void Send(string errorKey) { }

                public static bool[] Compare(SparkAdsError error, SparkAdsError? maybe, ApiResponse? response, Notification notification)
                {
            -        Send(error.ToString());
            +        Send(error.GetKey());
            -        notification.Key = maybe.ToString();
            +        notification.Key = maybe?.GetKey() ?? "";
                    return new[]
                    {
            -            error.ToString() == notification.Key,
            +            error.GetKey() == notification.Key,
            -            maybe.ToString() == notification.Key,
            +            (maybe?.GetKey() ?? "") == notification.Key,
            -            maybe?.ToString() == notification.Key,
            +            maybe?.GetKey() == notification.Key,
            -            maybe.ToString().Equals(notification.Key),
            +            (maybe?.GetKey() ?? "").Equals(notification.Key),
            -            Enum.GetName(typeof(SparkAdsError), error) == notification.Key,
            +            error.GetKey() == notification.Key,
            -            Enum.GetName(error) == notification.Key,
            +            error.GetKey() == notification.Key,
            -            Enum.GetName(typeof(SparkAdsError), maybe!) == notification.Key,
            +            maybe?.GetKey() == notification.Key,
            -            string.Equals(Enum.GetName<SparkAdsError>(response!.Error.Code == 0 ? error : SparkAdsError.Unknown), notification.Key),
            +            string.Equals((response!.Error.Code == 0 ? error : SparkAdsError.Unknown).GetKey(), notification.Key),
                    };
                }
            """,
            GetKey);

    [Fact]
    public Task NameOf_BecomesTheKeyConstant_OrTheKeyWhereThereIsNone()
        => VerifyEveryAsync("""
                public static bool[] Compare(Notification notification)
                {
                    switch (notification.Key)
                    {
            -            case nameof(SparkAdsError.VideoUnavailable):
            +            case SparkAdsErrorKeys.VideoUnavailable:
                            return new bool[0];
                    }

                    return new[]
                    {
            -            notification.Key == nameof(SparkAdsError.AuthCodeExpired),
            +            notification.Key == SparkAdsErrorKeys.AuthCodeExpired,
            -            notification.Key == nameof(SparkAdsError.Unknown),
            +            notification.Key == "unknown",
                    };
                }
            """,
            KeyConstant);

    [Fact]
    public Task WhereTheGeneratedNamespaceIsNotImported_NamesAreQualified_AndNullableReceiversGetNoFix()
    {
        var (before, after) = FixDiff.Split("""
            using E = SparkAds.SparkAdsError;

            namespace Elsewhere
            {
                public static class Handler
                {
                    public static bool Compare(E error, E? maybe, Acme.TikTok.Notification notification)
                    {
            -            return (E)notification.Code != E.Unknown
            +            return SparkAds.SparkAdsErrors.Resolve(null, notification.Code) != E.Unknown
            -                && error.ToString() == notification.Key
            +                && SparkAds.SparkAdsErrorExtensions.GetKey(error) == notification.Key
                            && {|SPARK007:maybe.ToString()|} == notification.Key;
                    }
                }
            }
            """);
        before = before.Replace("{|SPARK007:", string.Empty, StringComparison.Ordinal).Replace("|}", string.Empty, StringComparison.Ordinal);
        return Verifier.VerifyEveryAsync(before, Resolve, after, remaining: [Marked(Spark007("maybe.ToString()"))]);
    }

    [Fact]
    public Task ConversionInsideAnother_FixAllFixesBoth_AsOneAtATimeDoes()
        => VerifyEveryAsync("""
                public static bool Parse(int errorCode)
            -        => SparkAdsErrors.TryParse(((SparkAdsError)errorCode).ToString(), out _);
            +        => SparkAdsErrors.TryParse(SparkAdsErrors.Resolve(null, errorCode).GetKey(), out _);
            """,
            GetKey);

    [Fact]
    public Task EveryRuleInOneDocument_FixAllFixesEachItsOwnWay()
        => VerifyEveryAsync("""
                public static object[] All(ApiResponse response, Notification notification, SparkAdsError error)
                {
            -        Enum.TryParse<SparkAdsError>(notification.Key, out var parsed);
            +        SparkAdsErrors.TryParse(notification.Key, out var parsed);
                    return new object[]
                    {
                        parsed,
            -            (SparkAdsError)response.Code,
            +            SparkAdsErrors.Resolve(null, response.Code),
            -            Enum.Parse<SparkAdsError>(notification.Key),
            +            SparkAdsErrors.Resolve(notification.Key, null),
            -            error.ToString() == notification.Key,
            +            error.GetKey() == notification.Key,
            -            notification.Key == nameof(SparkAdsError.VideoDeleted),
            +            notification.Key == SparkAdsErrorKeys.VideoDeleted,
                    };
                }
            """,
            KeyConstant);

    /// <summary>A C# 7.3 netstandard2.0 consumer (no span lookups, no nullable annotations): each action's fixed code compiles.</summary>
    public static TheoryData<string, string> CSharp73Fixes => new()
    {
        { """
                public static SparkAdsError?[] Convert(ApiResponse response)
                {
            -        return new SparkAdsError?[] { (SparkAdsError)response.Code, (SparkAdsError?)response.RequestCode, (SparkAdsError)Enum.ToObject(typeof(SparkAdsError), response.Error.Code) };
            +        return new SparkAdsError?[] { SparkAdsErrors.Resolve(null, response.Code), (SparkAdsError?)SparkAdsErrors.Resolve(null, (int)response.RequestCode), SparkAdsErrors.Resolve(null, response.Error.Code) };
                }
            """, Resolve },
        { """
                public static SparkAdsError Parse(Notification notification)
            -        => (SparkAdsError)Enum.Parse(typeof(SparkAdsError), notification.Key, true);
            +        => SparkAdsErrors.Resolve(notification.Key, null);
            """, Resolve },
        { """
                public static bool Parse(Notification notification)
                {
                    SparkAdsError parsed;
            -        return Enum.TryParse<SparkAdsError>(notification.Key, true, out parsed) && Enum.TryParse(notification.NotificationKey, out parsed);
            +        return SparkAdsErrors.TryParse(notification.Key, true, out parsed) && SparkAdsErrors.TryParse(notification.NotificationKey, out parsed);
                }
            """, TryParse },
        { """
                public static bool Compare(SparkAdsError error, SparkAdsError? maybe, Notification notification)
            -        => Enum.GetName(typeof(SparkAdsError), error) == notification.Key || maybe.ToString() == notification.Key;
            +        => error.GetKey() == notification.Key || (maybe?.GetKey() ?? "") == notification.Key;
            """, GetKey },
        { """
                public static bool Compare(Notification notification)
            -        => notification.Key == nameof(SparkAdsError.AuthCodeExpired);
            +        => notification.Key == SparkAdsErrorKeys.AuthCodeExpired;
            """, KeyConstant },
    };

    [Theory]
    [MemberData(nameof(CSharp73Fixes))]
    public Task CSharp73NetStandardConsumer_FixedCodeCompiles(string diff, string action)
    {
        var verifier = new CodeFixVerifier(code => Project(code).WithTarget(TargetProfile.NetStandard20CSharp73), new ErrorConversionAnalyzer(), new UseCatalogLookupCodeFix());
        var (before, after) = FixDiff.Split(InHandler(diff));
        return verifier.VerifyEveryAsync(before, action, after);
    }
}
