using SparkAds.Analyzers.CustomIdentity;
using static SparkAds.Analyzers.Tests.CustomIdentity.CustomIdentityTestClient;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>
/// SPARK004 reports the team's own Custom Identity API listed under <c>spark_ads.custom_identity_symbols</c>. The lists
/// are comma-separated: the options come from a real <c>.editorconfig</c>, where <c>;</c> starts a comment.
/// </summary>
public sealed class CustomIdentitySymbolListTests
{
    private const string Sdk = """
        namespace Acme.Sdk
        {
            public sealed class CustomIdentity
            {
                public CustomIdentity(string displayName) => DisplayName = displayName;
                public string DisplayName { get; }
            }

            public sealed class IdentityClient
            {
                public string CreateCustomIdentity(string displayName, string avatarUrl) => displayName + avatarUrl;
                public string CreateCustomIdentity(string displayName) => displayName;
                public bool UseCustomIdentity { get; set; }
                public string GetIdentities() => "";
            }
        }
        """;

    private const string Usage = """
        using System;
        using Acme.Sdk;

        namespace Acme.Ads
        {
            public static class Setup
            {
                public static string Run(IdentityClient client)
                {
                    var identity = {|#0:new CustomIdentity("Acme")|};
                    {|#1:client.UseCustomIdentity|} = true;
                    Func<string, string, string> create = {|#2:client.CreateCustomIdentity|};
                    return {|#3:client.CreateCustomIdentity(identity.DisplayName, "https://cdn.acme.test/a.png")|} + client.CreateCustomIdentity("one") + client.GetIdentities();
                }
            }
        }
        """;

    [Fact]
    public Task ListedMethodPropertyAndType_AreReported()
        => VerifyAsync(
            Usage,
            p => p.WithSource(Sdk, "/src/Sdk.cs").WithEditorConfig(
                "spark_ads.custom_identity_symbols",
                " M:Acme.Sdk.IdentityClient.CreateCustomIdentity(System.String,System.String) , P:Acme.Sdk.IdentityClient.UseCustomIdentity, T:Acme.Sdk.CustomIdentity "),
            At(0, "The creation of 'CustomIdentity'"),
            At(1, "The reference to 'IdentityClient.UseCustomIdentity'"),
            At(2, "The reference to 'IdentityClient.CreateCustomIdentity(string, string)'"),
            At(3, "The call to 'IdentityClient.CreateCustomIdentity(string, string)'"));

    [Fact]
    public Task NoList_IsQuiet()
        => VerifyAsync(Usage.Replace("{|#0:", "", System.StringComparison.Ordinal).Replace("{|#1:", "", System.StringComparison.Ordinal).Replace("{|#2:", "", System.StringComparison.Ordinal).Replace("{|#3:", "", System.StringComparison.Ordinal).Replace("|}", "", System.StringComparison.Ordinal), p => p.WithSource(Sdk, "/src/Sdk.cs"));

    [Theory]
    [InlineData("M:Acme.Sdk.IdentityClient.CreateCustomIdentity(")]
    [InlineData("Acme.Sdk.CustomIdentity")]
    [InlineData("X:Acme.Sdk.CustomIdentity,,,")]
    [InlineData("T:Acme.Sdk.Missing, M:Acme.Sdk.IdentityClient.Nope(System.Int32)")]
    [InlineData("M:Acme.Sdk.IdentityClient.CreateCustomIdentity(System.String,System.String")]
    [InlineData("T:,M:,P:(,F:Acme..Sdk,T:Acme.Sdk.CustomIdentity{")]
    [InlineData(":")]
    public Task MalformedEntries_AreIgnoredWithoutException(string entries)
        => VerifyAsync(
            """
            namespace Acme.Ads
            {
                public static class Setup
                {
                    public static string Run(Acme.Sdk.IdentityClient client) => client.CreateCustomIdentity("a", "b") + new Acme.Sdk.CustomIdentity("c").DisplayName;
                }
            }
            """,
            p => p.WithSource(Sdk, "/src/Sdk.cs").WithEditorConfig("spark_ads.custom_identity_symbols", entries));

    /// <summary>An unbalanced or malformed entry is one bad entry, wherever it stands: the valid entry after it is read.</summary>
    [Theory]
    [InlineData("garbage,M:(,M:Acme.Sdk.IdentityClient.CreateCustomIdentity(System.String)")]
    [InlineData("M:Acme.Sdk.IdentityClient.CreateCustomIdentity(System.String, M:Acme.Sdk.IdentityClient.CreateCustomIdentity(System.String)")]
    [InlineData("T:Acme.Sdk.CustomIdentity{,P:(,M:Acme.Sdk.IdentityClient.CreateCustomIdentity(System.String)")]
    [InlineData("F:Acme..Sdk[0:,M:Acme.Sdk.IdentityClient.CreateCustomIdentity(System.String),T:,M:")]
    public Task MalformedEntries_DoNotHideValidOnes(string entries)
        => VerifyAsync(
            """
            namespace Acme.Ads
            {
                public static class Setup
                {
                    public static string Run(Acme.Sdk.IdentityClient client) => {|#0:client.CreateCustomIdentity("a")|};
                }
            }
            """,
            p => p.WithSource(Sdk, "/src/Sdk.cs").WithEditorConfig("spark_ads.custom_identity_symbols", entries),
            At(0, "The call to 'IdentityClient.CreateCustomIdentity(string)'"));

    [Theory]
    [InlineData("M:A.B.C(System.String,System.Int32[0:,0:]), T:A.D", "M:A.B.C(System.String,System.Int32[0:,0:])|T:A.D")]
    [InlineData("M:(, T:A.D", "M:(|T:A.D")]
    [InlineData("M:A.B.C(System.String,T:A.D", "M:A.B.C(System.String|T:A.D")]
    [InlineData("M:A.B.C(System.String,System.Int32", "M:A.B.C(System.String,System.Int32")]
    [InlineData(" , ,T:A.D,,", "T:A.D")]
    public void SplitEntries_CommasInParametersStay_AnEntryAfterAnUnbalancedOneStartsAnew(string value, string entries)
        => Assert.Equal(entries.Split('|'), CustomIdentitySymbols.SplitEntries(value));
}
