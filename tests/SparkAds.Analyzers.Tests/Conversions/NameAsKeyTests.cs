using static SparkAds.Analyzers.Tests.Conversions.ConversionTestClient;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>SPARK007: a SparkAdsError member name used as a TikTok key; quiet where the name is stored and read back.</summary>
public sealed class NameAsKeyTests
{
    [Fact]
    public Task ToStringComparedWithAKey_ReportsEveryComparison()
        => VerifyAsync(InHandler("""
                public static bool[] Compare(SparkAdsError error, Notification notification, string errorKey)
                {
                    return new[]
                    {
                        {|SPARK007:error.ToString()|} == notification.Key,
                        notification.Key != {|SPARK007:error.ToString()|},
                        {|SPARK007:error.ToString()|} == "auth_code_expired",
                        {|SPARK007:error.ToString()|} == SparkAdsErrorKeys.VideoDeleted,
                        string.Equals({|SPARK007:error.ToString()|}, errorKey),
                        string.Equals(errorKey, {|SPARK007:error.ToString()|}, StringComparison.OrdinalIgnoreCase),
                        {|SPARK007:error.ToString()|}.Equals(errorKey),
                        errorKey.Equals(({|SPARK007:error.ToString()|})),
                        {|SPARK007:error.ToString()|} is "video_deleted" or "video_unavailable",
                        {|SPARK007:error.ToString()|} == error.GetKey(),
                        {|SPARK007:error.ToString()|} is SparkAdsErrorKeys.NotPublicVideo,
                    };
                }
            """),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")));

    [Fact]
    public Task KeyConstantsThroughAnAliasOrUsingStatic_AreKeys()
        => VerifyAsync("""
            using System;
            using SparkAds;
            using K = SparkAds.SparkAdsErrorKeys;
            using static SparkAds.SparkAdsErrorKeys;

            public static class Handler
            {
                public static bool[] Compare(SparkAdsError error) => new[]
                {
                    {|SPARK007:error.ToString()|} == K.VideoDeleted,
                    {|SPARK007:error.ToString()|} == VideoUnavailable,
                    {|SPARK007:error.ToString()|} is K.AuthCodeExpired,
                };
            }
            """,
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")));

    [Fact]
    public Task SwitchOnAMemberName_WithKeyLabels_Reports()
        => VerifyAsync(InHandler("""
                public static int Switch(SparkAdsError error)
                {
                    switch ({|SPARK007:error.ToString()|})
                    {
                        case "auth_code_expired": return 1;
                        default: return 0;
                    }
                }

                public static int Expression(SparkAdsError error) => {|SPARK007:error.ToString()|} switch
                {
                    SparkAdsErrorKeys.VideoDeleted => 1,
                    _ => 0,
                };
            """),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")));

    [Fact]
    public Task GetNameAndNameOfComparedWithAKey_Report()
        => VerifyAsync(InHandler("""
                public static bool[] Compare(SparkAdsError error, Notification notification)
                {
                    return new[]
                    {
                        {|SPARK007:Enum.GetName(typeof(SparkAdsError), error)|} == notification.Key,
                        {|SPARK007:Enum.GetName<SparkAdsError>(error)|} == notification.Key,
                        {|SPARK007:Enum.GetName(error)|} == notification.Key,
                        notification.Key == {|SPARK007:nameof(SparkAdsError.AuthCodeExpired)|},
                        notification.Key is {|SPARK007:nameof(SparkAdsError.VideoDeleted)|},
                        notification.Key == {|SPARK007:nameof(SparkAdsError.Unknown)|},
                    };
                }

                public static int Label(Notification notification)
                {
                    switch (notification.Key)
                    {
                        case {|SPARK007:nameof(SparkAdsError.VideoUnavailable)|}: return 1;
                        default: return 0;
                    }
                }
            """),
            Marked(Spark007("Enum.GetName(typeof(SparkAdsError), error)")),
            Marked(Spark007("Enum.GetName<SparkAdsError>(error)")),
            Marked(Spark007("Enum.GetName(error)")),
            Marked(Spark007("nameof(SparkAdsError.AuthCodeExpired)", use: "SparkAdsErrorKeys.AuthCodeExpired")),
            Marked(Spark007("nameof(SparkAdsError.VideoDeleted)", use: "SparkAdsErrorKeys.VideoDeleted")),
            Marked(Spark007("nameof(SparkAdsError.Unknown)", use: "\"unknown\"")),
            Marked(Spark007("nameof(SparkAdsError.VideoUnavailable)", use: "SparkAdsErrorKeys.VideoUnavailable")));

    [Fact]
    public Task MemberNamePassedOrAssignedWhereAKeyGoes_Reports()
        => VerifyAsync(InHandler("""
                public static void Send(string errorKey, string name) { }

                public static Notification Use(SparkAdsError error, Notification notification)
                {
                    SparkAdsErrors.TryParse({|SPARK007:error.ToString()|}, out _);
                    _ = SparkAdsErrors.Resolve({|SPARK007:error.ToString()|}, null);
                    Send({|SPARK007:error.ToString()|}, error.ToString());
                    Send(name: error.ToString(), errorKey: {|SPARK007:nameof(SparkAdsError.VideoDeleted)|});
                    notification.Key = {|SPARK007:error.ToString()|};
                    var errorKey = {|SPARK007:Enum.GetName(error)|};
                    Send(errorKey, "x");
                    return new Notification { NotificationKey = {|SPARK007:error.ToString()|} };
                }
            """),
            Marked(Spark007("error.ToString()", compared: false)),
            Marked(Spark007("error.ToString()", compared: false)),
            Marked(Spark007("error.ToString()", compared: false)),
            Marked(Spark007("nameof(SparkAdsError.VideoDeleted)", compared: false, use: "SparkAdsErrorKeys.VideoDeleted")),
            Marked(Spark007("error.ToString()", compared: false)),
            Marked(Spark007("Enum.GetName(error)", compared: false)),
            Marked(Spark007("error.ToString()", compared: false)));

    [Fact]
    public Task MemberNamePassedToAConstructorIndexerOrLocalFunctionThatTakesKeys_Reports()
        => VerifyAsync(InHandler("""
                public sealed class Lookup
                {
                    public Lookup(string errorKey) { }

                    public int this[string notificationKey] => 0;
                }

                public sealed record Request(string ErrorKey);

                public static object[] Use(SparkAdsError error, Lookup lookup)
                {
                    static string Normalize(string key) => key;

                    return new object[]
                    {
                        new Lookup({|SPARK007:error.ToString()|}),
                        lookup[{|SPARK007:error.ToString()|}],
                        new Request({|SPARK007:error.ToString()|}),
                        Normalize({|SPARK007:error.ToString()|}),
                    };
                }
            """),
            Marked(Spark007("error.ToString()", compared: false)),
            Marked(Spark007("error.ToString()", compared: false)),
            Marked(Spark007("error.ToString()", compared: false)),
            Marked(Spark007("error.ToString()", compared: false)));

    [Fact]
    public Task NullableErrors_AreReported()
        => VerifyAsync(InHandler("""
                public static bool[] Compare(SparkAdsError? maybe, ApiResponse? response, Notification notification)
                {
                    return new[]
                    {
                        {|SPARK007:maybe.ToString()|} == notification.Key,
                        {|SPARK007:maybe?.ToString()|} == notification.Key,
                        {|SPARK007:Enum.GetName(typeof(SparkAdsError), maybe!)|} == notification.Key,
                    };
                }
            """),
            Marked(Spark007("maybe.ToString()")),
            Marked(Spark007("maybe?.ToString()")),
            Marked(Spark007("Enum.GetName(typeof(SparkAdsError), maybe!)")));

    [Fact]
    public Task MemberNameComparedWithAConstantWhoseValueIsAKey_Reports()
        => VerifyAsync(InHandler("""
                public static class TikTokErrors { public const string Deleted = "video_deleted"; }

                public static object[] Compare(SparkAdsError error, System.Text.Json.JsonElement root)
                {
                    const string label = "auth_code_expired";
                    switch ({|SPARK007:error.ToString()|})
                    {
                        case TikTokErrors.Deleted:
                            return new object[0];
                    }

                    return new object[]
                    {
                        {|SPARK007:nameof(SparkAdsError.AuthCodeExpired)|} == label,
                        {|SPARK007:error.ToString()|} == TikTokErrors.Deleted,
                        {|SPARK007:error.ToString()|} == root.GetProperty("key").GetString(),
                    };
                }
            """),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("nameof(SparkAdsError.AuthCodeExpired)", use: "SparkAdsErrorKeys.AuthCodeExpired")),
            Marked(Spark007("error.ToString()")),
            Marked(Spark007("error.ToString()")));

    [Fact]
    public Task NamesStoredAndReadBack_AndOtherUses_AreQuiet()
        => VerifyAsync(InHandler("""
                private const string Label = "AuthCodeExpired";

                public static object[] Quiet(SparkAdsError error, StoredError stored, string name, ResultStatus status, Notification notification,
                    System.Collections.Generic.Dictionary<string, int> counts, System.Collections.Generic.Dictionary<string, string> byKey,
                    System.Text.Json.JsonElement root)
                {
                    string storedName = error.ToString();
                    stored.Name = error.ToString();
                    counts[error.ToString()] = 1;
                    counts.Add(Enum.GetName(error)!, 2);
                    byKey.TryGetValue(error.ToString(), out _);
                    Console.WriteLine(error.ToString());
                    return new object[]
                    {
                        error.ToString() == name,
                        error.ToString() == storedName,
                        error.ToString() == stored.Name,
                        error.ToString() == "AuthCodeExpired",
                        error.ToString() == error.ToString(),
                        status.ToString() == notification.Key,
                        error.ToString("D") == notification.Key,
                        nameof(SparkAdsError) == notification.Key,
                        nameof(Notification.Key) == notification.Key,
                        Enum.Parse<SparkAdsError>(error.ToString()),
                        nameof(SparkAdsError.VideoDeleted) == name,
                        error.ToString() == Label,
                        error.ToString() == root.GetProperty("name").GetString(),
                    };
                }
            """));
}
