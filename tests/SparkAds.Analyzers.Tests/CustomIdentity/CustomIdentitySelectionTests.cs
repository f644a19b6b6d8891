using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>SPARK004 reports every form that selects CUSTOMIZED_USER as a string value, once per site.</summary>
public sealed class CustomIdentitySelectionTests
{
    [Fact]
    public Task TestClient_IsQuiet()
        => VerifyAsync("namespace Acme.Ads { }");

    [Fact]
    public Task TypedDto_AssignedPropertyAndInitializer_AreReported()
        => VerifyAsync("""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Creatives
                {
                    public static AdCreative Initialised() => new AdCreative { AdName = "spring", IdentityType = {|#0:"CUSTOMIZED_USER"|}, IdentityId = "7110" };

                    public static AdCreative Assigned()
                    {
                        var creative = new AdCreative();
                        creative.IdentityType = {|#1:"CUSTOMIZED_USER"|};
                        return creative;
                    }
                }
            }
            """,
            At(0, Value),
            At(1, Value));

    [Fact]
    public Task AnonymousRequestBody_IsReported()
        => VerifyAsync("""
            using System.Net.Http;
            using System.Threading.Tasks;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Launcher
                {
                    public static Task<HttpResponseMessage> LaunchAsync(MarketingApi api, string advertiserId, string itemId)
                        => api.PostAsync("ad/create/", new
                        {
                            advertiser_id = advertiserId,
                            creatives = new[] { new { identity_type = {|#0:"CUSTOMIZED_USER"|}, tiktok_item_id = itemId } },
                        });
                }
            }
            """,
            At(0, Value));

    [Fact]
    public Task DictionaryPayload_ValuesAreReported()
        => VerifyAsync("""
            using System.Collections.Generic;

            namespace Acme.Ads
            {
                public static class Payloads
                {
                    public static Dictionary<string, object> Indexed() => new() { ["advertiser_id"] = "7001", ["identity_type"] = {|#0:"CUSTOMIZED_USER"|} };

                    public static Dictionary<string, object> Added() => new() { { "advertiser_id", "7001" }, { "identity_type", {|#1:"CUSTOMIZED_USER"|} } };

                    public static Dictionary<string, object> Set(Dictionary<string, object> payload)
                    {
                        payload["identity_type"] = {|#2:"CUSTOMIZED_USER"|};
                        payload.Add("fallback_identity_type", {|#3:"CUSTOMIZED_USER"|});
                        return payload;
                    }
                }
            }
            """,
            At(0, Value),
            At(1, Value),
            At(2, Value),
            At(3, Value));

    [Fact]
    public Task FieldsLocalsAndParameterDefaults_AreReported()
        => VerifyAsync("""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public sealed class Settings
                {
                    private string _identityType = {|#0:"CUSTOMIZED_USER"|};

                    public string DefaultIdentityType { get; set; } = {|#1:"CUSTOMIZED_USER"|};

                    public AdCreative Build(string identityType = {|#2:"CUSTOMIZED_USER"|})
                    {
                        var local = {|#3:"CUSTOMIZED_USER"|};
                        return new AdCreative().WithIdentity(identityType + local + _identityType);
                    }
                }
            }
            """,
            At(0, Value),
            At(1, Value),
            At(2, Value),
            At(3, Value));

    [Fact]
    public Task FluentSetterArgument_IsReported()
        => VerifyAsync("""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Fluent
                {
                    public static AdCreative Create() => new AdCreative { AdName = "launch" }.WithIdentity({|#0:"CUSTOMIZED_USER"|}, identityId: "7110");
                }
            }
            """,
            At(0, Value));

