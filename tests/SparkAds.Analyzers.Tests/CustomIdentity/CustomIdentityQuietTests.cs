using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>SPARK004 stays quiet where code only recognises Custom Identity, maps it, or meets a look-alike.</summary>
public sealed class CustomIdentityQuietTests
{
    [Fact]
    public Task ComparisonsAndEquals_AreQuiet()
        => VerifyAsync("""
            using System;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Recognition
                {
                    private const string Custom = "CUSTOMIZED_USER";

                    public static bool IsCustom(AdCreative ad)
                        => ad.IdentityType == "CUSTOMIZED_USER"
                           || "CUSTOMIZED_USER" == ad.IdentityType
                           || ad.IdentityType.Equals("CUSTOMIZED_USER", StringComparison.Ordinal)
                           || string.Equals(ad.IdentityType, Custom, StringComparison.OrdinalIgnoreCase)
                           || "CUSTOMIZED_USER".Equals(ad.IdentityType)
                           || StringComparer.Ordinal.Equals(Custom, ad.IdentityType);

                    public static bool IsAccount(AdCreative ad) => ad.IdentityType != "CUSTOMIZED_USER";
                }
            }
            """);

    [Fact]
    public Task CaseLabelsPatternsAndSwitchArms_AreQuiet()
        => VerifyAsync("""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Migration
                {
                    public static string Describe(AdCreative ad)
                    {
                        switch (ad.IdentityType)
                        {
                            case "CUSTOMIZED_USER":
                                return "custom identity: migrate to a TikTok account";
                            default:
                                return "TikTok account";
                        }
                    }

                    public static bool NeedsMigration(AdCreative ad) => ad.IdentityType is "CUSTOMIZED_USER" or "";

                    public static int Priority(AdCreative ad) => ad.IdentityType switch
                    {
                        "CUSTOMIZED_USER" => 1,
                        _ => 0,
                    };
                }
            }
            """);

    [Fact]
    public Task DictionaryKeysAndLookups_AreQuiet()
        => VerifyAsync("""
            using System.Collections.Generic;

            namespace Acme.Ads
            {
                public static class Labels
                {
                    private static readonly Dictionary<string, string> Names = new()
                    {
                        { "CUSTOMIZED_USER", "Custom identity (retiring)" },
                        { "TT_USER", "TikTok account" },
                    };

                    private static readonly Dictionary<string, int> Order = new() { ["CUSTOMIZED_USER"] = 9 };

                    private static readonly HashSet<string> Retiring = new(System.StringComparer.Ordinal);

                    public static string Label(string identityType)
                    {
                        Names["CUSTOMIZED_USER"] = "Custom identity";
                        if (Names.TryGetValue("CUSTOMIZED_USER", out var name) && Names.ContainsKey("CUSTOMIZED_USER") && !Retiring.Contains("CUSTOMIZED_USER"))
                        {
                            return name;
                        }

                        return Names.GetValueOrDefault(identityType, identityType) + Order.Count;
                    }
                }
            }
            """);

    [Fact]
    public Task MappingDeclarations_AreQuiet()
        => VerifyAsync("""
            using System.Collections.Generic;
            using System.Runtime.Serialization;
            using System.Text.Json.Serialization;

            namespace Acme.Ads
            {
                public enum IdentityKind
                {
                    [JsonStringEnumMemberName("CUSTOMIZED_USER")] Custom,
                    [JsonStringEnumMemberName("TT_USER")] Account,
                }

                public enum LegacyIdentityType
                {
                    [EnumMember(Value = "CUSTOMIZED_USER")] Custom = 1,
                    CustomizedUser = Custom,
                }

                [System.ComponentModel.Description("CUSTOMIZED_USER")]
                public static class Wire
                {
                    private static readonly Dictionary<IdentityKind, string> Names = new()
                    {
                        [IdentityKind.Custom] = "CUSTOMIZED_USER",
                        [IdentityKind.Account] = "TT_USER",
                    };

                    private static readonly Dictionary<IdentityKind, string> Added = new()
                    {
                        { IdentityKind.Custom, "CUSTOMIZED_USER" },
                    };

                    public static string ToWire(IdentityKind kind) => kind switch
                    {
                        IdentityKind.Custom => "CUSTOMIZED_USER",
                        IdentityKind.Account => "TT_USER",
                        _ => Names[kind] + Added.Count,
                    };
                }
            }
            """);

    [Fact]
    public Task LookAlikes_AreQuiet()
        => VerifyAsync("""
            using System.Collections.Generic;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public sealed class CustomizedUser
                {
                    public string Name { get; set; } = "";
                }

                public enum AudienceSegment { CustomizedUser, Lookalike }

                public static class Others
                {
                    public static CustomizedUser Create() => new CustomizedUser { Name = "CustomizedUser" };

                    public static AudienceSegment Segment() => AudienceSegment.CustomizedUser;

                    public static Dictionary<string, object> MetaPayload() => new() { ["identity_type"] = "PAGE", ["actor"] = "INSTAGRAM_ACCOUNT" };

                    public static AdCreative Account() => new AdCreative { IdentityType = "TT_USER", AdName = "CUSTOMIZED_USER_2024", IdentityId = "customized_user" };

                    public static string Json() => "{\"identity_type\":\"TT_USER\",\"note\":\"was CUSTOMIZED_USER\",\"customized_user\":\"CUSTOMIZED_USER\"}";

                    public static string Log(string identityType) => $"identity {identityType} is not CUSTOMIZED_USER";
                }
            }
            """);

    [Fact]
    public Task OtherEndpoints_AreQuiet()
        => VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Endpoints
                {
                    private const string IdentityInfo = "https://business-api.tiktok.com/open_api/v1.3/identity/info/";

                    public static Task<HttpResponseMessage> Get(MarketingApi api, string advertiserId)
                        => api.Http.GetAsync($"{MarketingApi.BaseUrl}identity/get/?advertiser_id={advertiserId}");

                    public static Task<HttpResponseMessage> Info(MarketingApi api) => api.Http.GetAsync(IdentityInfo);

                    public static Task<HttpResponseMessage> Video(MarketingApi api) => api.PostAsync("identity/video/create_batch/", new { });

                    public static bool IsCreate(HttpRequestMessage request) => request.RequestUri!.AbsolutePath.EndsWith("/identity/create/", System.StringComparison.Ordinal);
                }
            }
            """);
}
