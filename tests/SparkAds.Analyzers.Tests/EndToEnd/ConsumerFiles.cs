using System.Text;

namespace SparkAds.Analyzers.Tests.EndToEnd;

/// <summary>The throw-away consumer project: only a PackageReference, a team catalog and code that uses the API.</summary>
internal static class ConsumerFiles
{
    /// <summary>
    /// A team catalog as a spreadsheet might save it: BOM, CRLF, columns reordered, an extra column, quoted
    /// commas and line breaks, doubled quotes and backslashes.
    /// </summary>
    public static readonly byte[] TeamCatalog =
    [
        .. Encoding.UTF8.GetPreamble(),
        .. Encoding.UTF8.GetBytes(
            "Remedy,Kind,Owner,Message,Code,Key\r\n" +
            "\"Retry later, or call \"\"support\"\".\",system,ads-team,\"Quota hit: C:\\temp\\quota, \\n stays literal\",4290,team_quota_exceeded\r\n" +
            "\"Line one\r\nLine two\",user,ads-team,\"Say \"\"hi\"\", then \\\"\"bye\\\"\"\",,team_greeting_refused\r\n"),
    ];

    public const string TeamQuotaMessage = "Quota hit: C:\\temp\\quota, \\n stays literal";
    public const string TeamQuotaRemedy = "Retry later, or call \"support\".";
    public const string TeamGreetingMessage = "Say \"hi\", then \\\"bye\\\"";
    /// <summary>Written with CRLF in the file: a line break inside a field reaches the generated code as <c>\n</c>.</summary>
    public const string TeamGreetingRemedy = "Line one\nLine two";

    public static IEnumerable<(string Name, byte[] Content)> All()
    {
        yield return ("Consumer.csproj", Utf8(PackedPackage.ConsumerProject(
            "<SparkAdsCatalog Include=\"team-errors.csv\" />",
            "<!-- Not a catalog: an AdditionalFile without SparkAdsCatalog is never read. -->",
            "<AdditionalFiles Include=\"unrelated.csv\" />")));
        yield return ("NuGet.Config", Utf8(PackedPackage.NuGetConfig));
        yield return (".editorconfig", Utf8("""
            root = true

            [*.cs]
            dotnet_diagnostic.SPARK002.severity = warning
            """));
        yield return ("team-errors.csv", TeamCatalog);
        yield return ("unrelated.csv", Utf8("key,message,remedy\nnot a key,,\n"));
        yield return ("Program.cs", Utf8(Program));
        yield return ("Switches.cs", Utf8(Switches));
        yield return ("Identity.cs", Utf8(Identity));
        yield return ("Conversions.cs", Utf8(Conversions));
    }

    /// <summary>A TikTok notification converted three wrong ways (SPARK005–SPARK007) and once right.</summary>
    public const string Conversions = """
        using Consumer;

        public sealed class TikTokNotification
        {
            public string Key { get; set; } = "";
            public int Code { get; set; }
        }

        public static class Conversions
        {
            public static SparkAdsError ByCode(TikTokNotification notification) => (SparkAdsError)notification.Code; // expect: SPARK005 at (SparkAdsError)

            public static SparkAdsError ByKey(TikTokNotification notification) => Enum.Parse<SparkAdsError>(notification.Key); // expect: SPARK006 at Enum.Parse

            public static bool Is(SparkAdsError error, TikTokNotification notification) => error.ToString() == notification.Key; // expect: SPARK007 at error.ToString()

            public static SparkAdsError Right(TikTokNotification notification) => SparkAdsErrors.Resolve(notification.Key, notification.Code);

            public static SparkAdsError Stored(int storedValue, string storedName) => storedValue == 0 ? Enum.Parse<SparkAdsError>(storedName) : (SparkAdsError)storedValue;
        }
        """;

    /// <summary>A TikTok client that still selects Custom Identity in two places, and only recognises it in a third.</summary>
    public const string Identity = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;

