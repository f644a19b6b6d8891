using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using SparkAds.Analyzers.CodeFixes;
using SparkAds.Analyzers.CustomIdentity;
using SparkAds.Analyzers.Tests.Analyzers;
using SparkAds.Analyzers.Tests.Infrastructure;

namespace SparkAds.Analyzers.Tests.CodeFixes;

/// <summary>"Use TT_USER / AUTH_CODE / BC_AUTH_TT" for SPARK004: exact fixed text that compiles and is quiet.</summary>
public sealed class UseTikTokAccountIdentityCodeFixTests
{
    private const string Literal = """
        using Acme.TikTok;

        namespace Acme.Ads
        {
            public static class Creatives
            {
                public static AdCreative Create() => new AdCreative { AdName = "spring", IdentityType = "CUSTOMIZED_USER" };
            }
        }
        """;

    private static Task<string> ApplyAsync(string code, string action, Func<TestProject, TestProject>? configure = null)
        => new CodeFixVerifier((configure ?? (p => p))(CustomIdentityTestClient.Project(code)), new CustomIdentityAnalyzer(), new UseTikTokAccountIdentityCodeFix()).ApplyAsync(action);

    /// <summary>The identity types the fix offers, one action each.</summary>
    public static TheoryData<string> IdentityTypes => ["TT_USER", "AUTH_CODE", "BC_AUTH_TT"];

    /// <summary>Applies "Use <paramref name="identityType"/>" to <paramref name="code"/>: the result is the code with <paramref name="found"/> replaced by <paramref name="replacement"/>, nothing else.</summary>
    private static async Task AssertReplacedAsync(string code, string identityType, string found, string replacement)
        => Assert.Equal(code.Replace(found, replacement, StringComparison.Ordinal), await ApplyAsync(code, "Use " + identityType));

    [Theory]
    [MemberData(nameof(IdentityTypes))]
    public Task RegularLiteral_IsReplacedByEachAction(string identityType)
        => AssertReplacedAsync(Literal, identityType, "\"CUSTOMIZED_USER\"", "\"" + identityType + "\"");

    [Theory]
    [InlineData("@\"CUSTOMIZED_USER\"", "Use TT_USER", "@\"TT_USER\"")]
    [InlineData("@\"CUSTOMIZED_USER\"", "Use BC_AUTH_TT", "@\"BC_AUTH_TT\"")]
    [InlineData("\"\"\"CUSTOMIZED_USER\"\"\"", "Use AUTH_CODE", "\"\"\"AUTH_CODE\"\"\"")]
    [InlineData("\"CUSTOMIZED_\" + \"USER\"", "Use AUTH_CODE", "\"AUTH_CODE\"")]
    [InlineData("$\"CUSTOMIZED_USER\"", "Use TT_USER", "\"TT_USER\"")]
    public async Task OtherLiteralForms_KeepTheirForm(string original, string action, string expected)
    {
        var code = Literal.Replace("\"CUSTOMIZED_USER\"", original, StringComparison.Ordinal);

        var fixedCode = await ApplyAsync(code, action);

        Assert.Equal(Literal.Replace("\"CUSTOMIZED_USER\"", expected, StringComparison.Ordinal), fixedCode);
    }

    [Fact]
    public async Task ConstantReference_UsesTheSiblingConstant()
    {
        const string code = """
            using Acme.TikTok;

            namespace Acme.Ads
            {
            #pragma warning disable SPARK004 // Recognises identities of existing ads.
                public static class IdentityTypes
                {
                    public const string CustomizedUser = "CUSTOMIZED_USER";
                    public const string TtUser = "TT_USER";
                    public const string AuthCode = "AUTH_CODE";
                }
            #pragma warning restore SPARK004

                public static class Creatives
                {
                    public static AdCreative Create() => new AdCreative { IdentityType = IdentityTypes.CustomizedUser };
                }
            }
            """;

        Assert.Equal(code.Replace("IdentityType = IdentityTypes.CustomizedUser", "IdentityType = IdentityTypes.AuthCode", StringComparison.Ordinal), await ApplyAsync(code, "Use AUTH_CODE"));
        Assert.Equal(code.Replace("IdentityType = IdentityTypes.CustomizedUser", "IdentityType = \"BC_AUTH_TT\"", StringComparison.Ordinal), await ApplyAsync(code, "Use BC_AUTH_TT"));
    }

