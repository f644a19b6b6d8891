using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>SPARK004 reports enum members that stand for CUSTOMIZED_USER and the custom-identity creation endpoint.</summary>
public sealed class CustomIdentityEnumAndEndpointTests
{
    private const string Enums = """
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;

        namespace Acme.Ads
        {
            [JsonConverter(typeof(JsonStringEnumConverter<IdentityKind>))]
            public enum IdentityKind
            {
                [JsonStringEnumMemberName("TT_USER")] Account,
                [JsonStringEnumMemberName("AUTH_CODE")] CreatorPost,
                [JsonStringEnumMemberName("CUSTOMIZED_USER")] Custom,
            }

            public enum WireIdentity
            {
                [EnumMember(Value = "CUSTOMIZED_USER")] Custom,
                [EnumMember(Value = "BC_AUTH_TT")] BusinessCenter,
            }

            public enum AdIdentityType { TT_USER, AUTH_CODE, BC_AUTH_TT, CUSTOMIZED_USER }

            public enum TikTokIdentity { TikTokUser, CustomizedUser }

            public sealed class TypedCreative
            {
                [JsonPropertyName("identity_type")] public IdentityKind Identity { get; set; }
                public WireIdentity Wire { get; set; }
                public AdIdentityType Type { get; set; }
                public TikTokIdentity Kind { get; set; }
            }
        }
        """;

    private static System.Func<Infrastructure.TestProject, Infrastructure.TestProject> WithEnums => p => p.WithSource(Enums, "/src/Enums.cs");

    [Fact]
    public Task SerialisedAndNamedEnumMembers_AreReportedWhereSelected()
        => VerifyAsync("""
            namespace Acme.Ads
            {
                public static class Typed
                {
                    public static TypedCreative Create() => new TypedCreative
                    {
                        Identity = {|#0:IdentityKind.Custom|},
                        Wire = {|#1:WireIdentity.Custom|},
                        Type = {|#2:AdIdentityType.CUSTOMIZED_USER|},
                        Kind = {|#3:TikTokIdentity.CustomizedUser|},
                    };

                    public static IdentityKind Fallback(IdentityKind? configured) => configured ?? {|#4:IdentityKind.Custom|};

                    public static bool IsCustom(TypedCreative creative)
                        => creative.Identity == IdentityKind.Custom || creative.Wire is WireIdentity.Custom || creative.Type.Equals(AdIdentityType.CUSTOMIZED_USER);

                    public static string Describe(TikTokIdentity kind)
                    {
                        switch (kind)
                        {
                            case TikTokIdentity.CustomizedUser: return "custom";
                            default: return "account";
                        }
                    }
                }
            }
            """,
            WithEnums,
            At(0, "The enum member 'IdentityKind.Custom'"),
            At(1, "The enum member 'WireIdentity.Custom'"),
            At(2, "The enum member 'AdIdentityType.CUSTOMIZED_USER'"),
            At(3, "The enum member 'TikTokIdentity.CustomizedUser'"),
            At(4, "The enum member 'IdentityKind.Custom'"));

    [Fact]
    public Task CreationEndpoint_AbsoluteRelativeConcatenatedAndInterpolated_IsReported()
        => VerifyAsync("""
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Identities
                {
                    private const string CreateUrl = {|#0:"https://business-api.tiktok.com/open_api/v1.3/identity/create/"|};

                    public static Task<HttpResponseMessage> Absolute(HttpClient http, object body) => http.PostAsJsonAsync({|#1:CreateUrl|}, body);

                    public static Task<HttpResponseMessage> Relative(MarketingApi api, string advertiserId, string name)
                        => api.PostAsync({|#2:"identity/create/"|}, new { advertiser_id = advertiserId, display_name = name });

                    public static Task<HttpResponseMessage> Interpolated(HttpClient http, string version, object body)
                        => http.PostAsJsonAsync({|#3:$"https://business-api.tiktok.com/open_api/{version}/identity/create/"|}, body);

                    public static Uri Concatenated(string baseUrl) => new Uri({|#4:baseUrl + "/identity/create"|});

                    public static HttpRequestMessage Message() => new HttpRequestMessage(HttpMethod.Post, {|#5:MarketingApi.BaseUrl + "identity/create/?advertiser_id=7001"|});
                }
            }
            """,
            At(0, Endpoint),
            At(1, Endpoint),
            At(2, Endpoint),
            At(3, Endpoint),
            At(4, Endpoint),
            At(5, Endpoint));
}