        public sealed class AdCreativeRequest
        {
            [JsonPropertyName("identity_type")]
            public string IdentityType { get; set; } = "TT_USER";

            [JsonPropertyName("identity_id")]
            public string? IdentityId { get; set; }
        }

        public static class Identities
        {
            public static AdCreativeRequest Legacy(string id) => new() { IdentityType = "CUSTOMIZED_USER", IdentityId = id }; // expect: SPARK004 at "CUSTOMIZED_USER"

            public static Dictionary<string, object> Payload(string id) => new()
            {
                ["identity_type"] = "CUSTOMIZED_USER", // expect: SPARK004 at "CUSTOMIZED_USER"
                ["identity_id"] = id,
            };

            public static AdCreativeRequest Spark(string id) => new() { IdentityType = "TT_USER", IdentityId = id };

            public static bool IsLegacy(AdCreativeRequest request) => request.IdentityType == "CUSTOMIZED_USER";
        }
        """;

    /// <summary>
    /// Switches as a consumer writes them. Each line that must carry a diagnostic ends with a
    /// <c>// expect: ID</c> comment; the tests find the lines from these markers.
    /// </summary>
    public const string Switches = """
        using Consumer;

        public static class Switches
        {
            public static string Incomplete(SparkAdsError error)
            {
                switch (error) // expect: SPARK001
                {
                    case SparkAdsError.AuthCodeExpired:
                        return "renew";
                }

                return "other";
            }

            public static string LoggingDefault(SparkAdsError error) => error switch // expect: SPARK002
            {
                SparkAdsError.AuthCodeExpired => "renew",
                _ => "log: " + error.GetKey(),
            };

            public static string RawCodes(int code)
            {
                switch (code) // expect: SPARK001
                {
                    case 4002: return "video";
                    case 4025: return "expired";
                    default: throw new System.ArgumentOutOfRangeException(nameof(code));
                }
            }

            public static string HttpStatus(int status) => status switch
            {
                200 => "ok",
                404 => "missing",
                _ => "other",
            };

            public static string Complete(SparkAdsError error)
            {
                foreach (var known in SparkAdsErrors.All)
                {
                    if (known == error)
                    {
                        return known.GetRemedy();
                    }
                }

                return SparkAdsError.Unknown.GetRemedy();
            }
        }
        """;

    public const string Program = """
        using System.Text;
        using Consumer;

        Console.WriteLine("FromCode(4002)=" + string.Join(",", SparkAdsErrors.FromCode(4002)));
        Console.WriteLine("FromCode(12345)=" + string.Join(",", SparkAdsErrors.FromCode(12345))); // expect: SPARK003 at 12345
        Console.WriteLine("TryParse(auth_code_expired)=" + SparkAdsErrors.TryParse("auth_code_expired", out var parsed) + ":" + parsed);
        Console.WriteLine("TryParse(AUTH_CODE_EXPIRED,ignoreCase)=" + SparkAdsErrors.TryParse("AUTH_CODE_EXPIRED", true, out var ignored) + ":" + ignored);
        Console.WriteLine("TryParse(nope)=" + SparkAdsErrors.TryParse("nope", out var missing) + ":" + missing); // expect: SPARK003 at "nope"
        Console.WriteLine("default=" + default(SparkAdsError));
        Console.WriteLine("Unknown=" + B64(SparkAdsError.Unknown.GetMessage()) + "|" + B64(SparkAdsError.Unknown.GetRemedy()));
        Console.WriteLine("count=" + SparkAdsErrors.All.Count);
        foreach (var error in SparkAdsErrors.All)
        {
            Console.WriteLine("error." + error.GetKey() + "=" + error + "|" + error.GetCode() + "|" + B64(error.GetMessage()) + "|" + B64(error.GetRemedy()) + "|" + error.IsSystemError());
        }

        static string B64(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        """;

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
