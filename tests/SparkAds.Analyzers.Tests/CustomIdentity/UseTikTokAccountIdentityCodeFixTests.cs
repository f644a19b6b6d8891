using Microsoft.CodeAnalysis.CodeFixes;
using SparkAds.Analyzers.CodeFixes.CustomIdentity;
using SparkAds.Analyzers.CustomIdentity;
using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;
using static SparkAds.Analyzers.Tests.Infrastructure.ExpectedDiagnostic;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>"Use TT_USER / AUTH_CODE / BC_AUTH_TT" for SPARK004: exact fixed text that compiles and is quiet.</summary>
public sealed class UseTikTokAccountIdentityCodeFixTests
{
    private const string Literal = """
        using Acme.TikTok;

        namespace Acme.Ads
        {
            public static class Creatives
            {
                public static AdCreative Create() => new AdCreative { AdName = "spring", IdentityType = VALUE };
            }
        }
        """;

    private static CodeFixVerifier Verifier { get; } = new(CustomIdentityTestClient.Project, new CustomIdentityAnalyzer(), new UseTikTokAccountIdentityCodeFix());

    /// <summary>The identity types the fix offers, one action each.</summary>
    public static TheoryData<string> IdentityTypes => ["TT_USER", "AUTH_CODE", "BC_AUTH_TT"];

    /// <summary>
    /// Applies <paramref name="action"/> to <paramref name="code"/>: the result is the code with <paramref name="found"/> replaced by
    /// <paramref name="replacement"/>, nothing else. Where <paramref name="code"/> marks diagnostics, <paramref name="before"/> gives their messages.
    /// </summary>
    private static Task AssertReplacedAsync(string code, string action, string found, string replacement, params ExpectedDiagnostic[] before)
        => Verifier.VerifyAsync(code, action, code.Replace(found, replacement, StringComparison.Ordinal), before.Length == 0 ? null : before);

    /// <summary>
    /// Applies <paramref name="action"/> to <paramref name="template"/> with <paramref name="original"/> in <paramref name="hole"/>:
    /// the result has <paramref name="expected"/> there. Where <paramref name="original"/> marks diagnostics, <paramref name="before"/> gives their messages.
    /// </summary>
    private static Task AssertInTemplateAsync(string template, string hole, string original, string action, string expected, params ExpectedDiagnostic[] before)
        => Verifier.VerifyAsync(
            template.Replace(hole, original, StringComparison.Ordinal),
            action,
            template.Replace(hole, expected, StringComparison.Ordinal),
            before.Length == 0 ? null : before);

    /// <summary><see cref="Literal"/> with <paramref name="original"/> as the identity type: reported there before the fix, <paramref name="expected"/> after.</summary>
    private static Task AssertLiteralAsync(string original, string action, string expected)
        => AssertInTemplateAsync(Literal, "VALUE", "{|SPARK004:" + original + "|}", action, expected, Marked(Message(Value)));

