using SparkAds.Analyzers.CustomIdentity;

namespace SparkAds.Analyzers.Tests.CustomIdentity;

/// <summary>
/// SPARK004 registers its value actions only for a compilation that can hold Custom Identity: its source or a
/// referenced library spells the value, a member name for it, or a piece of the endpoint's path. Code with nothing
/// to find then runs no callback at all (read from the driver's own telemetry of registered actions), and every way the
/// value can reach code from a referenced library without the code spelling it is still reported.
/// </summary>
public sealed class CustomIdentityRegistrationTests
{
    private const string Plain = """
        namespace Plain
        {
            /// <summary>A property name customized with an attribute: prose, in lower case, selects nothing.</summary>
            public static class Naming
            {
                public static string Describe(int value) => value > 0 ? "positive" : "identity";
            }
        }
        """;

    [Fact]
    public async Task SourceWithNothingToFind_RegistersNoValueAction()
        => Assert.Equal(0, await OperationActionsAsync(TestProject.Create().WithSource(Plain)));

    [Theory]
    [InlineData("public static string Value = \"CUSTOMIZED_\" + \"USER\";")]
    [InlineData("public enum AuthorType { CustomizedUser, TtUser }")]
    [InlineData("public static string Path = Base + \"identity/\" + Create; const string Base = \"v1/\"; const string Create = \"create/\";")]
    [InlineData("public static string Path = \"v1/identity\" + \"/create/\";")]
    public async Task SourceSpellingAPieceOfTheValue_RegistersTheValueActions(string member)
        => Assert.True(await OperationActionsAsync(TestProject.Create().WithSource("public static class Holder { " + member + " }")) > 0);

    [Theory]
    [InlineData("public static class IdentityTypes { public const string Custom = \"CUSTOMIZED_USER\"; }", "Acme.Sdk.IdentityTypes.Custom", "The constant 'IdentityTypes.Custom'")]
    [InlineData("public enum AuthorType { [System.Runtime.Serialization.EnumMember(Value = \"CUSTOMIZED_USER\")] Custom, [System.Runtime.Serialization.EnumMember(Value = \"TT_USER\")] Account }", "Acme.Sdk.AuthorType.Custom", "The enum member 'AuthorType.Custom'")]
    [InlineData("public static class Paths { public const string NewIdentity = \"https://business-api.tiktok.com/open_api/v1.3/identity/create/\"; }", "Acme.Sdk.Paths.NewIdentity", "The custom-identity endpoint 'identity/create/'")]
    public async Task ValueFromAReferencedLibrary_TheCodeDoesNotSpell_IsStillReported(string library, string use, string subject)
    {
        var project = TestProject.Create().WithReference(Image("namespace Acme.Sdk { " + library + " }")).WithSource($$"""
            public static class Ads
            {
                public static object Pick() => {{use}};
            }
            """);

        var diagnostics = await project.GetAnalyzerDiagnosticsAsync(new CustomIdentityAnalyzer());

        Assert.Equal([CustomIdentityTestClient.Message(subject)], diagnostics.Select(d => d.GetMessage(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task ReferencedLibraryWithNothingToFind_RegistersNoValueAction()
        => Assert.Equal(0, await OperationActionsAsync(TestProject.Create().WithReference(Image(Plain)).WithSource("public static class Uses { public static object Pick() => Plain.Naming.Describe(1); }")));

    /// <summary>A library as a build references it: a compiled image, whose metadata the analyzer reads (not a compilation).</summary>
    private static PortableExecutableReference Image(string source)
        => TestReferences.Image(TestProject.Create().WithAssemblyName("Acme.Sdk").WithSource(source).CreateCompilation());

    private static async Task<int> OperationActionsAsync(TestProject project)
    {
        var (_, telemetry, _) = await RegisteredActions.RunAsync(project, new CustomIdentityAnalyzer());
        return telemetry.OperationActionsCount + telemetry.SymbolStartActionsCount;
    }
}
