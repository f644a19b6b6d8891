using Microsoft.CodeAnalysis.Diagnostics;

namespace SparkAds.Analyzers.Tests.Infrastructure;

/// <summary>A four-row team catalog that keeps switch tests short, and the assertion every analyzer test makes.</summary>
public static class AnalyzerTestCatalog
{
    public const string Path = "/team/spark-errors.csv";

    /// <summary>Four keys, two distinct codes (4002 twice), one key without a code.</summary>
    public const string Csv = """
        key,code,message,remedy
        auth_code_expired,4025,Authorization expired.,Contact the creator to extend the authorization.
        video_deleted,4002,The video has been deleted.,Choose another post.
        video_unavailable,4002,The video is not available.,Select another post.
        not_public_video,,The post is not public.,Ask the creator to make the post public.
        """;

    public static TestProject Project(string code) => TestProject.CreateWithoutBuiltInCatalog().WithCatalog(Path, Csv).WithSource(code);

    /// <summary>Runs <paramref name="analyzer"/> over <paramref name="markup"/> and compares the exact diagnostic list.</summary>
    public static Task AssertAsync(DiagnosticAnalyzer analyzer, string markup, params ExpectedDiagnostic[] expected)
        => AssertAsync(analyzer, markup, Project, expected);

    /// <summary>
    /// Runs <paramref name="analyzer"/> over <paramref name="markup"/> through <see cref="AnalyzerVerifier"/>, after checking
    /// that the catalog loaded (a "no diagnostic" test must not pass because there was nothing to check against).
    /// </summary>
    public static async Task AssertAsync(DiagnosticAnalyzer analyzer, string markup, System.Func<string, TestProject> project, params ExpectedDiagnostic[] expected)
    {
        var parsed = Markup.Parse(markup);
        var consumer = project(parsed.Code);
        var errorEnum = consumer.RunGenerator().OutputCompilation.GetTypeByMetadataName("SparkAds.SparkAdsError");
        Assert.True(errorEnum is not null && errorEnum.MemberNames.Count() > 1, "The catalog did not load: the generated SparkAdsError has no error members.");
        await AnalyzerVerifier.VerifyAsync(analyzer, parsed, consumer, expected);
    }
}
