using static SparkAds.Analyzers.Tests.Conversions.ConversionTestClient;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>SPARK006: Enum.Parse / Enum.TryParse reading a TikTok key into SparkAdsError; quiet on names that round-trip.</summary>
public sealed class KeyParseTests
{
    [Fact]
    public Task ParseOfAKey_ReportsAtTheCall()
        => VerifyAsync(InHandler("""
                public static SparkAdsError[] Parse(Notification notification, string errorKey, string notification_key, ReadOnlySpan<char> key)
                {
                    return new[]
                    {
                        {|SPARK006:Enum.Parse<SparkAdsError>(notification.Key)|},
                        {|SPARK006:Enum.Parse<SparkAdsError>(errorKey, true)|},
                        {|SPARK006:Enum.Parse<SparkAdsError>(notification_key, ignoreCase: false)|},
                        {|SPARK006:Enum.Parse<SparkAdsError>("auth_code_expired")|},
                        {|SPARK006:System.Enum.Parse<SparkAdsError>(SparkAdsErrorKeys.VideoDeleted)|},
                        {|SPARK006:Enum.Parse<SparkAdsError>(key)|},
                    };
                }
            """),
            Marked(Spark006("notification.Key")),
            Marked(Spark006("errorKey")),
            Marked(Spark006("notification_key")),
            Marked(Spark006("\"auth_code_expired\"")),
            Marked(Spark006("SparkAdsErrorKeys.VideoDeleted")),
            Marked(Spark006("key")));

    [Fact]
    public Task ParseWithTypeOf_ReportsAtTheCastAroundItOrAtTheCall()
        => VerifyAsync(InHandler("""
                public static object[] Parse(Notification notification, string errorKey)
                {
                    var a = {|SPARK006:(SparkAdsError)Enum.Parse(typeof(SparkAdsError), notification.Key)|};
                    var b = {|SPARK006:(SparkAdsError?)Enum.Parse(typeof(SparkAdsError), errorKey, true)|};
                    var c = {|SPARK006:Enum.Parse(typeof(SparkAdsError), errorKey)|};
                    return new object[] { a, b!, c };
                }
            """),
            Marked(Spark006("notification.Key")),
            Marked(Spark006("errorKey")),
            Marked(Spark006("errorKey")));

    [Fact]
    public Task TryParseOfAKey_ReportsEveryForm()
        => VerifyAsync(InHandler("""
                public static bool TryParse(Notification notification, string errorKey, ReadOnlySpan<char> spanKey)
                {
                    return {|SPARK006:Enum.TryParse<SparkAdsError>(notification.Key, out var a)|}
                        | {|SPARK006:Enum.TryParse(errorKey, out SparkAdsError b)|}
                        | {|SPARK006:Enum.TryParse<SparkAdsError>(errorKey, true, out var c)|}
                        | {|SPARK006:Enum.TryParse(value: errorKey, ignoreCase: true, result: out SparkAdsError d)|}
                        | {|SPARK006:Enum.TryParse<SparkAdsError>(spanKey, out var e)|}
                        | {|SPARK006:Enum.TryParse(typeof(SparkAdsError), errorKey, out object? f)|}
                        | {|SPARK006:Enum.TryParse<SparkAdsError>("video_deleted", out _)|};
                }
            """),
            Marked(Spark006("notification.Key", tryParse: true)),
            Marked(Spark006("errorKey", tryParse: true)),
            Marked(Spark006("errorKey", tryParse: true)),
            Marked(Spark006("errorKey", tryParse: true)),
            Marked(Spark006("spanKey", tryParse: true)),
            Marked(Spark006("errorKey", tryParse: true)),
            Marked(Spark006("\"video_deleted\"", tryParse: true)));

    [Fact]
    public Task AValueTheSameMemberPassesAsTheKeyOfTheLookups_IsAKey()
        => VerifyAsync(InHandler("""
                public static SparkAdsError Parse(Notification notification)
                {
                    var text = notification.Key.Trim();
                    if (SparkAdsErrors.TryParse(text, out var known))
                    {
                        return known;
                    }

                    var other = notification.Key;
                    _ = SparkAdsErrors.Resolve(key: other, code: null);
                    _ = {|SPARK006:Enum.Parse<SparkAdsError>(other)|};
                    return {|SPARK006:Enum.Parse<SparkAdsError>(text, ignoreCase: true)|};
                }
            """),
            Marked(Spark006("other")),
            Marked(Spark006("text")));

