using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>
/// SPARK004 on JSON written as text, the hand-rolled <c>StringContent</c> client: reported at the value inside the
/// string, in every string form; quiet on query strings that filter a listing and on text that only recognises.
/// </summary>
public sealed class CustomIdentityJsonTextTests
{
    /// <summary>Newtonsoft and RestSharp are not referenced by the tests: minimal stand-ins with their shapes.</summary>
    private const string StandIns = """
        namespace Newtonsoft.Json.Linq
        {
            public class JToken
            {
                public override string ToString() => "{}";
            }

            public sealed class JObject : JToken
            {
                public static JObject Parse(string json) => new JObject();
            }
        }

        namespace RestSharp
        {
            public enum Method { Get, Post }

            public enum DataFormat { None, Json }

            public sealed class RestRequest
            {
                public RestRequest(string resource, Method method = Method.Get) => Resource = resource;

                public string Resource { get; }

                public RestRequest AddStringBody(string body, DataFormat dataFormat) => this;

                public RestRequest AddParameter(string name, string value) => this;
            }
        }

        namespace Microsoft.Extensions.Logging
        {
            public interface ILogger
            {
                void LogWarning(string message, params object[] args);
            }
        }
        """;

    private static System.Func<Infrastructure.TestProject, Infrastructure.TestProject> WithStandIns => p => p.WithSource(StandIns, "/src/StandIns.cs");

    [Fact]
    public Task HttpClientStringContent_EveryStringForm_IsReportedAtTheValue()
        => VerifyAsync(""""
            using System.Net.Http;
            using System.Text;
            using System.Threading.Tasks;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class HandRolledClient
                {
                    public static Task<HttpResponseMessage> Regular(MarketingApi api)
                        => api.Http.PostAsync(MarketingApi.BaseUrl + "ad/create/", new StringContent("{\"advertiser_id\":\"7001\",\"creatives\":[{\"identity_type\":\"{|#0:CUSTOMIZED_USER|}\",\"identity_id\":\"7110\"}]}", Encoding.UTF8, "application/json"));

                    public static StringContent Verbatim() => new StringContent(@"{ ""identity_type"": ""{|#1:CUSTOMIZED_USER|}"", ""identity_id"": ""7110"" }", Encoding.UTF8, "application/json");

                    public static StringContent Interpolated(string advertiserId, string name)
                        => new StringContent($"{{\"advertiser_id\":\"{advertiserId}\",\"identity_type\" : \"{|#2:CUSTOMIZED_USER|}\",\"display_name\":\"{name}\"}}", Encoding.UTF8, "application/json");

                    public static StringContent Raw(string advertiserId)
                        => new StringContent($$"""
                            {
                              "advertiser_id": "{{advertiserId}}",
                              "identity_type":
                                "{|#3:CUSTOMIZED_USER|}"
                            }
                            """, Encoding.UTF8, "application/json");

                    public static ByteArrayContent Utf8() => new ByteArrayContent("{\"identity_type\":\"{|#4:CUSTOMIZED_USER|}\"}"u8.ToArray());

                    public static string Concatenated(string advertiserId)
                        => "{\"advertiser_id\":\"" + advertiserId + "\",\"identity_type\":\"{|#5:CUSTOMIZED_USER|}\"}";

                    public static string Batch()
                        => """[{ "identity_type": "{|#6:CUSTOMIZED_USER|}" }, { "identity_type": "TT_USER" }, { "identity_type": "{|#7:CUSTOMIZED_USER|}" }]""";
                }
            }
            """",
            At(0, Value),
            At(1, Value),
            At(2, Value),
            At(3, Value),
            At(4, Value),
            At(5, Value),
            At(6, Value),
            At(7, Value));