    [Fact]
    public async Task ConstantDeclarationAndUse_FixAllInDocument()
    {
        const string code = """
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Creatives
                {
                    private const string Identity = @"CUSTOMIZED_USER";

                    public static AdCreative Create() => new AdCreative { IdentityType = "CUSTOMIZED_USER" }.WithIdentity(Identity);
                }
            }
            """;
        var verifier = new CodeFixVerifier(CustomIdentityTestClient.Project(code), new CustomIdentityAnalyzer(), new UseTikTokAccountIdentityCodeFix());

        var fixedCode = await verifier.FixAllAsync(FixAllScope.Document, "Use TT_USER");

        Assert.Equal(
            code.Replace("@\"CUSTOMIZED_USER\"", "@\"TT_USER\"", StringComparison.Ordinal)
                .Replace("\"CUSTOMIZED_USER\"", "\"TT_USER\"", StringComparison.Ordinal)
                .Replace("WithIdentity(Identity)", "WithIdentity(\"TT_USER\")", StringComparison.Ordinal),
            fixedCode);
    }

    private const string SerialisedEnum = """
        using System.Text.Json.Serialization;

        namespace Acme.Ads
        {
            public enum IdentityKind
            {
                [JsonStringEnumMemberName("TT_USER")] Account,
                [JsonStringEnumMemberName("BC_AUTH_TT")] BusinessCenter,
                [JsonStringEnumMemberName("CUSTOMIZED_USER")] Custom,
            }

            public sealed class TypedCreative
            {
                [JsonPropertyName("identity_type")] public IdentityKind Identity { get; set; }

                public static TypedCreative Create() => new TypedCreative { Identity = IdentityKind.Custom };
            }
        }
        """;

    [Theory]
    [InlineData("Use TT_USER", "IdentityKind.Account")]
    [InlineData("Use BC_AUTH_TT", "IdentityKind.BusinessCenter")]
    public async Task SerialisedEnumMember_UsesTheSiblingThatSerialisesToTheValue(string action, string expected)
    {
        var fixedCode = await ApplyAsync(SerialisedEnum, action);

        Assert.Equal(SerialisedEnum.Replace("Identity = IdentityKind.Custom", "Identity = " + expected, StringComparison.Ordinal), fixedCode);
    }