    [Fact]
    public Task ConstantWhoseValueIsACatalogKey_IsAKey_HoweverItIsSpelled()
        => VerifyAsync(InHandler("""
                public static class TikTokErrors { public const string Deleted = "video_deleted"; }

                public static SparkAdsError[] Parse()
                {
                    const string label = "not_public_video";
                    return new[]
                    {
                        {|SPARK006:Enum.Parse<SparkAdsError>(label)|},
                        {|SPARK006:Enum.Parse<SparkAdsError>(TikTokErrors.Deleted)|},
                        {|SPARK006:Enum.Parse<SparkAdsError>("video_" + "unavailable")|},
                    };
                }
            """),
            Marked(Spark006("label")),
            Marked(Spark006("TikTokErrors.Deleted")),
            Marked(Spark006("\"video_\" + \"unavailable\"")));

    [Fact]
    public Task KeyReadFromJsonOrThroughAFallback_IsAKey()
        => VerifyAsync(InHandler("""
                public static bool Parse(System.Text.Json.JsonElement root, System.Text.Json.Nodes.JsonNode node, Notification notification, string? errorKey)
                {
                    return {|SPARK006:Enum.TryParse(root.GetProperty("key").GetString(), out SparkAdsError a)|}
                        | {|SPARK006:Enum.TryParse<SparkAdsError>(node["error_key"]!.GetValue<string>(), out var b)|}
                        | {|SPARK006:Enum.TryParse<SparkAdsError>(notification.Key ?? "", out var c)|}
                        | {|SPARK006:Enum.TryParse<SparkAdsError>(errorKey ?? throw new ArgumentNullException(nameof(errorKey)), out var d)|};
                }
            """),
            Marked(Spark006("root.GetProperty(\"key\").GetString()", tryParse: true)),
            Marked(Spark006("node[\"error_key\"]!.GetValue<string>()", tryParse: true)),
            Marked(Spark006("notification.Key", tryParse: true)),
            Marked(Spark006("errorKey", tryParse: true)));

    [Fact]
    public Task NamesThatRoundTripAndOtherEnums_AreQuiet()
        => VerifyAsync(InHandler("""
                public static object[] Quiet(StoredError stored, string name, string storedName, string monkey, string keys, string keyName, string[] errorKeys,
                    System.Collections.Generic.Dictionary<string, int> counts, Notification notification, System.Text.Json.JsonElement root)
                {
                    const string label = "AuthCodeExpired";
                    var parsed = new System.Collections.Generic.List<object>
                    {
                        Enum.Parse<SparkAdsError>(label),
                        Enum.Parse<SparkAdsError>(root.GetProperty("name").GetString()!),
                        Enum.Parse<SparkAdsError>(root.GetProperty("keys").GetString()!),
                        Enum.Parse<SparkAdsError>(name),
                        Enum.Parse<SparkAdsError>(storedName),
                        Enum.Parse<SparkAdsError>(stored.Name),
                        Enum.Parse<SparkAdsError>("AuthCodeExpired"),
                        Enum.Parse<SparkAdsError>("banana_split"),
                        Enum.Parse<SparkAdsError>(monkey),
                        Enum.Parse<SparkAdsError>(keys),
                        Enum.Parse<SparkAdsError>(keyName),
                        Enum.Parse<SparkAdsError>(errorKeys[0]),
                        Enum.Parse<ResultStatus>(notification.Key),
                        Enum.Parse(typeof(ResultStatus), notification.Key),
                        Enum.TryParse<ResultStatus>(notification.Key, out _),
                        Enum.Parse<SparkAdsError>(SparkAdsError.VideoDeleted.ToString()),
                        int.Parse(notification.Key),
                    };
                    foreach (var pair in counts)
                    {
                        parsed.Add(Enum.Parse<SparkAdsError>(pair.Key));
                    }

                    return parsed.ToArray();
                }
            """));
}
