using SparkAds.Analyzers.CustomIdentity;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>
/// A realistic TikTok Marketing API client that SPARK004 tests build on, and the helpers that run the analyzer
/// over a test source together with it. The client itself never selects Custom Identity.
/// </summary>
internal static class CustomIdentityTestClient
{
    public const string ClientPath = "/src/TikTokClient.cs";

    public const string Client = """
        using System;
                using System.Net.Http;
        using System.Net.Http.Json;
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;

        namespace Acme.TikTok
        {
            /// <summary>Body of POST /open_api/v1.3/ad/create/ (one creative).</summary>
            public sealed class AdCreative
            {
                [JsonPropertyName("ad_name")] public string AdName { get; set; } = "";
                [JsonPropertyName("identity_type")] public string IdentityType { get; set; } = "";
                [JsonPropertyName("identity_id")] public string? IdentityId { get; set; }
                [JsonPropertyName("identity_authorized_bc_id")] public string? IdentityAuthorizedBcId { get; set; }
                [JsonPropertyName("tiktok_item_id")] public string? TikTokItemId { get; set; }

                public AdCreative WithIdentity(string identityType, string? identityId = null)
                {
                    IdentityType = identityType;
                    IdentityId = identityId;
                    return this;
                }
            }

            public sealed class MarketingApi(HttpClient http)
            {
                public const string BaseUrl = "https://business-api.tiktok.com/open_api/v1.3/";

                public HttpClient Http { get; } = http;

                public Task<HttpResponseMessage> PostAsync(string path, object body) => Http.PostAsJsonAsync(BaseUrl + path, body);

                public Task<HttpResponseMessage> CreateAdAsync(string advertiserId, AdCreative creative)
                    => PostAsync("ad/create/", new { advertiser_id = advertiserId, creatives = new[] { creative } });

                public Task<HttpResponseMessage> GetIdentitiesAsync(string advertiserId)
                    => Http.GetAsync(BaseUrl + "identity/get/?advertiser_id=" + advertiserId);
            }
        }
        """;

    public static string Message(string subject)
        => subject + " selects Custom Identity (CUSTOMIZED_USER), which TikTok is retiring: use a TikTok account identity instead (TT_USER, AUTH_CODE, or BC_AUTH_TT with identity_authorized_bc_id)";

    public static TestProject Project(string code) => TestProject.Create().WithSource(code).WithSource(Client, ClientPath);

    /// <summary>Runs SPARK004 over <paramref name="markup"/> (which must compile) and compares every diagnostic exactly.</summary>
    public static Task VerifyAsync(string markup, params ExpectedDiagnostic[] expected) => VerifyAsync(markup, p => p, expected);

    public static async Task VerifyAsync(string markup, System.Func<TestProject, TestProject> configure, params ExpectedDiagnostic[] expected)
    {
        var parsed = Markup.Parse(markup);
        await AnalyzerVerifier.VerifyAsync(new CustomIdentityAnalyzer(), parsed, configure(Project(parsed.Code)), expected);
    }

    public static ExpectedDiagnostic At(int span, string subject) => ExpectedDiagnostic.At(span, "SPARK004", Message(subject));

    public const string Value = "The value \"CUSTOMIZED_USER\"";

    public const string Endpoint = "The custom-identity endpoint 'identity/create/'";
}