    [Fact]
    public async Task SerialisedEnumMember_WithoutSibling_OffersNoAction()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyAsync(SerialisedEnum, "Use AUTH_CODE"));

        Assert.Equal("No action 'Use AUTH_CODE'; offered: Use TT_USER, Use BC_AUTH_TT.", error.Message);
    }

    [Fact]
    public async Task Endpoint_OffersNoAction()
    {
        const string code = """
            using System.Net.Http;
            using System.Threading.Tasks;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Identities
                {
                    public static Task<HttpResponseMessage> Create(MarketingApi api) => api.PostAsync("identity/create/", new { });
                }
            }
            """;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyAsync(code, "Use TT_USER"));

        Assert.Equal("No action 'Use TT_USER'; offered: .", error.Message);
    }
    private const string JsonText = """
        using System.Net.Http;
        using System.Text;

        namespace Acme.Ads
        {
            public static class HandRolled
            {
                public static StringContent Body(string advertiserId)
                    => new StringContent("{\"advertiser_id\":\"" + advertiserId + "\",\"identity_type\":\"CUSTOMIZED_USER\"}", Encoding.UTF8, "application/json");
            }
        }
        """;

    [Theory]
    [MemberData(nameof(IdentityTypes))]
    public Task JsonInRegularString_ValueIsReplacedInsideTheString(string identityType)
        => AssertReplacedAsync(JsonText, identityType, "\\\"CUSTOMIZED_USER\\\"", "\\\"" + identityType + "\\\"");

    [Theory]
    [InlineData("@\"{ \"\"identity_type\"\": \"\"CUSTOMIZED_USER\"\" }\"", "Use TT_USER", "@\"{ \"\"identity_type\"\": \"\"TT_USER\"\" }\"")]
    [InlineData("\"\"\"{ \"identity_type\": \"CUSTOMIZED_USER\" }\"\"\"", "Use AUTH_CODE", "\"\"\"{ \"identity_type\": \"AUTH_CODE\" }\"\"\"")]
    [InlineData("$\"{{ \\\"name\\\": \\\"{advertiserId}\\\", \\\"identity_type\\\": \\\"CUSTOMIZED_USER\\\" }}\"", "Use BC_AUTH_TT", "$\"{{ \\\"name\\\": \\\"{advertiserId}\\\", \\\"identity_type\\\": \\\"BC_AUTH_TT\\\" }}\"")]
    [InlineData("$$\"\"\"\n            { \"name\": \"{{advertiserId}}\", \"identity_type\": \"CUSTOMIZED_USER\" }\n            \"\"\"", "Use TT_USER", "$$\"\"\"\n            { \"name\": \"{{advertiserId}}\", \"identity_type\": \"TT_USER\" }\n            \"\"\"")]
    [InlineData("\"{ 'identity_type': 'CUSTOMIZED_USER' }\"", "Use AUTH_CODE", "\"{ 'identity_type': 'AUTH_CODE' }\"")]
    public async Task JsonInOtherStringForms_KeepsTheStringAndItsQuoting(string original, string action, string expected)
    {
        const string template = """
            using System.Net.Http;

            namespace Acme.Ads
            {
                public static class HandRolled
                {
                    public static StringContent Body(string advertiserId) => new StringContent(BODY + advertiserId.Length);
                }
            }
            """;

        var fixedCode = await ApplyAsync(template.Replace("BODY", original, StringComparison.Ordinal), action);

        Assert.Equal(template.Replace("BODY", expected, StringComparison.Ordinal), fixedCode);
    }

    [Fact]
    public async Task JsonInUtf8String_ValueIsReplacedInsideTheString()
    {
        const string code = """
            using System.Net.Http;

            namespace Acme.Ads
            {
                public static class HandRolled
                {
                    public static ByteArrayContent Body() => new ByteArrayContent("{\"identity_type\":\"CUSTOMIZED_USER\"}"u8.ToArray());
                }
            }
            """;

        Assert.Equal(code.Replace("CUSTOMIZED_USER", "TT_USER", StringComparison.Ordinal), await ApplyAsync(code, "Use TT_USER"));
    }

    [Fact]
    public async Task JsonTextAndLiterals_FixAllInDocument_EqualsEachFixApplied()
    {
        const string code = """"
            using System.Net.Http;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Batch
                {
                    public static StringContent Two() => new StringContent("""[{ "identity_type": "CUSTOMIZED_USER" }, { "identity_type": "CUSTOMIZED_USER", "note": "CUSTOMIZED_USER" }]""");

                    public static AdCreative Typed() => new AdCreative { IdentityType = "CUSTOMIZED_USER" };
                }
            }
            """";
        var verifier = new CodeFixVerifier(CustomIdentityTestClient.Project(code), new CustomIdentityAnalyzer(), new UseTikTokAccountIdentityCodeFix());

        var fixedCode = await verifier.FixAllAsync(FixAllScope.Document, "Use BC_AUTH_TT");

        Assert.Equal(
            code.Replace("\"identity_type\": \"CUSTOMIZED_USER\"", "\"identity_type\": \"BC_AUTH_TT\"", StringComparison.Ordinal)
                .Replace("IdentityType = \"CUSTOMIZED_USER\"", "IdentityType = \"BC_AUTH_TT\"", StringComparison.Ordinal),
            fixedCode);
    }

    private const string NamedEnum = """
        using Acme.TikTok;

        namespace Acme.Ads
        {
            public enum AdAuthorType { TT_USER, AUTH_CODE, CUSTOMIZED_USER }

            public static class WireNames
            {
                public static AdCreative ByName() => new AdCreative { IdentityType = nameof(AdAuthorType.CUSTOMIZED_USER) };
            }
        }
        """;

    [Fact]
    public async Task NameofEnumMember_UsesTheSiblingOfThatName()
    {
        Assert.Equal(NamedEnum.Replace("nameof(AdAuthorType.CUSTOMIZED_USER)", "nameof(AdAuthorType.AUTH_CODE)", StringComparison.Ordinal), await ApplyAsync(NamedEnum, "Use AUTH_CODE"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ApplyAsync(NamedEnum, "Use BC_AUTH_TT"));
        Assert.Equal("No action 'Use BC_AUTH_TT'; offered: Use TT_USER, Use AUTH_CODE.", error.Message);
    }

    [Fact]
    public async Task ToStringOfEnumMember_UsesTheSiblingOfThatName()
    {
        var code = NamedEnum.Replace("nameof(AdAuthorType.CUSTOMIZED_USER)", "AdAuthorType.CUSTOMIZED_USER.ToString()", StringComparison.Ordinal);

        Assert.Equal(code.Replace("AdAuthorType.CUSTOMIZED_USER.ToString()", "AdAuthorType.TT_USER.ToString()", StringComparison.Ordinal), await ApplyAsync(code, "Use TT_USER"));
    }
}