    [Fact]
    public Task NewtonsoftSingleQuotedAndSystemTextJson_AreReportedAtTheValue()
        => VerifyAsync(""""
            using System.Net.Http;
            using System.Text.Json.Nodes;
            using Newtonsoft.Json.Linq;

            namespace Acme.Ads
            {
                public static class JsonBodies
                {
                    public static StringContent Newtonsoft(string advertiserId)
                    {
                        var body = JObject.Parse("{ 'advertiser_id': '7001', 'identity_type': '{|#0:CUSTOMIZED_USER|}' }");
                        var unquotedKey = JObject.Parse("{ identity_type: '{|#1:CUSTOMIZED_USER|}' }");
                        return new StringContent(body.ToString() + unquotedKey + advertiserId);
                    }

                    public static JsonNode SystemTextJson() => JsonNode.Parse("""{ "identity_type": "{|#2:CUSTOMIZED_USER|}", "identity_id": "7110" }""")!;

                    public static JsonObject Built() => new JsonObject { ["identity_type"] = {|#3:"CUSTOMIZED_USER"|}, ["identity_id"] = "7110" };
                }
            }
            """",
            WithStandIns,
            At(0, Value),
            At(1, Value),
            At(2, Value),
            At(3, Value));

    [Fact]
    public Task RestSharpStyleRequestBuilder_IsReported()
        => VerifyAsync("""
            using RestSharp;

            namespace Acme.Ads
            {
                public static class RestClientAds
                {
                    public static RestRequest Create()
                        => new RestRequest("ad/create/", Method.Post).AddStringBody("{\"identity_type\": \"{|#0:CUSTOMIZED_USER|}\"}", DataFormat.Json);

                    public static RestRequest Form() => new RestRequest("ad/create/", Method.Post).AddParameter("identity_type", {|#1:"CUSTOMIZED_USER"|});
                }
            }
            """,
            WithStandIns,
            At(0, Value),
            At(1, Value));

    [Fact]
    public Task ListingQueryStringsRecognisingTextAndOtherKeys_AreQuiet()
        => VerifyAsync(""""
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;
            using Acme.TikTok;
            using RestSharp;

            namespace Acme.Ads
            {
                public static class Readers
                {
                    public static Task<HttpResponseMessage> List(MarketingApi api, string advertiserId)
                        => api.Http.GetAsync($"{MarketingApi.BaseUrl}identity/get/?advertiser_id={advertiserId}&identity_type=CUSTOMIZED_USER");

                    public static RestRequest ListRequest() => new RestRequest("identity/get/?advertiser_id=7001&identity_type=CUSTOMIZED_USER");

                    public static bool IsCustom(string body)
                        => body.Contains("\"identity_type\":\"CUSTOMIZED_USER\"", StringComparison.Ordinal)
                           || body.IndexOf("\"identity_type\": \"CUSTOMIZED_USER\"", StringComparison.Ordinal) >= 0
                           || body == """{"identity_type":"CUSTOMIZED_USER"}""";

                    public static StringContent Other() => new StringContent("{\"identity_type\":\"TT_USER\",\"previous_identity_type\":\"CUSTOMIZED_USER\",\"note\":\"CUSTOMIZED_USER\"}");

                    public static string Escaped() => "{\"identity_type\":\"\u0043USTOMIZED_USER\",\"comment\":\"CUSTOMIZED_USER\"}";
                }
            }
            """",
            WithStandIns);

    [Fact]
    public Task ProseThatMentionsTheEndpoint_IsQuiet()
        => VerifyAsync("""
            using System;
            using System.Net.Http;
            using Microsoft.Extensions.Logging;

            namespace Acme.Ads
            {
                public static class Diagnostics
                {
                    public static void Warn(ILogger logger, int code) => logger.LogWarning("POST /open_api/v1.3/identity/create/ returned {Code}", code);

                    public static Exception Retired(string advertiserId) => new HttpRequestException($"identity/create/ is retired for advertiser {advertiserId}: use a TikTok account");

                    public static string Help => "Do not call identity/create/ any more.";
                }
            }
            """,
            WithStandIns);

    [Fact]
    public Task PrivateJsonConstantOnlyCompared_IsQuiet_AndSentItIsReported()
        => VerifyAsync("""
            using System.Net.Http;

            namespace Acme.Ads
            {
                public static class Bodies
                {
                    private const string CustomBody = "{\"identity_type\":\"CUSTOMIZED_USER\"}";
                    private const string SentBody = "{\"identity_type\":\"{|#0:CUSTOMIZED_USER|}\"}";

                    public static bool WasCustom(string body) => body == CustomBody;

                    public static StringContent Send() => new StringContent(SentBody);
                }
            }
            """,
            At(0, Value));
}