    [Fact]
    public Task ReturnedValue_IsReported()
        => VerifyAsync("""
            using System;

            namespace Acme.Ads
            {
                public static class Defaults
                {
                    public static string IdentityType => {|#0:"CUSTOMIZED_USER"|};

                    public static string Pick(bool creator)
                    {
                        if (creator)
                        {
                            return "AUTH_CODE";
                        }

                        return {|#1:"CUSTOMIZED_USER"|};
                    }

                    public static Func<string> Provider() => () => {|#2:"CUSTOMIZED_USER"|};
                }
            }
            """,
            At(0, Value),
            At(1, Value),
            At(2, Value));

    [Fact]
    public Task ConfigurationAndConditionalFallbacks_AreReported()
        => VerifyAsync("""
            using System;
            using System.Collections.Generic;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Fallbacks
                {
                    public static AdCreative FromSettings(IReadOnlyDictionary<string, string> settings, bool creator)
                    {
                        var configured = settings.GetValueOrDefault("TikTok:IdentityType") ?? {|#0:"CUSTOMIZED_USER"|};
                        var fromEnvironment = Environment.GetEnvironmentVariable("TIKTOK_IDENTITY_TYPE");
                        fromEnvironment ??= {|#1:"CUSTOMIZED_USER"|};
                        return new AdCreative { IdentityType = creator ? "AUTH_CODE" : {|#2:"CUSTOMIZED_USER"|}, AdName = configured + fromEnvironment };
                    }
                }
            }
            """,
            At(0, Value),
            At(1, Value),
            At(2, Value));

    [Fact]
    public Task CollectionElements_AreReported()
        => VerifyAsync("""
            using System.Collections.Generic;

            namespace Acme.Ads
            {
                public static class Rotation
                {
                    public static string[] Array() => new[] { "TT_USER", {|#0:"CUSTOMIZED_USER"|} };

                    public static List<string> List() => new() { {|#1:"CUSTOMIZED_USER"|} };

                    public static IReadOnlyList<string> Expression() => ["AUTH_CODE", {|#2:"CUSTOMIZED_USER"|}];
                }
            }
            """,
            At(0, Value),
            At(1, Value),
            At(2, Value));

    [Fact]
    public Task ConstantDeclarationAndEachUse_AreSeparateSites()
        => VerifyAsync("""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class IdentityTypes
                {
                    public const string CustomizedUser = {|#0:"CUSTOMIZED_USER"|};
                    public const string TtUser = "TT_USER";
                }

                public static class Uses
                {
                    public static AdCreative First() => new AdCreative { IdentityType = {|#1:IdentityTypes.CustomizedUser|} };

                    public static AdCreative Second()
                    {
                        const string identity = {|#2:"CUSTOMIZED_USER"|};
                        return new AdCreative().WithIdentity({|#3:identity|});
                    }

                    public static bool IsCustom(AdCreative creative) => creative.IdentityType == IdentityTypes.CustomizedUser;
                }
            }
            """,
            At(0, Value),
            At(1, "The constant 'IdentityTypes.CustomizedUser'"),
            At(2, Value),
            At(3, "The constant 'identity'"));

    [Fact]
    public Task ConstantExpressions_AreReportedOnceAsAWhole()
        => VerifyAsync(""""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Spelled
                {
                    private const string Prefix = "CUSTOMIZED_";

                    public static AdCreative Concatenated() => new AdCreative { IdentityType = {|#0:"CUSTOMIZED_" + "USER"|} };

                    public static AdCreative WithConstant() => new AdCreative { IdentityType = {|#1:Prefix + "USER"|} };

                    public static AdCreative Verbatim() => new AdCreative { IdentityType = {|#2:@"CUSTOMIZED_USER"|} };

                    public static AdCreative Interpolated() => new AdCreative { IdentityType = {|#3:$"CUSTOMIZED_USER"|} };

                    public static AdCreative Raw() => new AdCreative { IdentityType = {|#4:"""CUSTOMIZED_USER"""|} };
                }
            }
            """",
            At(0, Value),
            At(1, Value),
            At(2, Value),
            At(3, Value),
            At(4, Value));
}