    /// <summary>Fails with the fixer's "No action" message: the action is not offered for the first diagnostic.</summary>
    private static async Task AssertNotOfferedAsync(string code, string action, string offered)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Verifier.VerifyAsync(code, action, code));
        Assert.Equal($"No action '{action}'; offered: {offered}.", error.Message);
    }

    [Theory]
    [MemberData(nameof(IdentityTypes))]
    public Task RegularLiteral_IsReplacedByEachAction(string identityType)
        => AssertLiteralAsync("\"CUSTOMIZED_USER\"", "Use " + identityType, "\"" + identityType + "\"");

    [Theory]
    [InlineData("@\"CUSTOMIZED_USER\"", "Use TT_USER", "@\"TT_USER\"")]
    [InlineData("@\"CUSTOMIZED_USER\"", "Use BC_AUTH_TT", "@\"BC_AUTH_TT\"")]
    [InlineData("\"\"\"CUSTOMIZED_USER\"\"\"", "Use AUTH_CODE", "\"\"\"AUTH_CODE\"\"\"")]
    [InlineData("\"CUSTOMIZED_\" + \"USER\"", "Use AUTH_CODE", "\"AUTH_CODE\"")]
    [InlineData("$\"CUSTOMIZED_USER\"", "Use TT_USER", "\"TT_USER\"")]
    public Task OtherLiteralForms_KeepTheirForm(string original, string action, string expected)
        => AssertLiteralAsync(original, action, expected);

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

        await AssertReplacedAsync(code, "Use AUTH_CODE", "IdentityType = IdentityTypes.CustomizedUser", "IdentityType = IdentityTypes.AuthCode");
        await AssertReplacedAsync(code, "Use BC_AUTH_TT", "IdentityType = IdentityTypes.CustomizedUser", "IdentityType = \"BC_AUTH_TT\"");
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

        // The constant and the literal change where they are written; the use keeps the constant's name, whichever
        // diagnostic is fixed first (the declaration's or the use's) and with Fix All.
        await Verifier.VerifyFixAllAsync(
            FixAllScope.Document,
            "Use TT_USER",
            code,
            code.Replace("@\"CUSTOMIZED_USER\"", "@\"TT_USER\"", StringComparison.Ordinal).Replace("\"CUSTOMIZED_USER\"", "\"TT_USER\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConstantOfAReferencedAssembly_UsesTheSiblingConstant()
    {
        var library = TestProject.CreateWithoutBuiltInCatalog().WithAssemblyName("Acme.Identities").WithSource("""
            namespace Acme.Identities
            {
                public static class IdentityTypes
                {
                    public const string CustomizedUser = "CUSTOMIZED_USER";
                    public const string TtUser = "TT_USER";
                }
            }
            """).CreateCompilation();
        var reference = TestReferences.Image(library);
        const string code = """
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Creatives
                {
                    public static AdCreative Create() => new AdCreative { IdentityType = Acme.Identities.IdentityTypes.CustomizedUser };
                }
            }
            """;

        await new CodeFixVerifier(c => CustomIdentityTestClient.Project(c).WithReference(reference), new CustomIdentityAnalyzer(), new UseTikTokAccountIdentityCodeFix())
            .VerifyAsync(code, "Use TT_USER", code.Replace("IdentityTypes.CustomizedUser", "IdentityTypes.TtUser", StringComparison.Ordinal));
    }

    /// <summary>
    /// A constant whose declaration is reported with its use, declared after the use (so one at a time fixes the use
    /// first), as a local, or public: the value changes where it is written and the use keeps the name, one at a time
    /// (the use's diagnostic first) and with Fix All alike. The message at each site says which one it is.
    /// </summary>
    [Theory]
    [InlineData("public static AdCreative Create() => new AdCreative().WithIdentity({|#0:Identity|});\n        private const string Identity = {|#1:\"CUSTOMIZED_USER\"|};")]
    [InlineData("public static AdCreative Create() => new AdCreative().WithIdentity({|#0:Identity|});\n        public const string Identity = {|#1:\"CUSTOMIZED_USER\"|};")]
    [InlineData("public static AdCreative Create()\n        {\n            const string Identity = {|#1:\"CUSTOMIZED_USER\"|};\n            return new AdCreative().WithIdentity({|#0:Identity|});\n        }")]
    public Task ReportedConstantDeclaration_IsFixedWhereItsValueIsWritten_WhicheverIsFixedFirst(string members)
    {
        var code = $$"""
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Creatives
                {
                    {{members}}
                }
            }
            """;
        var use = members.Contains("private", StringComparison.Ordinal) || members.Contains("public const", StringComparison.Ordinal) ? "The constant 'Creatives.Identity'" : "The constant 'Identity'";

        return Verifier.VerifyFixAllAsync(
            FixAllScope.Document,
            "Use BC_AUTH_TT",
            code,
            Markup.Parse(code).Code.Replace("\"CUSTOMIZED_USER\"", "\"BC_AUTH_TT\"", StringComparison.Ordinal),
            [ExpectedDiagnostic.At(0, "SPARK004", Message(use)), ExpectedDiagnostic.At(1, "SPARK004", Message(Value))]);
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
    public Task SerialisedEnumMember_UsesTheSiblingThatSerialisesToTheValue(string action, string expected)
        => AssertReplacedAsync(SerialisedEnum, action, "Identity = IdentityKind.Custom", "Identity = " + expected);

    [Fact]
    public Task SerialisedEnumMember_WithoutSibling_OffersNoAction()
        => AssertNotOfferedAsync(SerialisedEnum, "Use AUTH_CODE", "Use TT_USER, Use BC_AUTH_TT");

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

        await AssertNotOfferedAsync(code, "Use TT_USER", string.Empty);
    }
    private const string JsonText = """
        using System.Net.Http;
        using System.Text;

        namespace Acme.Ads
        {
            public static class HandRolled
            {
                public static StringContent Body(string advertiserId)
                    => new StringContent("{\"advertiser_id\":\"" + advertiserId + "\",\"identity_type\":\"{|SPARK004:CUSTOMIZED_USER|}\"}", Encoding.UTF8, "application/json");
            }
        }
        """;

    [Theory]
    [MemberData(nameof(IdentityTypes))]
    public Task JsonInRegularString_ValueIsReplacedInsideTheString(string identityType)
        => AssertReplacedAsync(JsonText, "Use " + identityType, "\\\"{|SPARK004:CUSTOMIZED_USER|}\\\"", "\\\"" + identityType + "\\\"", Marked(Message(Value)));

    [Theory]
    [InlineData("@\"{ \"\"identity_type\"\": \"\"CUSTOMIZED_USER\"\" }\"", "Use TT_USER", "@\"{ \"\"identity_type\"\": \"\"TT_USER\"\" }\"")]
    [InlineData("\"\"\"{ \"identity_type\": \"CUSTOMIZED_USER\" }\"\"\"", "Use AUTH_CODE", "\"\"\"{ \"identity_type\": \"AUTH_CODE\" }\"\"\"")]
    [InlineData("$\"{{ \\\"name\\\": \\\"{advertiserId}\\\", \\\"identity_type\\\": \\\"CUSTOMIZED_USER\\\" }}\"", "Use BC_AUTH_TT", "$\"{{ \\\"name\\\": \\\"{advertiserId}\\\", \\\"identity_type\\\": \\\"BC_AUTH_TT\\\" }}\"")]
    [InlineData("$$\"\"\"\n            { \"name\": \"{{advertiserId}}\", \"identity_type\": \"CUSTOMIZED_USER\" }\n            \"\"\"", "Use TT_USER", "$$\"\"\"\n            { \"name\": \"{{advertiserId}}\", \"identity_type\": \"TT_USER\" }\n            \"\"\"")]
    [InlineData("\"{ 'identity_type': 'CUSTOMIZED_USER' }\"", "Use AUTH_CODE", "\"{ 'identity_type': 'AUTH_CODE' }\"")]
    public Task JsonInOtherStringForms_KeepsTheStringAndItsQuoting(string original, string action, string expected)
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

        // SPARK004 is reported at the value inside the string.
        return AssertInTemplateAsync(template, "BODY", original.Replace("CUSTOMIZED_USER", "{|SPARK004:CUSTOMIZED_USER|}", StringComparison.Ordinal), action, expected, Marked(Message(Value)));
    }

    [Fact]
    public Task JsonInUtf8String_ValueIsReplacedInsideTheString()
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

        return AssertReplacedAsync(code, "Use TT_USER", "CUSTOMIZED_USER", "TT_USER");
    }

    [Fact]
    public Task JsonTextAndLiterals_FixAllInDocument_EqualsEachFixApplied()
        => Verifier.VerifyFixAllAsync(
            FixAllScope.Document,
            "Use BC_AUTH_TT",
            """"
            using System.Net.Http;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Batch
                {
                    public static StringContent Two() => new StringContent("""[{ "identity_type": "{|SPARK004:CUSTOMIZED_USER|}" }, { "identity_type": "{|SPARK004:CUSTOMIZED_USER|}", "note": "CUSTOMIZED_USER" }]""");

                    public static AdCreative Typed() => new AdCreative { IdentityType = {|SPARK004:"CUSTOMIZED_USER"|} };
                }
            }
            """",
            """"
            using System.Net.Http;
            using Acme.TikTok;

            namespace Acme.Ads
            {
                public static class Batch
                {
                    public static StringContent Two() => new StringContent("""[{ "identity_type": "BC_AUTH_TT" }, { "identity_type": "BC_AUTH_TT", "note": "CUSTOMIZED_USER" }]""");

                    public static AdCreative Typed() => new AdCreative { IdentityType = "BC_AUTH_TT" };
                }
            }
            """",
            [Marked(Message(Value)), Marked(Message(Value)), Marked(Message(Value))]);

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
        await AssertReplacedAsync(NamedEnum, "Use AUTH_CODE", "nameof(AdAuthorType.CUSTOMIZED_USER)", "nameof(AdAuthorType.AUTH_CODE)");
        await AssertNotOfferedAsync(NamedEnum, "Use BC_AUTH_TT", "Use TT_USER, Use AUTH_CODE");
    }

    [Fact]
    public Task ToStringOfEnumMember_UsesTheSiblingOfThatName()
        => AssertInTemplateAsync(NamedEnum, "nameof(AdAuthorType.CUSTOMIZED_USER)", "AdAuthorType.CUSTOMIZED_USER.ToString()", "Use TT_USER", "AdAuthorType.TT_USER.ToString()");
}
