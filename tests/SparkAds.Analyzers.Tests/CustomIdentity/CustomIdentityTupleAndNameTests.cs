using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>SPARK004 on tuples, on enum members turned into the wire string, and on enums that spell CUSTOMIZED_USER.</summary>
public sealed class CustomIdentityTupleAndNameTests
{
    [Fact]
    public Task TupleElements_AreReportedWhereSelected()
        => VerifyAsync("""
            using System.Collections.Generic;
            using System.Net.Http;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class FormFields
                {
                    public static (string Key, string Value) Pair() => ("identity_type", {|#0:"CUSTOMIZED_USER"|});

                    public static List<(string Key, string Value)> Fields(string advertiserId) => [("advertiser_id", advertiserId), ("identity_type", {|#1:"CUSTOMIZED_USER"|})];

                    public static (string, string)[] Array() => new[] { ("identity_type", {|#2:"CUSTOMIZED_USER"|}) };

                    public static string Deconstructed()
                    {
                        var (key, value) = ("identity_type", {|#3:"CUSTOMIZED_USER"|});
                        return key + value;
                    }

                    public static bool IsCustom(AdCreative ad) => (ad.IdentityType, ad.AdName) == ("CUSTOMIZED_USER", "spring");
                }
            }
            """,
            At(0, Value),
            At(1, Value),
            At(2, Value),
            At(3, Value));

    [Fact]
    public Task NameofAndToStringOfTheEnumMember_AreReportedWhereSelected()
        => VerifyAsync("""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public enum AdAuthorType { TT_USER, AUTH_CODE, CUSTOMIZED_USER }

                public enum IdentityKind { Account, CustomizedUser }

                public static class WireNames
                {
                    public static AdCreative ByName() => new AdCreative { IdentityType = nameof({|#0:AdAuthorType.CUSTOMIZED_USER|}) };

                    public static AdCreative ByToString() => new AdCreative().WithIdentity({|#1:AdAuthorType.CUSTOMIZED_USER|}.ToString());

                    public static AdAuthorType Member() => {|#2:AdAuthorType.CUSTOMIZED_USER|};

                    public static bool IsCustom(AdCreative ad)
                        => ad.IdentityType == nameof(AdAuthorType.CUSTOMIZED_USER) || ad.IdentityType.Equals(AdAuthorType.CUSTOMIZED_USER.ToString());

                    public static AdCreative PascalName() => new AdCreative { IdentityType = nameof(IdentityKind.CustomizedUser), AdName = IdentityKind.CustomizedUser.ToString() };
                }
            }
            """,
            At(0, "The enum member 'AdAuthorType.CUSTOMIZED_USER'"),
            At(1, "The enum member 'AdAuthorType.CUSTOMIZED_USER'"),
            At(2, "The enum member 'AdAuthorType.CUSTOMIZED_USER'"));

    [Fact]
    public Task ExactWireSpellingInAnyEnum_IsReported_PascalCaseOnlyInIdentityEnums()
        => VerifyAsync("""
            namespace Acme.Ads
            {
                public enum AdAuthorType { TT_USER, CUSTOMIZED_USER }

                public enum AudienceSegment { CustomizedUser, Lookalike }

                public enum IdentityKind { Account, CustomizedUser }

                public sealed class Author
                {
                    public AdAuthorType Type { get; set; } = {|#0:AdAuthorType.CUSTOMIZED_USER|};

                    public AudienceSegment Segment { get; set; } = AudienceSegment.CustomizedUser;

                    public IdentityKind Kind { get; set; } = {|#1:IdentityKind.CustomizedUser|};

                    public bool IsCustom => Type == AdAuthorType.CUSTOMIZED_USER;
                }
            }
            """,
            At(0, "The enum member 'AdAuthorType.CUSTOMIZED_USER'"),
            At(1, "The enum member 'IdentityKind.CustomizedUser'"));
}
