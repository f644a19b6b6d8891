using SparkAds.Analyzers.Conversions;

namespace SparkAds.Analyzers.Tests.Conversions;

/// <summary>
/// What SPARK005–SPARK007 tests build on: a small TikTok client (a response with a code, a notification with a key, a
/// row that stores an error as its value or name) beside the four-row test catalog (<see cref="AnalyzerTestCatalog"/>:
/// codes 4025 and 4002, keys auth_code_expired, video_deleted, video_unavailable, not_public_video), and the messages.
/// </summary>
internal static class ConversionTestClient
{
    public const string ClientPath = "/src/TikTokClient.cs";

    public const string Client = """
        namespace Acme.TikTok
        {
            public enum ResultStatus { Ok = 0, Failed = 1 }

            /// <summary>A TikTok API response: code 0 is success, anything else an error code.</summary>
            public sealed class ApiResponse
            {
                public int Code { get; set; }
                public long RequestCode { get; set; }
                public int? ErrorCode { get; set; }
                public string Message { get; set; } = "";
                public ApiError Error { get; set; } = new ApiError();
            }

            public sealed class ApiError
            {
                public int Code { get; set; }
                public string Key { get; set; } = "";
            }

            /// <summary>A Spark Ads post-code notification: TikTok sends the error's key.</summary>
            public sealed class Notification
            {
                public string Key { get; set; } = "";
                public string NotificationKey { get; set; } = "";
                public int Code { get; set; }
            }

            /// <summary>A database row that stores an error as the enum stores it: its value, its name.</summary>
            public sealed class StoredError
            {
                public int Value { get; set; }
                public int Position { get; set; }
                public string Name { get; set; } = "";
            }
        }
        """;

    public static TestProject Project(string code) => AnalyzerTestCatalog.Project(code).WithSource(Client, ClientPath);

    /// <summary>Runs SPARK005–SPARK007 over <paramref name="markup"/> (with the client) and compares every diagnostic exactly.</summary>
    public static Task VerifyAsync(string markup, params ExpectedDiagnostic[] expected)
        => AnalyzerTestCatalog.AssertAsync(new ErrorConversionAnalyzer(), markup, Project, expected);

    /// <summary><paramref name="body"/> as the members of a static class <c>Handler</c> that imports the client and the generated namespace.</summary>
    public static string InHandler(string body) => $$"""
        using System;
        using Acme.TikTok;
        using SparkAds;

        public static class Handler
        {
        {{body}}
        }
        """;

    public static string Spark005(string code)
        => $"`{code}` is a TikTok error code, but a SparkAdsError value is a hash of its key, not a code: use SparkAdsErrors.Resolve(null, code)";

    public static string Spark006(string key, bool tryParse = false)
        => $"`{key}` is a TikTok error key, but Enum.{(tryParse ? "TryParse" : "Parse")} reads SparkAdsError member names (AuthCodeExpired), never keys (auth_code_expired): use SparkAdsErrors.{(tryParse ? "TryParse(key, out error)" : "Resolve(key, null)")}";

    public static string Spark007(string name, bool compared = true, string use = "GetKey()")
        => $"`{name}` is a SparkAdsError member name, but it is {(compared ? "compared with" : "used as")} a TikTok error key: use {use}";
}
